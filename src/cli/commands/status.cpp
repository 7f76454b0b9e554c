#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/valueparsing.h"
#include "storage/incidents/incidentstore.h"

#include <QStringList>

namespace warroom::cli {
namespace {

// The refusal says what is wrong; the user also needs to know what is allowed instead.
QString allowedNext(const CommandContext &context, qint64 id, IncidentStatus to)
{
    const Result<Incident> incident = context.store.incident(id);
    // A move the lifecycle allows was refused for another reason (closing with obligations
    // open): the statuses allowed next are not the answer.
    if (!incident || incidentstatus::canTransition(incident->status, to))
        return QString();
    QStringList ids;
    for (IncidentStatus s : incidentstatus::allowedTransitions(incident->status))
        ids.append(incidentstatus::id(s));
    if (ids.isEmpty())
        return QString();
    return QLatin1Char(' ') +
           Text::tr("From %1 it can move to: %2.")
               .arg(incidentstatus::id(incident->status), ids.join(QStringLiteral(", ")));
}

int runStatus(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.at(0));
    if (!id)
        return context.fail(id.error());
    const Result<IncidentStatus> status = parseStatus(context.args.at(1));
    if (!status)
        return context.fail(status.error());
    const Result<void> changed = context.store.changeStatus(*id, *status, context.author);
    if (!changed) {
        if (changed.error().code == Error::Code::InvalidInput)
            return context.fail(changed.error().message + allowedNext(context, *id, *status));
        return context.fail(changed.error());
    }
    return ExitOk;
}

} // namespace

Command statusCommand()
{
    Command command;
    command.name = QStringLiteral("status");
    command.synopsis = QStringLiteral("ID NEW_STATUS");
    command.summary = Text::tr("Move an incident to another status.");
    command.help =
        Text::tr("Changes the status along the lifecycle %1. Forward moves may skip steps; only a "
                 "restored incident can be closed; a relapse goes back to investigating; a closed "
                 "incident stays closed.")
            .arg(incidentstatus::validIds().replace(QStringLiteral(", "), QStringLiteral(" → ")));
    command.arguments = {QStringLiteral("ID"), QStringLiteral("NEW_STATUS")};
    command.writes = true;
    command.run = runStatus;
    return command;
}

} // namespace warroom::cli
