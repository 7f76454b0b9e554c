#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/valueparsing.h"
#include "storage/incidents/playbookstore.h"

namespace warroom::cli {
namespace {

int runSync(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.constFirst());
    if (!id)
        return context.fail(id.error());
    // Like `note`: the words after the id are the text, quotes optional.
    const QString text = context.args.mid(1).join(QLatin1Char(' '));
    if (const Result<qint64> posted = context.playbookStore.postSync(*id, text, context.author);
        !posted)
        return context.fail(posted.error());
    return ExitOk;
}

} // namespace

Command syncCommand()
{
    Command command;
    command.name = QStringLiteral("sync");
    command.synopsis = QStringLiteral("ID TEXT...");
    command.summary = Text::tr("Post a progress sync to the incident channel.");
    command.help = Text::tr(
        "Records a sync_posted event, which resets the 15-minute channel-sync countdown. \"no new "
        "progress\" counts. The words after the id form the text; put '--' before text that starts "
        "with a dash.");
    command.arguments = {QStringLiteral("ID"), QStringLiteral("TEXT...")};
    command.writes = true;
    command.run = runSync;
    return command;
}

} // namespace warroom::cli
