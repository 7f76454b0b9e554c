// The rule a PostgreSQL server enforces on how an outbox row's delivery moves (docs/shared-mode.md,
// "Rules the server enforces", rule k): each forged outcome is attempted through raw SQL on a
// QPSQL connection as a member login and must be refused with SQLSTATE WR001 and the rule's
// sentence; the sender's and a person's steps through OutboxStore, as member logins, go through.
// Needs WARROOM_TEST_PG (the throwaway cluster).

#include "core/roles/roles.h"
#include "serverwarroomsupport.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxconnection.h"
#include "storage/comms/outboxstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/rolestore.h"
#include "storage/server/outboxrules.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace warroom;

namespace {

using Statements = QList<std::pair<QString, QVariantList>>;

const QString kEvent = QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, "
                                      "author, kind, payload) VALUES (?, 0, ?, ?, ?)");
const QString kOlga = QStringLiteral("Olga Other");
// The person whose seat runs the sender: its events name her (OutboxConnection sets the sender's
// author from the login), since rule (a) has every event name the login's own person.
const QString kSender = QStringLiteral("Sam Sender");

} // namespace

class TestServerOutboxRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void initStaysIdempotent();
    void aForgedOutcomeIsRefused();
    void aClaimIsHeldOnlyForAWhile();
    void aRemoteIdIsRememberedOnlyWithItsDelivery();
    void theStoresStillDeliver();

private:
    std::unique_ptr<Workspace> as(const QString &who) { return m_room->as(who); }
    static QString refusal(Workspace &workspace, const Statements &statements)
    {
        return test::ServerWarRoom::refusal(workspace, statements);
    }
    // A new announcement published through the stores; the id of its first outbox row (queued).
    qint64 queuedDelivery();
    OutboxRow row(qint64 id);
    qint64 nowMs() const { return m_clock.nowUtc().toMSecsSinceEpoch(); }

    ManualClock m_clock{test::testStart()};
    std::unique_ptr<test::ServerWarRoom> m_room;
    std::unique_ptr<Workspace> m_olga;
    std::unique_ptr<Workspace> m_sender;
    qint64 m_incident = 0;
};

