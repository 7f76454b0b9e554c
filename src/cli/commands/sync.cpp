#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/valueparsing.h"
#include "integrations/publishing/nopublishers.h"
#include "storage/incidents/playbookstore.h"
#include "storage/workspace.h"

namespace warroom::cli {
namespace {

int runSync(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.constFirst());
    if (!id)
        return context.fail(id.error());
    // Like `note`: the words after the id are the text, quotes optional.
    const QString text = context.args.mid(1).join(QLatin1Char(' '));
    // Queued for Slack only when this process can deliver it (WARROOM_SLACK_WEBHOOK_URL), as the
    // GUI does (docs/outbox.md).
    const std::unique_ptr<Publishers> publishers =
        context.publishers ? context.publishers() : noPublishers()();
    QSet<Destination> here;
    for (Destination d : destination::all()) {
        if (publishers->publisher(d))
            here.insert(d);
    }
    context.workspace.setDeliverableHere(here);
    const Result<qint64> posted = context.playbookStore.postSync(
        *id, text, context.author, context.workspace.deliverableHere());
    if (!posted)
        return context.fail(posted.error());
    if (here.contains(Destination::Slack))
        context.out << Text::tr("sync %1 recorded and queued for Slack: 'warroomctl outbox run' "
                                "sends it, 'warroomctl outbox' shows its state.")
                           .arg(*posted)
                    << Qt::endl;
    else
        context.out << Text::tr("sync %1 recorded here only: Slack is not set up for this "
                                "process (set WARROOM_SLACK_WEBHOOK_URL to post syncs to the "
                                "incident channel).")
                           .arg(*posted)
                    << Qt::endl;
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
        "progress\" counts. When Slack is set up (WARROOM_SLACK_WEBHOOK_URL), the sync is queued "
        "for the incident channel in the same transaction and 'warroomctl outbox run' posts it; "
        "otherwise it is recorded here only, and says so. Prints the sync's event id and where it "
        "went. The words after the id form the text; put '--' before text that starts with a "
        "dash.");
    command.arguments = {QStringLiteral("ID"), QStringLiteral("TEXT...")};
    command.writes = true;
    command.run = runSync;
    return command;
}

} // namespace warroom::cli
