#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/valueparsing.h"
#include "storage/incidents/playbookstore.h"

namespace warroom::cli {
namespace {

const QString kNote = QStringLiteral("note");

int runDone(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.at(0));
    if (!id)
        return context.fail(id.error());
    const QString note = context.parser.isSet(kNote) ? context.parser.value(kNote) : QString();
    if (const Result<qint64> done =
            context.playbookStore.markDone(*id, context.args.at(1), note, context.author);
        !done)
        return context.fail(withObligationId(done.error(), context.args.at(1)));
    return ExitOk;
}

} // namespace

Command doneCommand()
{
    Command command;
    command.name = QStringLiteral("done");
    command.synopsis = QStringLiteral("ID OBLIGATION [--note TEXT]");
    command.summary = Text::tr("Tick a playbook obligation done.");
    command.help = Text::tr(
        "Records the obligation (an id from 'warroomctl show ID', e.g. open-channel) as done, with "
        "an optional note. Refused when the obligation does not apply to the incident, is already "
        "done or waived, or is mandatory (IC engagement above the thresholds is done by assigning "
        "an incident commander). Ticking a recurring obligation (channel-sync) counts as posting "
        "it.");
    command.options = {
        {kNote, Text::tr("What was done, for the timeline."), QStringLiteral("TEXT")}};
    command.arguments = {QStringLiteral("ID"), QStringLiteral("OBLIGATION")};
    command.writes = true;
    command.run = runDone;
    return command;
}

} // namespace warroom::cli
