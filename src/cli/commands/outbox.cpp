#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/valueparsing.h"
#include "core/base/utctime.h"
#include "core/comms/delivery.h"
#include "integrations/outbox/outboxclaimant.h"
#include "integrations/outbox/outboxsender.h"
#include "integrations/publishing/nopublishers.h"
#include "storage/comms/outboxstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace warroom::cli {
namespace {

const QString kJson = QStringLiteral("json");
const QString kIncident = QStringLiteral("incident");
const QString kUntilEmpty = QStringLiteral("until-empty");
const QString kTimeout = QStringLiteral("timeout");
constexpr int kDefaultTimeoutSecs = 300;
constexpr int kMaxTimeoutSecs = 24 * 3600;

QString target(const OutboxRow &row)
{
    return delivery::targetText(row.destination, row.recipient);
}

QString hhmmss(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("HH:mm:ss 'UTC'"));
}

// What a person sets to deliver a destination from this process (docs/outbox.md).
QString settingsFor(Destination d)
{
    switch (d) {
    case Destination::StatusPage:
        return QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID and WARROOM_STATUSPAGE_API_KEY");
    case Destination::Slack:
        return QStringLiteral("WARROOM_SLACK_WEBHOOK_URL");
    case Destination::Webhook:
        return QStringLiteral("WARROOM_WEBHOOK_URL");
    case Destination::Email:
        return QStringLiteral("WARROOM_SMTP_URL and WARROOM_SMTP_FROM");
    }
    return QString();
}

QString stateText(const OutboxRow &row)
{
    switch (row.state) {
    case DeliveryState::Queued:
        return Text::tr("queued");
    case DeliveryState::Sending:
        return Text::tr("sending (attempt %1)").arg(row.attempts);
    case DeliveryState::Sent:
        return row.remoteId.isEmpty() ? Text::tr("sent at %1").arg(utctime::hhmm(row.settledAt))
                                      : Text::tr("sent at %1 (remote id %2)")
                                            .arg(utctime::hhmm(row.settledAt), row.remoteId);
    case DeliveryState::Retrying:
        return Text::tr("retrying at %1 (attempt %2: %3)")
            .arg(hhmmss(row.nextAttemptAt))
            .arg(row.attempts)
            .arg(row.lastMessage);
    case DeliveryState::Failed:
        return Text::tr("failed: %1").arg(row.lastMessage);
    case DeliveryState::PostedByHand:
        return Text::tr("posted by hand by %1 at %2")
            .arg(row.settledBy, utctime::hhmm(row.settledAt));
    }
    return QString();
}

QString rowLine(const OutboxRow &row)
{
    if (row.syncEventId != 0)
        return Text::tr("#%1 incident %2 sync %3 %4: %5")
            .arg(row.id)
            .arg(row.incidentId)
            .arg(row.syncEventId)
            .arg(target(row), stateText(row));
    return Text::tr("#%1 incident %2 publication %3 (draft #%4) %5: %6")
        .arg(row.id)
        .arg(row.incidentId)
        .arg(row.publicationId)
        .arg(row.draftNumber)
        .arg(target(row), stateText(row));
}

QJsonObject rowJson(const OutboxRow &row)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(utctime::toIso(t)) : QJsonValue();
    };
    return {
        {QStringLiteral("id"), row.id},
        // A row carries a publication or a sync (its sync_posted event), never both.
        {QStringLiteral("source"),
         row.syncEventId != 0 ? QStringLiteral("sync") : QStringLiteral("publication")},
        {QStringLiteral("publication_id"),
         row.syncEventId != 0 ? QJsonValue() : QJsonValue(row.publicationId)},
        {QStringLiteral("draft_id"), row.syncEventId != 0 ? QJsonValue() : QJsonValue(row.draftId)},
        {QStringLiteral("draft_number"),
         row.syncEventId != 0 ? QJsonValue() : QJsonValue(row.draftNumber)},
        {QStringLiteral("sync_event_id"),
         row.syncEventId != 0 ? QJsonValue(row.syncEventId) : QJsonValue()},
        {QStringLiteral("incident_id"), row.incidentId},
        {QStringLiteral("destination"), destination::id(row.destination)},
        {QStringLiteral("recipient"), row.recipient},
        {QStringLiteral("key"), row.idempotencyKey},
        {QStringLiteral("state"), deliverystate::id(row.state)},
        {QStringLiteral("attempts"), row.attempts},
        {QStringLiteral("next_attempt_at"), time(row.nextAttemptAt)},
        {QStringLiteral("last_message"), row.lastMessage},
        {QStringLiteral("remote_id"), row.remoteId},
        {QStringLiteral("settled_at"), time(row.settledAt)},
        {QStringLiteral("settled_by"), row.settledBy}};
}

