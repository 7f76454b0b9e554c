#include "cli/clitext.h"
#include "cli/rolecommand.h"
#include "storage/roles/rolestore.h"

namespace warroom::cli {
namespace {

const QString kPerson = QStringLiteral("person");

Result<qint64> acknowledge(CommandContext &context, RoleStore &roles, const RoleTarget &target)
{
    QString person = context.parser.value(kPerson);
    if (!context.parser.isSet(kPerson)) {
        // Acknowledging is usually done by the holder: the author, when they hold the role.
        const Result<QList<RoleAssignment>> current = roles.assignments(target.incidentId);
        if (current && holdsRole(*current, target.role, context.author))
            person = context.author;
    }
    return roles.acknowledge(target.incidentId, target.role, person, context.author);
}

} // namespace

Command ackCommand()
{
    Command command = roleCommand(QStringLiteral("ack"), QStringLiteral("ID ROLE [--person NAME]"),
                                  {QStringLiteral("ID"), QStringLiteral("ROLE")}, acknowledge);
    command.summary = Text::tr("Acknowledge a role (\"I have it\").");
    command.help = Text::tr(
        "Records a role_acknowledged event with the time. Without --person, the holder "
        "acknowledging is the author if they hold the role, else the only holder; with several "
        "holders (customer success) name one.");
    command.options = {{kPerson, Text::tr("The holder who acknowledges."), QStringLiteral("NAME")}};
    return command;
}

} // namespace warroom::cli
