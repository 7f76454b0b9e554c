// warroomctl outbox (docs/cli.md, docs/outbox.md): listing, retry, posted-by-hand and run, in
// process on a manual clock, with scripted publishers passed in as main() passes the real ones.
#include "commstestsupport.h"
#include "core/comms/commsevents.h"
#include "ctlinprocess.h"
#include "integrations/channels/configuredpublishers.h"
#include "loopbackhttpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace warroom;
using test::CtlRun;

namespace {

// Answers every delivery with the next scripted outcome (Delivered when none is left), later.
class ScriptedPublisher final : public QObject, public Publisher
{
public:
    explicit ScriptedPublisher(Destination d)
        : m_destination(d)
    {
    }
    Destination destination() const override { return m_destination; }
    QString describe() const override { return destination::displayName(m_destination); }
    void deliver(const Message &message, std::function<void(const Outcome &)> done) override
    {
        Outcome outcome =
            script.isEmpty() ? Outcome{Outcome::Kind::Delivered, {}, {}, 0} : script.takeFirst();
        if (outcome.kind == Outcome::Kind::Delivered)
            outcome.remoteId = QStringLiteral("remote-%1").arg(message.outboxId);
        QTimer::singleShot(0, this, [done, outcome]() { done(outcome); });
    }
    QList<Outcome> script;

private:
    Destination m_destination;
};

struct StatusPageOnly final : Publishers
{
    Publisher *publisher(Destination d) override
    {
        return d == Destination::StatusPage ? &page : nullptr;
    }
    ScriptedPublisher page{Destination::StatusPage};
};

} // namespace

class TestWarroomctlOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheRows();
    void runWithNothingConfiguredLeavesEveryRow();
    void runDeliversWhatIsConfiguredHere();
    void runStopsAtTheTimeoutWithRetriesLeft();
    void retryAndPostedByHand();
    void runDeliversToAStatusPageServer();
    void syncIsPostedToASlackServer();

private:
    qint64 publish(const QString &templateKey)
    {
        const qint64 draft = m_f->createDraft(m_incident, templateKey);
        if (draft <= 0 || !m_f->makeClean(draft) ||
            !m_f->gate->approve(draft, QString(), QStringLiteral("Ines")))
            return 0;
        const Result<qint64> p = m_f->gate->publish(draft, QStringLiteral("Ines"));
        return p ? *p : 0;
    }
    CtlRun ctl(const QStringList &arguments, const PublishersFactory &publishers = noPublishers())
    {
        return test::runCtl(QStringList{QStringLiteral("--db"), m_db} + arguments,
                            test::ctlEnvironment(QStringLiteral("Ines")), m_f->clock, publishers);
    }

    std::unique_ptr<test::CommsFixture> m_f;
    qint64 m_incident = 0;
    QString m_db;
};

void TestWarroomctlOutbox::init()
{
    test::failOnCtlWarnings();
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
    QVERIFY(m_f->importKeyAccounts());
    m_incident = m_f->staffedIncident(Category::Outage);
    m_db = m_f->database->location();
}

void TestWarroomctlOutbox::cleanup()
{
    m_f.reset();
}

