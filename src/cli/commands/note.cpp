#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/valueparsing.h"
#include "storage/incidents/incidentstore.h"

namespace warroom::cli {
namespace {

int runNote(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.constFirst());
    if (!id)
        return context.fail(id.error());
    // `note 3 no new progress` needs no quotes: the words after the id are the text.
    const QString text = context.args.mid(1).join(QLatin1Char(' '));
    if (const Result<void> added = context.store.addNote(*id, text, context.author); !added)
        return context.fail(added.error());
    return ExitOk;
}

} // namespace

Command noteCommand()
{
    Command command;
    command.name = QStringLiteral("note");
    command.synopsis = QStringLiteral("ID TEXT...");
    command.summary = Text::tr("Add a note to an incident's timeline.");
    command.help = Text::tr(
        "Appends a free-text note to the timeline (\"no new progress\" counts). The words after "
        "the id form the text; put '--' before text that starts with a dash.");
    command.arguments = {QStringLiteral("ID"), QStringLiteral("TEXT...")};
    command.writes = true;
    command.run = runNote;
    return command;
}

} // namespace warroom::cli
