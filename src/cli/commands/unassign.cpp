#include "cli/clitext.h"
#include "cli/rolecommand.h"
#include "storage/roles/rolestore.h"

namespace warroom::cli {
namespace {

Result<qint64> unassign(CommandContext &context, RoleStore &roles, const RoleTarget &target)
{
    return roles.unassign(target.incidentId, target.role, target.person, context.author);
}

} // namespace

Command unassignCommand()
{
    Command command = roleCommand(
        QStringLiteral("unassign"), QStringLiteral("ID ROLE PERSON..."),
        {QStringLiteral("ID"), QStringLiteral("ROLE"), QStringLiteral("PERSON...")}, unassign);
    command.summary = Text::tr("Take a role on an incident away from a person.");
    command.help = Text::tr("Records a role_unassigned event; the person must hold the role.");
    return command;
}

} // namespace warroom::cli
