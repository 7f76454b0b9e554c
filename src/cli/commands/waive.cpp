#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/valueparsing.h"
#include "storage/incidents/playbookstore.h"

namespace warroom::cli {
namespace {

const QString kReason = QStringLiteral("reason");

int runWaive(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.at(0));
    if (!id)
        return context.fail(id.error());
    const Result<qint64> waived = context.playbookStore.waive(
        *id, context.args.at(1), context.parser.value(kReason), context.author);
    if (!waived)
        return context.fail(withObligationId(waived.error(), context.args.at(1)));
    return ExitOk;
}

} // namespace

Command waiveCommand()
{
    Command command;
    command.name = QStringLiteral("waive");
    command.synopsis = QStringLiteral("ID OBLIGATION --reason TEXT");
    command.summary = Text::tr("Waive a playbook obligation, with the reason.");
    command.help = Text::tr(
        "Records that the obligation is deliberately not done, and why (deciding against the "
        "external announcement, say). Same refusals as 'done'; a waived recurring obligation "
        "stops.");
    command.options = {
        {kReason, Text::tr("Why it is not being done (required)."), QStringLiteral("TEXT")}};
    command.requiredOptions = {kReason};
    command.arguments = {QStringLiteral("ID"), QStringLiteral("OBLIGATION")};
    command.writes = true;
    command.run = runWaive;
    return command;
}

} // namespace warroom::cli
