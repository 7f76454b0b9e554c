#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/rolescallsparsing.h"
#include "cli/rolescallsstores.h"
#include "cli/valueparsing.h"

namespace warroom::cli {
namespace {

const QString kOverride = QStringLiteral("override");

int runAssign(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.at(0));
    if (!id)
        return context.fail(id.error());
    const Result<Role> role = parseRole(context.args.at(1));
    if (!role)
        return context.fail(role.error());
    // `assign 3 on-call Ana Ortiz` needs no quotes: the words after the role are the name.
    const QString person = context.args.mid(2).join(QLatin1Char(' '));
    RolesCallsStores stores(context);
    const Result<qint64> assigned =
        stores.roles.assign(*id, *role, person, context.parser.isSet(kOverride), context.author);
    if (!assigned) {
        if (assigned.error().field == QLatin1String("override"))
            return context.fail(assigned.error().message + QLatin1Char(' ') +
                                tr("With warroomctl: add --override."));
        return context.fail(assigned.error());
    }
    return ExitOk;
}

} // namespace

Command assignCommand()
{
    Command command;
    command.name = QStringLiteral("assign");
    command.synopsis = QStringLiteral("ID ROLE PERSON... [--override]");
    command.summary = tr("Assign or reassign a playbook role on an incident.");
    command.help = tr("Records a role_assigned event. ROLE is one of %1. Customer success may be "
                      "held by several "
                      "people; any other role has one holder, so assigning it again reassigns it. "
                      "The person must "
                      "be listed for the role in the people directory; --override assigns anyone "
                      "else, and the "
                      "event records that the override was used.")
                       .arg(role::validIds());
    command.options = {
        {kOverride, tr("Assign although the people directory does not list the person for the role "
                       "(recorded).")}};
    command.arguments = {QStringLiteral("ID"), QStringLiteral("ROLE"), QStringLiteral("PERSON...")};
    command.writes = true;
    command.run = runAssign;
    return command;
}

} // namespace warroom::cli