Result<qint64> parseRowId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || text.trimmed() != text)
        return Error::invalid(QStringLiteral("id"),
                              Text::tr("Outbox row \"%1\" is not a positive whole number; "
                                       "'warroomctl outbox' lists the rows.")
                                  .arg(text));
    return id;
}

int list(CommandContext &context)
{
    std::optional<qint64> incident;
    if (context.parser.isSet(kIncident)) {
        const Result<qint64> id = parseIncidentId(context.parser.value(kIncident));
        if (!id)
            return context.fail(id.error());
        if (Result<Incident> exists = context.store.incident(*id); !exists)
            return context.fail(exists.error());
        incident = *id;
    }
    const Result<QList<OutboxRow>> rows = context.workspace.outbox().rows(incident);
    if (!rows)
        return context.fail(rows.error());
    if (context.parser.isSet(kJson)) {
        QJsonArray array;
        for (const OutboxRow &row : *rows)
            array.append(rowJson(row));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (rows->isEmpty())
        context.out << Text::tr("The outbox is empty.") << Qt::endl;
    for (const OutboxRow &row : *rows)
        context.out << rowLine(row) << Qt::endl;
    return ExitOk;
}

int retry(CommandContext &context, const QString &idText)
{
    const Result<qint64> id = parseRowId(idText);
    if (!id)
        return context.fail(id.error());
    if (Result<void> done = context.workspace.outbox().retry(*id, context.author); !done)
        return context.fail(done.error());
    context.out
        << Text::tr("Outbox row %1 is queued again; 'warroomctl outbox run' sends it.").arg(*id)
        << Qt::endl;
    return ExitOk;
}

int postedByHand(CommandContext &context, const QString &idText)
{
    const Result<qint64> id = parseRowId(idText);
    if (!id)
        return context.fail(id.error());
    if (Result<void> done = context.workspace.outbox().postByHand(*id, context.author); !done)
        return context.fail(done.error());
    context.out << Text::tr("Outbox row %1 recorded as posted by hand by %2.")
                       .arg(*id)
                       .arg(context.author.trimmed())
                << Qt::endl;
    return ExitOk;
}

int runQueue(CommandContext &context)
{
    int timeoutSecs = kDefaultTimeoutSecs;
    if (context.parser.isSet(kTimeout)) {
        const Result<int> parsed = parseWholeNumber(kTimeout, context.parser.value(kTimeout));
        if (!parsed)
            return context.fail(parsed.error());
        if (*parsed < 1 || *parsed > kMaxTimeoutSecs)
            return context.fail(Text::tr("--timeout \"%1\" is out of range; give 1 to %2 seconds.")
                                    .arg(context.parser.value(kTimeout))
                                    .arg(kMaxTimeoutSecs));
        timeoutSecs = *parsed;
    }
    const bool untilEmpty = context.parser.isSet(kUntilEmpty);
    std::unique_ptr<Publishers> publishers =
        context.publishers ? context.publishers() : noPublishers()();
    OutboxStore &store = context.workspace.outbox();
    const QString claimant = outboxclaimant::forThisProcess(QStringLiteral("warroomctl"));
    OutboxSender sender(
        store, *publishers, context.clock,
        []() { return QRandomGenerator::global()->generateDouble(); }, claimant);

    QEventLoop loop;
    QTimer wake;
    wake.setSingleShot(true);
    QTimer deadline;
    deadline.setSingleShot(true);
    QString problem;
    int finished = 0;
    const auto step = [&]() {
        sender.workDueRows();
        if (sender.inFlight() > 0)
            return; // attemptFinished comes back here
        const QDateTime next = sender.nextWake();
        if ((!untilEmpty && sender.heldBack() == 0) || !next.isValid()) {
            loop.quit();
            return;
        }
        const qint64 ms = context.clock.nowUtc().msecsTo(next);
        wake.start(int(std::clamp<qint64>(ms, 0, qint64(timeoutSecs) * 1000)));
    };
    QObject::connect(&wake, &QTimer::timeout, &loop, step);
    QObject::connect(&sender, &OutboxSender::attemptFinished, &loop, [&]() {
        ++finished;
        step();
    });
    QObject::connect(&sender, &OutboxSender::problem, &loop, [&](const QString &message) {
        problem = message;
        loop.quit();
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutSecs * 1000);
    QTimer::singleShot(0, &loop, step);
    loop.exec();
    const bool timedOut = !deadline.isActive();
    deadline.stop();
    wake.stop();
    if (!problem.isEmpty())
        return context.fail(problem);

    // A request still out when the time ran out stays "sending" under its claim; the next run
    // takes it again once the claim has run out (docs/outbox.md).
    const Result<QList<OutboxRow>> rows = store.rows();
    if (!rows)
        return context.fail(rows.error());
    int left = 0;
    for (const OutboxRow &row : *rows) {
        if (deliverystate::isSettled(row.state))
            continue;
        ++left;
        QString line = rowLine(row);
        if (row.state == DeliveryState::Failed)
            line += Text::tr("; 'warroomctl outbox retry %1' sends it again, or post it by hand "
                             "and record it with 'warroomctl outbox posted-by-hand %1'")
                        .arg(row.id);
        else if (!publishers->publisher(row.destination))
            line += Text::tr("; not configured here: set %1, or post it by hand and record it "
                             "with 'warroomctl outbox posted-by-hand %2'")
                        .arg(settingsFor(row.destination))
                        .arg(row.id);
        context.out << line << Qt::endl;
    }
    if (left == 0) {
        context.out << Text::tr("Nothing left to send (%1 attempt(s) in this run).").arg(finished)
                    << Qt::endl;
        return ExitOk;
    }
    return context.fail(timedOut ? Text::tr("%1 outbox row(s) not delivered when the %2 s timeout "
                                            "ran out (listed on standard output).")
                                       .arg(left)
                                       .arg(timeoutSecs)
                                 : Text::tr("%1 outbox row(s) not delivered (listed on standard "
                                            "output).")
                                       .arg(left));
}

int runOutbox(CommandContext &context)
{
    const QString action = context.args.value(0);
    if (action.isEmpty())
        return context.args.size() > 1 ? context.usage(Text::tr("Give the action first."))
                                       : list(context);
    if (action != QLatin1String("run") && context.parser.isSet(kUntilEmpty))
        return context.usage(Text::tr("--until-empty is an option of 'outbox run'."));
    if (action == QLatin1String("run")) {
        if (context.args.size() > 1)
            return context.usage(Text::tr("outbox run takes no argument."));
        return runQueue(context);
    }
    if (action == QLatin1String("retry") || action == QLatin1String("posted-by-hand")) {
        if (context.args.size() != 2)
            return context.usage(Text::tr("outbox %1 takes one outbox row id.").arg(action));
        return action == QLatin1String("retry") ? retry(context, context.args.at(1))
                                                : postedByHand(context, context.args.at(1));
    }
    return context.usage(
        Text::tr("\"%1\" is not an outbox action; use run, retry ID or posted-by-hand ID, or "
                 "none to list the rows.")
            .arg(action));
}

} // namespace

Command outboxCommand()
{
    Command command;
    command.name = QStringLiteral("outbox");
    command.synopsis = QStringLiteral("[--incident ID] [--json] | retry ID | posted-by-hand ID | "
                                      "run [--until-empty] [--timeout SECONDS]");
    command.summary = Text::tr("List, retry, record posts by hand, or send the outbox.");
    command.help = Text::tr(
        "Every publication queues one outbox row per destination and recipient, and a sync posted "
        "where Slack is set up queues one Slack row (docs/outbox.md). Without an action, lists the "
        "rows and their delivery state, each naming its publication or its sync (--incident: one "
        "incident's; --json: as JSON). 'retry ID' queues a failed row again. 'posted-by-hand ID' "
        "records, "
        "as --author, that you posted the row's text yourself. 'run' sends the due rows through "
        "the destinations this process is configured for and exits 0 only when nothing is left "
        "queued, retrying or failed; otherwise it prints one line per row left and exits 1. "
        "--until-empty keeps going through retries until then; --timeout (default 300 s) bounds "
        "the run.");
    command.options = {
        {kIncident, Text::tr("List only this incident's rows."), QStringLiteral("ID")},
        {kJson, Text::tr("Print a JSON array instead of a list.")},
        {kUntilEmpty, Text::tr("run: go on through retries until nothing is left to send.")},
        {kTimeout, Text::tr("run: stop after this many seconds (default 300)."),
         QStringLiteral("SECONDS")},
    };
    command.arguments = {QStringLiteral("[ACTION...]")};
    command.writes = true;
    command.outputOnFailure = true;
    command.run = runOutbox;
    return command;
}

} // namespace warroom::cli
