#include "cli/clitext.h"
#include "cli/rolecommand.h"
#include "storage/roles/rolestore.h"

namespace warroom::cli {
namespace {

const QString kOverride = QStringLiteral("override");

Result<qint64> assign(CommandContext &context, RoleStore &roles, const RoleTarget &target)
{
    Result<qint64> assigned = roles.assign(target.incidentId, target.role, target.person,
                                           context.parser.isSet(kOverride), context.author);
    if (!assigned && assigned.error().field == QLatin1String("override"))
        return Error::invalid(kOverride, assigned.error().message + QLatin1Char(' ') +
                                             Text::tr("With warroomctl: add --override."));
    return assigned;
}

} // namespace

Command assignCommand()
{
    Command command = roleCommand(
        QStringLiteral("assign"), QStringLiteral("ID ROLE PERSON... [--override]"),
        {QStringLiteral("ID"), QStringLiteral("ROLE"), QStringLiteral("PERSON...")}, assign);
    command.summary = Text::tr("Assign or reassign a playbook role on an incident.");
    command.help =
        Text::tr("Records a role_assigned event. ROLE is one of %1. Customer success may be "
                 "held by several "
                 "people; any other role has one holder, so assigning it again reassigns it. "
                 "The person must "
                 "be listed for the role in the people directory; --override assigns anyone "
                 "else, and the "
                 "event records that the override was used.")
            .arg(role::validIds());
    command.options = {
        {kOverride,
         Text::tr("Assign although the people directory does not list the person for the role "
                  "(recorded).")}};
    return command;
}

} // namespace warroom::cli
