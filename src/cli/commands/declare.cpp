#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/fieldoptions.h"
#include "core/clock.h"
#include "storage/incidentstore.h"

namespace warroom::cli {
namespace {

int runDeclare(CommandContext &context)
{
    IncidentFields fields;
    fields.detectedAt = context.clock.nowUtc(); // unless --detected-at says otherwise
    if (const Result<void> applied = applyFieldOptions(context.parser, fields); !applied)
        return context.fail(applied.error());
    const Result<qint64> id = context.store.declare(fields, context.author);
    if (!id)
        return context.fail(withOptionValue(id.error(), context.parser));
    // The id alone, so that scripts can write ID=$(warroomctl declare ...).
    context.out << id.value() << Qt::endl;
    return ExitOk;
}

QString severityHelp()
{
    QString text;
    for (Severity s : severity::all())
        text += QStringLiteral("\n  %1  %2").arg(severity::id(s), severity::description(s));
    return text;
}

} // namespace

Command declareCommand()
{
    Command command;
    command.name = QStringLiteral("declare");
    command.synopsis =
        QStringLiteral("--title TEXT --category ID --severity SEV [--task-type TEXT] "
                       "[--affected-users-pct P] [--enterprise-affected N] [--detected-at TIME]");
    command.summary = tr("Declare a new incident and print its id.");
    command.help =
        tr("Declares an incident in status \"investigating\" and prints its id alone on standard "
           "output. The detected-at time defaults to now.\nSeverities:") +
        severityHelp();
    command.options = incidentFieldOptions();
    command.requiredOptions = {QStringLiteral("title"), QStringLiteral("category"),
                               QStringLiteral("severity")};
    command.writes = true;
    command.run = runDeclare;
    return command;
}

} // namespace warroom::cli
