#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/rolescallsparsing.h"
#include "cli/rolescallsstores.h"
#include "cli/valueparsing.h"

namespace warroom::cli {
namespace {

int runUnassign(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.at(0));
    if (!id)
        return context.fail(id.error());
    const Result<Role> role = parseRole(context.args.at(1));
    if (!role)
        return context.fail(role.error());
    RolesCallsStores stores(context);
    const Result<qint64> done = stores.roles.unassign(
        *id, *role, context.args.mid(2).join(QLatin1Char(' ')), context.author);
    if (!done)
        return context.fail(done.error());
    return ExitOk;
}

} // namespace

Command unassignCommand()
{
    Command command;
    command.name = QStringLiteral("unassign");
    command.synopsis = QStringLiteral("ID ROLE PERSON...");
    command.summary = tr("Take a role on an incident away from a person.");
    command.help = tr("Records a role_unassigned event; the person must hold the role.");
    command.arguments = {QStringLiteral("ID"), QStringLiteral("ROLE"), QStringLiteral("PERSON...")};
    command.writes = true;
    command.run = runUnassign;
    return command;
}

} // namespace warroom::cli