void TestWarroomctlOutbox::listsTheRows()
{
    const CtlRun empty = ctl({QStringLiteral("outbox")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QByteArray("The outbox is empty.\n"));

    const qint64 page = publish(QStringLiteral("progress-update"));
    const qint64 email = publish(QStringLiteral("proactive-email"));
    QVERIFY(page > 0 && email > 0);
    const CtlRun listed = ctl({QStringLiteral("outbox")});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.at(0),
             QStringLiteral("#1 incident %1 publication %2 (draft #1) Status page: queued")
                 .arg(m_incident)
                 .arg(page));
    QCOMPARE(lines.at(1), QStringLiteral("#2 incident %1 publication %2 (draft #2) Email to "
                                         "maya.brooks@northwind.example: queued")
                              .arg(m_incident)
                              .arg(email));

    const CtlRun json = ctl({QStringLiteral("outbox"), QStringLiteral("--json"),
                             QStringLiteral("--incident"), QString::number(m_incident)});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = json.jsonArray();
    QCOMPARE(rows.size(), 9);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("destination")).toString(), QStringLiteral("status-page"));
    QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(first.value(QLatin1String("publication_id")).toInteger(), page);
    QCOMPARE(first.value(QLatin1String("draft_number")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("draft_id")).toInteger(),
             m_f->drafts->draftByNumber(m_incident, 1).value().id);
    QVERIFY(first.value(QLatin1String("key")).toString().startsWith(QStringLiteral("warroom-")));

    const CtlRun unknown =
        ctl({QStringLiteral("outbox"), QStringLiteral("--incident"), QStringLiteral("999")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.errIsOneLine());
    const CtlRun bad = ctl({QStringLiteral("outbox"), QStringLiteral("resend")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.errIsOneLine());
}

void TestWarroomctlOutbox::runWithNothingConfiguredLeavesEveryRow()
{
    const qint64 page = publish(QStringLiteral("progress-update"));
    QVERIFY(page > 0);
    const CtlRun run = ctl({QStringLiteral("outbox"), QStringLiteral("run")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errIsOneLine());
    QCOMPARE(run.errText(),
             QStringLiteral("warroomctl: 1 outbox row(s) not delivered (listed on standard "
                            "output).\n"));
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("#1 incident %1 publication %2 (draft #1) Status page: queued; not "
                            "configured "
                            "here: set WARROOM_STATUSPAGE_PAGE_ID and WARROOM_STATUSPAGE_API_KEY, "
                            "or post it by hand and record it with 'warroomctl outbox "
                            "posted-by-hand 1'\n")
                 .arg(m_incident)
                 .arg(page));
    QCOMPARE(m_f->outbox->row(1).value().state, DeliveryState::Queued);
    QCOMPARE(m_f->outbox->row(1).value().attempts, 0);
}

void TestWarroomctlOutbox::runDeliversWhatIsConfiguredHere()
{
    const qint64 first = publish(QStringLiteral("progress-update"));
    const qint64 second = publish(QStringLiteral("progress-update"));
    QVERIFY(first > 0 && second > 0);
    const PublishersFactory statusPage = []() -> std::unique_ptr<Publishers> {
        return std::make_unique<StatusPageOnly>();
    };
    // The second row of the same destination waits for pacing, which only the clock ends: with
    // a clock that does not move, one pass delivers the first and reports the second.
    const CtlRun once = ctl({QStringLiteral("outbox"), QStringLiteral("run"),
                             QStringLiteral("--timeout"), QStringLiteral("1")},
                            statusPage);
    QCOMPARE(once.exitCode, 1);
    QCOMPARE(m_f->outbox->row(1).value().state, DeliveryState::Sent);
    QCOMPARE(m_f->outbox->row(1).value().remoteId, QStringLiteral("remote-1"));
    QVERIFY2(once.out.contains("Status page: queued\n"), once.out.constData());
    m_f->clock.advanceSecs(1);
    const CtlRun rest = ctl({QStringLiteral("outbox"), QStringLiteral("run")}, statusPage);
    QCOMPARE(rest.exitCode, 0);
    QCOMPARE(rest.out, QByteArray("Nothing left to send (1 attempt(s) in this run).\n"));
    QCOMPARE(m_f->outbox->row(2).value().state, DeliveryState::Sent);
    // The same Statuspage incident: remembered from the first delivery.
    QCOMPARE(m_f->outbox->row(2).value().remoteId, QStringLiteral("remote-2"));
    QCOMPARE(m_f->outbox->remoteIdFor(m_incident, Destination::StatusPage).value(),
             QStringLiteral("remote-1"));
}

void TestWarroomctlOutbox::runStopsAtTheTimeoutWithRetriesLeft()
{
    QVERIFY(publish(QStringLiteral("progress-update")) > 0);
    const PublishersFactory unavailable = []() -> std::unique_ptr<Publishers> {
        auto p = std::make_unique<StatusPageOnly>();
        p->page.script.append(
            {Publisher::Outcome::Kind::RetryLater, {}, QStringLiteral("HTTP 503: unavailable"), 0});
        return p;
    };
    const CtlRun run =
        ctl({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--until-empty"),
             QStringLiteral("--timeout"), QStringLiteral("1")},
            unavailable);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errIsOneLine());
    QVERIFY2(run.errText().contains(QStringLiteral("when the 1 s timeout ran out")),
             run.err.constData());
    const OutboxRow row = m_f->outbox->row(1).value();
    QCOMPARE(row.state, DeliveryState::Retrying);
    QVERIFY2(QString::fromUtf8(run.out).contains(
                 QStringLiteral("Status page: retrying at %1 (attempt 1: HTTP 503: "
                                "unavailable)")
                     .arg(row.nextAttemptAt.toString(QStringLiteral("HH:mm:ss 'UTC'")))),
             run.out.constData());
    const CtlRun range = ctl({QStringLiteral("outbox"), QStringLiteral("run"),
                              QStringLiteral("--timeout"), QStringLiteral("0")});
    QCOMPARE(range.exitCode, 1);
    QVERIFY(range.errIsOneLine());
}