void TestServerOutboxRules::initTestCase()
{
    WARROOM_REQUIRE_PG();
    m_room = std::make_unique<test::ServerWarRoom>(m_clock);
    const QString problem = m_room->setUp({{QStringLiteral("ines"), QStringLiteral("Ines Ic")},
                                           {QStringLiteral("lea"), QStringLiteral("Lea Legal")},
                                           {QStringLiteral("olga"), kOlga},
                                           {QStringLiteral("ada"), QStringLiteral("Ada Admin")},
                                           {QStringLiteral("pia"), QStringLiteral("Pia Product")},
                                           {QStringLiteral("sender"), kSender}},
                                          QStringLiteral("ada"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto ines = as(QStringLiteral("ines"));
    auto ada = as(QStringLiteral("ada"));
    QVERIFY(ines && ada);
    // A data leak: its announcements need legal's sign-off (as in tst_serverrowrules).
    IncidentFields fields = test::validFields();
    fields.category = Category::DataLeak;
    const Result<qint64> declared = ines->incidents().declare(fields, QStringLiteral("Ines Ic"));
    QVERIFY2(declared, declared ? "" : qPrintable(declared.error().message));
    m_incident = *declared;
    for (const auto &[role, name] :
         QList<std::pair<Role, QString>>{{Role::IncidentCommander, QStringLiteral("Ines Ic")},
                                         {Role::Legal, QStringLiteral("Lea Legal")},
                                         {Role::ProductOwner, QStringLiteral("Pia Product")}}) {
        Result<qint64> assigned =
            ada->roles().assign(m_incident, role, name, true, QStringLiteral("Ada Admin"));
        QVERIFY2(assigned, assigned ? "" : qPrintable(assigned.error().message));
    }
    m_olga = as(QStringLiteral("olga"));
    m_sender = as(QStringLiteral("sender"));
    QVERIFY(m_olga && m_sender);
    // Raw outbox calls through the workspace's store name the sender as OutboxConnection would.
    m_sender->outbox().setSenderAuthor(kSender);
}

void TestServerOutboxRules::cleanupTestCase()
{
    m_olga.reset();
    m_sender.reset();
    m_room.reset();
}

qint64 TestServerOutboxRules::queuedDelivery()
{
    auto pia = as(QStringLiteral("pia"));
    auto lea = as(QStringLiteral("lea"));
    auto ines = as(QStringLiteral("ines"));
    if (!pia || !lea || !ines)
        return 0;
    auto draft = pia->drafts().create(
        {m_incident, QStringLiteral("progress-update"), 0, std::nullopt, QString()},
        QStringLiteral("Pia Product"));
    if (!draft)
        return 0;
    const QString body = QStringLiteral(
        "We have rolled back yesterday's prompt update on half of the fleet. About "
        "{{affected_users_pct}}% of users are affected.\n\nNext update: {{next_update_utc}}.");
    if (!pia->drafts().save(*draft, QStringLiteral("Update: {{task_type}} tasks"), body,
                            QStringLiteral("Pia Product")))
        return 0;
    Result<void> step =
        pia->signOffGate().submitForReview(*draft, QString(), QStringLiteral("Pia Product"));
    if (step)
        step = lea->signOffGate().signOff(*draft, QStringLiteral("Lea Legal"));
    if (step)
        step = ines->signOffGate().approve(*draft, QString(), QStringLiteral("Ines Ic"));
    if (!step) {
        qWarning("%s", qPrintable(step.error().message));
        return 0;
    }
    m_clock.advanceSecs(60);
    const Result<qint64> published = ines->signOffGate().publish(*draft, QStringLiteral("Ines Ic"));
    if (!published) {
        qWarning("%s", qPrintable(published.error().message));
        return 0;
    }
    const Result<QList<OutboxRow>> rows = m_olga->outbox().forPublication(*published);
    return rows && !rows->isEmpty() ? rows->constFirst().id : 0;
}

OutboxRow TestServerOutboxRules::row(qint64 id)
{
    const Result<OutboxRow> found = m_olga->outbox().row(id);
    return found ? *found : OutboxRow{};
}

// The new rules are part of server init: a second run finds them in place, deferred.
void TestServerOutboxRules::initStaysIdempotent()
{
    const test::Ctl again = m_room->ctl({QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("nothing changed")), qPrintable(again.out));
    QCOMPARE(m_room->deferredTriggers({QStringLiteral("outbox_srv_update"),
                                       QStringLiteral("outbox_remote_ids_srv_new")}),
             QStringLiteral("outbox_remote_ids_srv_new,outbox_srv_update"));
}

// A member cannot make the board say an announcement went out (or failed, or was posted by
// hand) without the step's event, nor with an event saying something else.
void TestServerOutboxRules::aForgedOutcomeIsRefused()
{
    const qint64 id = queuedDelivery();
    QVERIFY(id);
    const OutboxRow queued = row(id);
    QCOMPARE(queued.state, DeliveryState::Queued);
    const QString forgedSent = refusal(
        *m_olga,
        {{QStringLiteral("UPDATE outbox SET state = 'sent', remote_id = 'fake-123',"
                         " settled_at = 1, claimed_by = '', claimed_until = 0 WHERE id = ?"),
          {id}}});
    QVERIFY2(forgedSent.contains(
                 QStringLiteral("outbox: refused - delivery %1 goes from queued to sent only the "
                                "way War Room's sender or a post by hand takes it")
                     .arg(id)),
             qPrintable(forgedSent));
    const QString forgedFailed = refusal(
        *m_olga,
        {{QStringLiteral("UPDATE outbox SET state = 'failed', claimed_by = '' WHERE id = ?"),
          {id}}});
    QVERIFY2(forgedFailed.contains(QStringLiteral("goes from queued to failed")),
             qPrintable(forgedFailed));
    // Posted by hand under the member's own name (rule a passes), but with no event.
    const QString byHand = refusal(
        *m_olga,
        {{QStringLiteral("UPDATE outbox SET state = 'posted-by-hand', settled_at = 1,"
                         " settled_by = ?, claimed_by = '', claimed_until = 0 WHERE id = ?"),
          {kOlga, id}}});
    QVERIFY2(byHand.contains(QStringLiteral("goes from queued to posted-by-hand")),
             qPrintable(byHand));
    // A remote id written on a row that does not become sent.
    const QString remote = refusal(
        *m_olga, {{QStringLiteral("UPDATE outbox SET remote_id = 'fake-1' WHERE id = ?"), {id}}});
    QVERIFY2(remote.contains(QStringLiteral("the remote id and settlement of delivery %1 are "
                                            "written only when it becomes sent")
                                 .arg(id)),
             qPrintable(remote));

    // Claimed by the sender the way it does; then the forged outcomes, from sending.
    const Result<OutboxRow> claimed = m_sender->outbox().claim(
        id, QStringLiteral("seat-1"), m_clock.nowUtc(), m_clock.nowUtc().addSecs(5 * 60));
    QVERIFY2(claimed, claimed ? "" : qPrintable(claimed.error().message));
    const QString sentUpdate =
        QStringLiteral("UPDATE outbox SET state = 'sent', remote_id = 'fake-123', settled_at = 1,"
                       " claimed_by = '', claimed_until = 0 WHERE id = ?");
    const QString bare = refusal(*m_olga, {{sentUpdate, {id}}});
    QVERIFY2(bare.contains(QStringLiteral("goes from sending to sent")), qPrintable(bare));
    // The event must name the row and give the same remote id; under the sender's login (whose
    // events rule (a) lets through) an event giving another remote id does not cover it.
    auto delivered = [&](const QString &remoteId, qint64 outboxId) {
        QJsonObject p{{QStringLiteral("outbox_id"), outboxId},
                      {QStringLiteral("key"), queued.idempotencyKey},
                      {QStringLiteral("destination"), destination::id(queued.destination)},
                      {QStringLiteral("remote_id"), remoteId}};
        return std::pair<QString, QVariantList>{kEvent,
                                                {m_incident, kSender,
                                                 QStringLiteral("announcement_delivered"),
                                                 test::ServerWarRoom::payload(p)}};
    };
    const QString otherId =
        refusal(*m_sender, {{sentUpdate, {id}}, delivered(QStringLiteral("real-9"), id)});
    QVERIFY2(otherId.contains(QStringLiteral("goes from sending to sent")), qPrintable(otherId));
    const QString otherRow =
        refusal(*m_sender, {{sentUpdate, {id}}, delivered(QStringLiteral("fake-123"), id + 1000)});
    QVERIFY2(otherRow.contains(QStringLiteral("goes from sending to sent")), qPrintable(otherRow));
    const QString failed =
        refusal(*m_olga, {{QStringLiteral("UPDATE outbox SET state = 'failed', claimed_by = '',"
                                          " claimed_until = 0 WHERE id = ?"),
                           {id}}});
    QVERIFY2(failed.contains(QStringLiteral("goes from sending to failed")), qPrintable(failed));
    QCOMPARE(row(id).state, DeliveryState::Sending);

    // With the event the store writes (the row, key and remote id), the step goes through; the
    // row is then settled, and the schema's own guard keeps it so (no requeue).
    QCOMPARE(refusal(*m_sender, {{sentUpdate, {id}}, delivered(QStringLiteral("fake-123"), id)}),
             QString());
    QCOMPARE(row(id).state, DeliveryState::Sent);
    const QString requeue =
        refusal(*m_olga, {{QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0,"
                                          " next_attempt_at = 0, settled_at = NULL WHERE id = ?"),
                           {id}}});
    QVERIFY2(requeue.contains(QStringLiteral("outbox: a sent or hand-posted row cannot change")),
             qPrintable(requeue));
    // A failed row is queued again only with the requeue event.
    const qint64 other = queuedDelivery();
    QVERIFY(other);
    QVERIFY(m_sender->outbox().claim(other, QStringLiteral("seat-1"), m_clock.nowUtc(),
                                     m_clock.nowUtc().addSecs(5 * 60)));
    QVERIFY(m_sender->outbox().markFailed(other, QStringLiteral("seat-1"), QStringLiteral("503")));
    const QString again = refusal(
        *m_olga, {{QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0 WHERE id = ?"),
                   {other}}});
    QVERIFY2(again.contains(QStringLiteral("goes from failed to queued")), qPrintable(again));
    QCOMPARE(row(other).state, DeliveryState::Failed);
}

// A claim keeps other senders off a row for the attempt, not for ever.
void TestServerOutboxRules::aClaimIsHeldOnlyForAWhile()
{
    const qint64 id = queuedDelivery();
    QVERIFY(id);
    auto server = m_olga->database().exec(
        QStringLiteral("SELECT round(extract(epoch FROM now()) * 1000)::bigint"));
    QVERIFY(server && server.value().next());
    const qint64 serverNow = server.value().value(0).toLongLong();
    const qint64 farAhead = serverNow + qint64(outboxrules::kClaimBoundSecs + 60) * 1000;
    const QString stall =
        refusal(*m_olga, {{QStringLiteral("UPDATE outbox SET state = 'sending', claimed_by = 'x',"
                                          " claimed_until = ? WHERE id = ?"),
                           {farAhead, id}}});
    QVERIFY2(
        stall.contains(QStringLiteral("outbox: refused - delivery %1 is claimed until").arg(id)),
        qPrintable(stall));
    QVERIFY2(stall.contains(QStringLiteral("more than 15 minutes ahead of the server's clock")),
             qPrintable(stall));
    // Through the store with a seat clock ahead of the server by the sender's five minutes (the
    // fake clock is behind the server's, which only shortens the claim): held, then extended
    // beyond the bound by hand: refused.
    const QDateTime seatNow = QDateTime::fromMSecsSinceEpoch(serverNow, Qt::UTC);
    const Result<OutboxRow> claimed = m_sender->outbox().claim(
        id, QStringLiteral("seat-1"), m_clock.nowUtc(), seatNow.addSecs(5 * 60));
    QVERIFY2(claimed, claimed ? "" : qPrintable(claimed.error().message));
    const QString extended = refusal(
        *m_olga,
        {{QStringLiteral("UPDATE outbox SET claimed_until = ? WHERE id = ?"), {farAhead, id}}});
    QVERIFY2(extended.contains(QStringLiteral("is claimed until")), qPrintable(extended));
    QCOMPARE(row(id).state, DeliveryState::Sending);
}

// The first remote id of an incident at a destination is where later updates go: remembered only
// with the delivery that got it.
void TestServerOutboxRules::aRemoteIdIsRememberedOnlyWithItsDelivery()
{
    const QString insert =
        QStringLiteral("INSERT INTO outbox_remote_ids (incident_id, destination, remote_id,"
                       " recorded_at) VALUES (?, ?, ?, 0)");
    const qint64 id = queuedDelivery();
    QVERIFY(id);
    const QString where = destination::id(row(id).destination);
    const QString forged =
        refusal(*m_olga, {{insert, {m_incident, where, QStringLiteral("someone-elses-incident")}}});
    QVERIFY2(forged.contains(QStringLiteral("outbox_remote_ids: refused - remote id "
                                            "someone-elses-incident of incident %1 at %2 is "
                                            "remembered only by the transaction that marks a "
                                            "delivery there sent with that remote id")
                                 .arg(m_incident)
                                 .arg(where)),
             qPrintable(forged));
    // The store remembers it with the delivery; a second transaction cannot add another.
    QVERIFY(m_sender->outbox().claim(id, QStringLiteral("seat-1"), m_clock.nowUtc(),
                                     m_clock.nowUtc().addSecs(5 * 60)));
    const Result<void> sent = m_sender->outbox().markSent(id, QStringLiteral("seat-1"),
                                                          QStringLiteral("sp-42"), QString());
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
    const Result<QString> remembered =
        m_olga->outbox().remoteIdFor(m_incident, row(id).destination);
    QVERIFY(remembered);
    QCOMPARE(*remembered, QStringLiteral("sp-42"));
}

// The sender's steps and a person's, through OutboxStore as member logins, all pass.
void TestServerOutboxRules::theStoresStillDeliver()
{
    // The sender as the window runs it: a connection of its own, as a member's login.
    auto connection = OutboxConnection::open(
        DatabaseConfig::postgres(m_room->urlFor(QStringLiteral("sender")), m_room->schema()),
        m_clock);
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error().message));
    OutboxStore &sender = connection.value()->store();
    QCOMPARE(sender.senderAuthor(), kSender);
    const QString seat = QStringLiteral("seat-2");
    const qint64 id = queuedDelivery();
    QVERIFY(id);
    // Claimed, released by a sender that finds it abandoned, claimed again, retried, failed.
    QVERIFY(sender.claim(id, seat, m_clock.nowUtc(), m_clock.nowUtc().addSecs(5 * 60)));
    const Result<void> released = sender.releaseAbandoned(id, seat, QStringLiteral("restarted"));
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    QVERIFY(sender.claim(id, seat, m_clock.nowUtc(), m_clock.nowUtc().addSecs(5 * 60)));
    const Result<void> retrying =
        sender.markRetry(id, seat, m_clock.nowUtc(), QStringLiteral("timeout"));
    QVERIFY2(retrying, retrying ? "" : qPrintable(retrying.error().message));
    QVERIFY(sender.claim(id, seat, m_clock.nowUtc(), m_clock.nowUtc().addSecs(5 * 60)));
    const Result<void> failed = sender.markFailed(id, seat, QStringLiteral("HTTP 500"));
    QVERIFY2(failed, failed ? "" : qPrintable(failed.error().message));
    QCOMPARE(row(id).state, DeliveryState::Failed);
    // Olga queues it again, then posts it by hand.
    const Result<void> requeued = m_olga->outbox().retry(id, kOlga);
    QVERIFY2(requeued, requeued ? "" : qPrintable(requeued.error().message));
    QCOMPARE(row(id).state, DeliveryState::Queued);
    const Result<void> byHand = m_olga->outbox().postByHand(id, kOlga);
    QVERIFY2(byHand, byHand ? "" : qPrintable(byHand.error().message));
    const OutboxRow posted = row(id);
    QCOMPARE(posted.state, DeliveryState::PostedByHand);
    QCOMPARE(posted.settledBy, kOlga);
    // Another one is sent with a remote id.
    const qint64 next = queuedDelivery();
    QVERIFY(next);
    QVERIFY(sender.claim(next, seat, m_clock.nowUtc(), m_clock.nowUtc().addSecs(5 * 60)));
    const Result<void> sent = sender.markSent(next, seat, QStringLiteral("sp-77"), QString());
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
    QCOMPARE(row(next).state, DeliveryState::Sent);
    QCOMPARE(row(next).remoteId, QStringLiteral("sp-77"));
    const Result<QList<TimelineEvent>> timeline = m_olga->incidents().timeline(m_incident);
    QVERIFY(timeline);
    QCOMPARE(timeline.value().constLast().kind, QStringLiteral("announcement_delivered"));
    QCOMPARE(timeline.value().constLast().author, kSender);
}

QTEST_GUILESS_MAIN(TestServerOutboxRules)
#include "tst_serveroutboxrules.moc"
