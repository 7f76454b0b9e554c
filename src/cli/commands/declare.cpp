#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/fieldoptions.h"
#include "core/base/clock.h"
#include "core/playbook/playbook.h"
#include "storage/incidents/playbookstore.h"

namespace warroom::cli {
namespace {

const QString kTrigger = QStringLiteral("trigger");

int runDeclare(CommandContext &context)
{
    IncidentFields fields;
    fields.detectedAt = context.clock.nowUtc(); // unless --detected-at says otherwise
    if (const Result<void> applied = applyFieldOptions(context.parser, fields); !applied)
        return context.fail(applied.error());
    const Result<qint64> id =
        context.playbookStore.declare(fields, context.parser.values(kTrigger), context.author);
    if (!id) {
        if (id.error().field == kTrigger)
            return context.fail(QStringLiteral("--%1: %2").arg(kTrigger, id.error().message));
        return context.fail(withOptionValue(id.error(), context.parser));
    }
    // The id alone, so that scripts can write ID=$(warroomctl declare ...).
    context.out << id.value() << Qt::endl;
    return ExitOk;
}

// The built-in playbook's triggers, for the help text (a --playbook file may have others).
QString triggerIds()
{
    const Result<Playbook> builtIn = playbook::builtIn();
    return builtIn ? builtIn->triggerIds() : QString();
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
                       "[--affected-users-pct P] [--enterprise-affected N] [--detected-at TIME] "
                       "[--trigger ID]...");
    command.summary = Text::tr("Declare a new incident and print its id.");
    command.help =
        Text::tr(
            "Declares an incident in status \"investigating\" and prints its id alone on standard "
            "output. The detected-at time defaults to now.\nSeverities:") +
        severityHelp();
    command.options = incidentFieldOptions();
    command.options.append(
        {kTrigger,
         Text::tr("A trigger condition observed, by id (repeat for several): %1. Stored "
                  "with the incident.")
             .arg(triggerIds()),
         QStringLiteral("ID")});
    command.repeatableOptions = {kTrigger};
    command.requiredOptions = {QStringLiteral("title"), QStringLiteral("category"),
                               QStringLiteral("severity")};
    command.writes = true;
    command.run = runDeclare;
    return command;
}

} // namespace warroom::cli