void TestWarroomctlOutbox::retryAndPostedByHand()
{
    QVERIFY(publish(QStringLiteral("progress-update")) > 0);
    const CtlRun notFailed =
        ctl({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("1")});
    QCOMPARE(notFailed.exitCode, 1);
    QVERIFY(notFailed.errIsOneLine());
    QVERIFY2(notFailed.errText().contains(QStringLiteral("Only a failed row is queued again")),
             notFailed.err.constData());

    const QDateTime now = m_f->clock.nowUtc();
    QVERIFY(m_f->outbox->claim(1, QStringLiteral("t"), now, now.addSecs(60)));
    QVERIFY(m_f->outbox->markFailed(1, QStringLiteral("t"), QStringLiteral("HTTP 401: bad key")));
    const CtlRun retried =
        ctl({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("1")});
    QCOMPARE(retried.exitCode, 0);
    QCOMPARE(m_f->outbox->row(1).value().state, DeliveryState::Queued);

    const CtlRun badId =
        ctl({QStringLiteral("outbox"), QStringLiteral("posted-by-hand"), QStringLiteral("x")});
    QCOMPARE(badId.exitCode, 1);
    QVERIFY(badId.errIsOneLine());
    const CtlRun posted =
        ctl({QStringLiteral("outbox"), QStringLiteral("posted-by-hand"), QStringLiteral("1")});
    QCOMPARE(posted.exitCode, 0);
    QCOMPARE(posted.out, QByteArray("Outbox row 1 recorded as posted by hand by Ines.\n"));
    const OutboxRow row = m_f->outbox->row(1).value();
    QCOMPARE(row.state, DeliveryState::PostedByHand);
    QCOMPARE(row.settledBy, QStringLiteral("Ines"));
    // Nothing left: run succeeds with nothing configured.
    const CtlRun run = ctl({QStringLiteral("outbox"), QStringLiteral("run")});
    QCOMPARE(run.exitCode, 0);
}

