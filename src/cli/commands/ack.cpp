#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/rolescallsparsing.h"
#include "cli/rolescallsstores.h"
#include "cli/valueparsing.h"

namespace warroom::cli {
namespace {

const QString kPerson = QStringLiteral("person");

int runAck(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.at(0));
    if (!id)
        return context.fail(id.error());
    const Result<Role> role = parseRole(context.args.at(1));
    if (!role)
        return context.fail(role.error());
    RolesCallsStores stores(context);
    QString person = context.parser.value(kPerson);
    if (!context.parser.isSet(kPerson)) {
        // Acknowledging is usually done by the holder: the author, when they hold the role.
        const Result<QList<RoleAssignment>> current = stores.roles.assignments(*id);
        if (current && holdsRole(*current, *role, context.author))
            person = context.author;
    }
    const Result<qint64> done = stores.roles.acknowledge(*id, *role, person, context.author);
    if (!done)
        return context.fail(done.error());
    return ExitOk;
}

} // namespace

Command ackCommand()
{
    Command command;
    command.name = QStringLiteral("ack");
    command.synopsis = QStringLiteral("ID ROLE [--person NAME]");
    command.summary = tr("Acknowledge a role (\"I have it\").");
    command.help =
        tr("Records a role_acknowledged event with the time. Without --person, the holder "
           "acknowledging is the author if they hold the role, else the only holder; with several "
           "holders (customer success) name one.");
    command.options = {{kPerson, tr("The holder who acknowledges."), QStringLiteral("NAME")}};
    command.arguments = {QStringLiteral("ID"), QStringLiteral("ROLE")};
    command.writes = true;
    command.run = runAck;
    return command;
}

} // namespace warroom::cli
