#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/rolescallsparsing.h"
#include "cli/rolescallsstores.h"
#include "cli/valueparsing.h"
#include "storage/incidents/incidentstore.h"

namespace warroom::cli {
namespace {

const QString kChannel = QStringLiteral("channel");
const QString kNote = QStringLiteral("note");

int runCall(CommandContext &context)
{
    const Result<qint64> id = parseIncidentId(context.args.at(0));
    if (!id)
        return context.fail(id.error());
    const Result<CallStatus> status = parseCallStatus(context.args.at(2));
    if (!status)
        return context.fail(status.error());
    std::optional<OutreachChannel> channel;
    if (context.parser.isSet(kChannel)) {
        const Result<OutreachChannel> parsed =
            outreachchannel::parse(context.parser.value(kChannel));
        if (!parsed)
            return context.fail(QStringLiteral("--channel: ") + parsed.error().message);
        channel = *parsed;
    } else if (*status != CallStatus::NotStarted) {
        channel = OutreachChannel::Phone;
    }
    RolesCallsStores stores(context);
    const Result<QList<AccountOutreach>> selected = stores.outreach.accounts(*id);
    if (!selected)
        return context.fail(selected.error());
    if (const Result<Incident> incident = context.store.incident(*id); !incident)
        return context.fail(incident.error());
    const Result<AccountOutreach> account = findSelectedAccount(*selected, context.args.at(1), *id);
    if (!account)
        return context.fail(account.error());
    const Result<qint64> done = stores.outreach.recordCall(
        *id, CallRecord{account->accountId, *status, channel, context.parser.value(kNote)},
        context.author);
    if (!done)
        return context.fail(done.error());
    return ExitOk;
}

} // namespace

Command callCommand()
{
    Command command;
    command.name = QStringLiteral("call");
    command.synopsis = QStringLiteral("ID ACCOUNT STATUS [--channel phone|slack] [--note TEXT]");
    command.summary = Text::tr("Record an outreach attempt to a selected key account.");
    command.help =
        Text::tr(
            "Records a call_attempt event with the time. ACCOUNT is the account's id or name "
            "(quote "
            "a "
            "name with spaces) among the accounts selected on the incident. STATUS is one of %1. "
            "The channel is phone (default) or slack; email is refused, as the playbook reaches "
            "key "
            "accounts by phone or Slack. --note keeps what the customer observed.")
            .arg(callstatus::validIds());
    command.options = {
        {kChannel, Text::tr("How the customer was contacted: phone (default) or slack."),
         QStringLiteral("CHANNEL")},
        {kNote, Text::tr("What the customer observed, in your words."), QStringLiteral("TEXT")}};
    command.arguments = {QStringLiteral("ID"), QStringLiteral("ACCOUNT"), QStringLiteral("STATUS")};
    command.writes = true;
    command.run = runCall;
    return command;
}

} // namespace warroom::cli