// The whole chain with nothing stood in: publish, then `outbox run` with the channel settings of
// the environment, against a Statuspage-compatible server on loopback. The first publication
// looks the incident up by its key, creates it, and the row records the server's id; the second
// updates the same incident.
void TestWarroomctlOutbox::runDeliversToAStatusPageServer()
{
    test::LoopbackHttpServer server;
    QVERIFY(server.listen());
    QProcessEnvironment env = test::ctlEnvironment(QStringLiteral("Ines"));
    env.insert(QStringLiteral("WARROOM_STATUSPAGE_BASE_URL"), server.url().toString());
    env.insert(QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID"), QStringLiteral("pg42"));
    env.insert(QStringLiteral("WARROOM_STATUSPAGE_API_KEY"), QStringLiteral("k-123"));
    const Result<PublishersFactory> channels = publishersFromEnvironment(env, m_f->clock);
    QVERIFY2(channels, channels ? "" : qPrintable(channels.error().message));
    const auto run = [&] {
        return test::runCtl({QStringLiteral("--db"), m_db, QStringLiteral("outbox"),
                             QStringLiteral("run"), QStringLiteral("--until-empty"),
                             QStringLiteral("--timeout"), QStringLiteral("30")},
                            env, m_f->clock, channels.value());
    };

    const qint64 first = publish(QStringLiteral("progress-update"));
    QVERIFY(first > 0);
    server.enqueue(test::LoopbackHttpServer::Response::json(200, "[]"));
    server.enqueue(test::LoopbackHttpServer::Response::json(
        201, R"({"id":"inc9abc","name":"x","status":"investigating"})"));
    const CtlRun delivered = run();
    QVERIFY2(delivered.exitCode == 0, delivered.err.constData());
    QCOMPARE(server.requests().size(), 2);
    const auto &lookup = server.requests().at(0);
    QCOMPARE(lookup.method, QByteArray("GET"));
    QCOMPARE(lookup.path, QByteArray("/v1/pages/pg42/incidents/unresolved"));
    const auto &create = server.requests().at(1);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, QByteArray("/v1/pages/pg42/incidents"));
    QCOMPARE(create.headers.value("authorization"), QByteArray("OAuth k-123"));
    const OutboxRow row = m_f->outbox->row(1).value();
    QCOMPARE(row.state, DeliveryState::Sent);
    QCOMPARE(row.remoteId, QStringLiteral("inc9abc"));
    const QJsonObject incident =
        QJsonDocument::fromJson(create.body).object().value(QLatin1String("incident")).toObject();
    QCOMPARE(incident.value(QLatin1String("metadata"))
                 .toObject()
                 .value(QLatin1String("warroom"))
                 .toObject()
                 .value(QLatin1String("idempotency_key"))
                 .toString(),
             row.idempotencyKey);
    // The timeline says it went out, where, and with which id.
    const QList<TimelineEvent> events = m_f->incidents->timeline(m_incident).value();
    const auto deliveredEvent =
        std::find_if(events.cbegin(), events.cend(), [](const TimelineEvent &e) {
            return e.kind == QLatin1String(eventkind::AnnouncementDelivered);
        });
    QVERIFY(deliveredEvent != events.cend());
    QVERIFY2(QJsonDocument(deliveredEvent->payload).toJson().contains("inc9abc"),
             QJsonDocument(deliveredEvent->payload).toJson().constData());

    // The next publication updates the same status page incident.
    m_f->clock.advanceSecs(60);
    const qint64 second = publish(QStringLiteral("progress-update"));
    QVERIFY(second > first);
    server.enqueue(test::LoopbackHttpServer::Response::json(200, R"({"id":"inc9abc"})"));
    const CtlRun updated = run();
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(2).method, QByteArray("PATCH"));
    QCOMPARE(server.requests().at(2).path, QByteArray("/v1/pages/pg42/incidents/inc9abc"));
    QCOMPARE(m_f->outbox->row(2).value().state, DeliveryState::Sent);
}

// warroomctl sync with WARROOM_SLACK_WEBHOOK_URL queues the sync; outbox run posts it to the
// webhook (the exact body), lists it as a sync, and the board's sync row says it was delivered.
void TestWarroomctlOutbox::syncIsPostedToASlackServer()
{
    test::LoopbackHttpServer server;
    QVERIFY(server.listen());
    QProcessEnvironment env = test::ctlEnvironment(QStringLiteral("Omar"));
    env.insert(QStringLiteral("WARROOM_SLACK_WEBHOOK_URL"),
               server.url(QStringLiteral("/services/T1/B2/tok")).toString());
    const Result<PublishersFactory> channels = publishersFromEnvironment(env, m_f->clock);
    QVERIFY2(channels, channels ? "" : qPrintable(channels.error().message));
    const auto ctlWith = [&](const QStringList &arguments, const PublishersFactory &publishers) {
        return test::runCtl(QStringList{QStringLiteral("--db"), m_db} + arguments, env, m_f->clock,
                            publishers);
    };
    const QString incident = QString::number(m_incident);

    // Without Slack here the sync is recorded only, and says so.
    const CtlRun local =
        ctlWith({QStringLiteral("sync"), incident, QStringLiteral("first")}, noPublishers());
    QVERIFY2(local.exitCode == 0, local.err.constData());
    QVERIFY2(local.out.contains("recorded here only"), local.out.constData());
    QCOMPARE(m_f->count(QStringLiteral("outbox")), 0);

    m_f->clock.advanceSecs(14 * 60);
    const CtlRun synced =
        ctlWith({QStringLiteral("sync"), incident, QStringLiteral("rollback"),
                 QStringLiteral("<50%"), QStringLiteral("&"), QStringLiteral("falling")},
                channels.value());
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const qint64 sync = m_f->lastEvent(m_incident).id;
    QCOMPARE(QString::fromUtf8(synced.out),
             QStringLiteral("sync %1 recorded and queued for Slack: 'warroomctl outbox run' sends "
                            "it, 'warroomctl outbox' shows its state.\n")
                 .arg(sync));

    const CtlRun listed = ctlWith({QStringLiteral("outbox")}, noPublishers());
    QCOMPARE(QString::fromUtf8(listed.out),
             QStringLiteral("#1 incident %1 sync %2 Slack incident channel: queued\n")
                 .arg(m_incident)
                 .arg(sync));
    const QJsonObject json =
        ctlWith({QStringLiteral("outbox"), QStringLiteral("--json")}, noPublishers())
            .jsonArray()
            .at(0)
            .toObject();
    QCOMPARE(json.value(QLatin1String("source")).toString(), QStringLiteral("sync"));
    QVERIFY(json.value(QLatin1String("publication_id")).isNull());
    QCOMPARE(json.value(QLatin1String("sync_event_id")).toInteger(), sync);
    QCOMPARE(json.value(QLatin1String("key")).toString(),
             QStringLiteral("warroom-sync-%1-slack").arg(sync));

    server.enqueue(test::LoopbackHttpServer::Response::text(200, "ok"));
    const CtlRun run =
        ctlWith({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--until-empty"),
                 QStringLiteral("--timeout"), QStringLiteral("30")},
                channels.value());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(server.requests().size(), 1);
    const auto &post = server.requests().at(0);
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.path, QByteArray("/services/T1/B2/tok"));
    QCOMPARE(post.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
    const QByteArray line = "*Sync INC-" + QByteArray::number(m_incident) +
                            ", 03:14 UTC* \xe2\x80\x94 rollback &lt;50% &amp; falling";
    QCOMPARE(post.body, "{\"blocks\":[{\"text\":{\"text\":\"" + line +
                            "\",\"type\":\"mrkdwn\"},\"type\":\"section\"}],\"text\":\"" + line +
                            "\"}");
    QCOMPARE(m_f->outbox->row(1).value().state, DeliveryState::Sent);
    const TimelineEvent delivered = m_f->lastEvent(m_incident);
    QCOMPARE(delivered.kind, QString::fromLatin1(eventkind::AnnouncementDelivered));
    QCOMPARE(delivered.payload.value(QLatin1String("sync_event_id")).toInteger(), sync);

    // The board (show --json) names where the last sync went.
    const QJsonObject shown =
        ctlWith({QStringLiteral("show"), incident, QStringLiteral("--json")}, noPublishers())
            .jsonObject();
    QString where;
    for (const QJsonValue &o : shown.value(QLatin1String("obligations")).toArray()) {
        if (o[QLatin1String("id")].toString() == QLatin1String("channel-sync"))
            where = o[QLatin1String("last_reset_delivery")].toString();
    }
    QCOMPARE(where, QStringLiteral("posted to Slack (delivered 03:14:00)"));
}

QTEST_GUILESS_MAIN(TestWarroomctlOutbox)
#include "tst_warroomctl_outbox.moc"
