// The outbox (storage/comms/outboxstore.h, docs/outbox.md): publishing queues one row per
// destination and recipient in the publication's transaction; claims, outcomes, retries and posts
// by hand move the rows and record what matters on the timeline in the same transaction.
#include "commstestsupport.h"

#include "core/comms/commsevents.h"

#include <QJsonArray>
#include <QTest>

using namespace warroom;

namespace {
const QString kInes = QStringLiteral("Ines");
const QString kMe = QStringLiteral("sender-1");
} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void publishingQueuesARowPerDestination();
    void slackIsQueuedOnlyWhenConfigured();
    void emailGoesToEveryKeyAccountAddress();
    void emailWithoutRecipientsWritesNothing();
    void sentRecordsTheRemoteIdOnTheTimeline();
    void aClaimIsExclusiveUntilItRunsOut();
    void anOutcomeFromALostClaimIsRefused();
    void retryingIsRecordedOnceAndFailedRowsRequeue();
    void postByHand();
    void settledRowsCannotChange();

private:
    // A clean status-page (or the template's) draft approved and published by Ines.
    qint64 publish(qint64 incidentId, const QString &templateKey,
                   const QSet<Destination> &configured = {})
    {
        const qint64 draft = m_f->createDraft(incidentId, templateKey);
        if (draft <= 0 || !m_f->makeClean(draft) || !m_f->gate->approve(draft, QString(), kInes))
            return 0;
        const Result<qint64> p = m_f->gate->publish(draft, kInes, configured);
        return p ? *p : 0;
    }
    OutboxRow only(qint64 publicationId) const
    {
        const QList<OutboxRow> rows = m_f->outbox->forPublication(publicationId).value();
        return rows.size() == 1 ? rows.constFirst() : OutboxRow{};
    }

    std::unique_ptr<test::CommsFixture> m_f;
    qint64 m_incident = 0;
};

void TestOutboxStore::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
    m_incident = m_f->staffedIncident(Category::Outage);
}

void TestOutboxStore::cleanup()
{
    m_f.reset();
}

void TestOutboxStore::publishingQueuesARowPerDestination()
{
    const qint64 p = publish(m_incident, QStringLiteral("progress-update"));
    QVERIFY(p > 0);
    const OutboxRow row = only(p);
    QCOMPARE(row.destination, Destination::StatusPage);
    QCOMPARE(row.state, DeliveryState::Queued);
    QCOMPARE(row.attempts, 0);
    QCOMPARE(row.nextAttemptAt, m_f->clock.nowUtc());
    QCOMPARE(row.incidentId, m_incident);
    QCOMPARE(row.statusPageStatus, QStringLiteral("investigating"));
    QCOMPARE(row.impact, QStringLiteral("major")); // SEV2
    QVERIFY(row.idempotencyKey.startsWith(QStringLiteral("warroom-")));
    QVERIFY(!row.body.isEmpty());
    // The publication event lists what it queued.
    const TimelineEvent e = m_f->lastEvent(m_incident);
    QCOMPARE(e.kind, QString::fromLatin1(eventkind::AnnouncementPublished));
    const QJsonArray deliveries = e.payload.value(QLatin1String("deliveries")).toArray();
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.at(0).toObject().value(QLatin1String("key")).toString(),
             row.idempotencyKey);
    QCOMPARE(deliveries.at(0).toObject().value(QLatin1String("destination")).toString(),
             QStringLiteral("status-page"));
    // Nothing is due for a sender of the future; all of it now.
    QCOMPARE(m_f->outbox->due(m_f->clock.nowUtc()).value().size(), 1);
    QVERIFY(!m_f->outbox->nextDueAfter(m_f->clock.nowUtc()).value().isValid());
    QCOMPARE(m_f->outbox->nextDueAfter(m_f->clock.nowUtc().addSecs(-1)).value(),
             m_f->clock.nowUtc());
}

void TestOutboxStore::slackIsQueuedOnlyWhenConfigured()
{
    const qint64 p = publish(m_incident, QStringLiteral("progress-update"), {Destination::Slack});
    const QList<OutboxRow> rows = m_f->outbox->forPublication(p).value();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).destination, Destination::StatusPage);
    QCOMPARE(rows.at(1).destination, Destination::Slack);
    // Every row carries the incident's status and impact: Slack's footer shows them.
    QCOMPARE(rows.at(1).statusPageStatus, rows.at(0).statusPageStatus);
    QCOMPARE(rows.at(1).impact, rows.at(0).impact);
    QVERIFY(!rows.at(1).statusPageStatus.isEmpty());
    QVERIFY(rows.at(0).idempotencyKey != rows.at(1).idempotencyKey);
}

void TestOutboxStore::emailGoesToEveryKeyAccountAddress()
{
    QVERIFY(m_f->importKeyAccounts());
    const qint64 p = publish(m_incident, QStringLiteral("proactive-email"));
    QVERIFY(p > 0);
    const QList<OutboxRow> rows = m_f->outbox->forPublication(p).value();
    QStringList recipients;
    for (const OutboxRow &r : rows) {
        QCOMPARE(r.destination, Destination::Email);
        recipients.append(r.recipient);
    }
    QVERIFY(recipients.contains(QStringLiteral("maya.brooks@northwind.example")));
    QVERIFY(recipients.contains(QStringLiteral("omar.said@northwind.example")));
    QCOMPARE(rows.size(), 8); // the example file's eight addresses
    const QJsonArray deliveries =
        m_f->lastEvent(m_incident).payload.value(QLatin1String("deliveries")).toArray();
    QCOMPARE(deliveries.size(), 8);
}

void TestOutboxStore::emailWithoutRecipientsWritesNothing()
{
    const qint64 draft = m_f->createDraft(m_incident, QStringLiteral("proactive-email"));
    QVERIFY(m_f->makeClean(draft));
    QVERIFY(m_f->gate->approve(draft, QString(), kInes));
    const int events = int(m_f->eventKinds(m_incident).size());
    const Result<qint64> refused = m_f->gate->publish(draft, kInes);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Add an email address")),
             qPrintable(refused.error().message));
    QCOMPARE(m_f->count(QStringLiteral("comms_publications")), 0);
    QCOMPARE(m_f->count(QStringLiteral("outbox")), 0);
    QCOMPARE(m_f->eventKinds(m_incident).size(), events);
    QCOMPARE(m_f->state(draft), DraftState::IcApproved);
}

void TestOutboxStore::sentRecordsTheRemoteIdOnTheTimeline()
{
    const OutboxRow queued = only(publish(m_incident, QStringLiteral("progress-update")));
    const QDateTime now = m_f->clock.nowUtc();
    const Result<OutboxRow> claimed = m_f->outbox->claim(queued.id, kMe, now, now.addSecs(120));
    QVERIFY2(claimed, claimed ? "" : qPrintable(claimed.error().message));
    QCOMPARE(claimed->state, DeliveryState::Sending);
    QCOMPARE(claimed->attempts, 1);
    QVERIFY(m_f->outbox->remoteIdFor(m_incident, Destination::StatusPage).value().isEmpty());
    m_f->clock.advanceSecs(2);
    QVERIFY(m_f->outbox->markSent(queued.id, kMe, QStringLiteral("sp-123"), QStringLiteral("201")));
    const OutboxRow sent = m_f->outbox->row(queued.id).value();
    QCOMPARE(sent.state, DeliveryState::Sent);
    QCOMPARE(sent.remoteId, QStringLiteral("sp-123"));
    QCOMPARE(sent.settledAt, m_f->clock.nowUtc());
    QCOMPARE(m_f->outbox->remoteIdFor(m_incident, Destination::StatusPage).value(),
             QStringLiteral("sp-123"));
    const TimelineEvent e = m_f->lastEvent(m_incident);
    QCOMPARE(e.kind, QString::fromLatin1(eventkind::AnnouncementDelivered));
    QCOMPARE(e.author, QString::fromLatin1(OutboxStore::SenderAuthor));
    QCOMPARE(e.payload.value(QLatin1String("key")).toString(), queued.idempotencyKey);
    QCOMPARE(e.payload.value(QLatin1String("remote_id")).toString(), QStringLiteral("sp-123"));
    QCOMPARE(e.payload.value(QLatin1String("publication_id")).toInteger(), queued.publicationId);
    QCOMPARE(describeEvent(e),
             QStringLiteral("Delivered publication %1 of draft #1: Status page (remote id sp-123)")
                 .arg(queued.publicationId));
    QCOMPARE(e.payload.value(QLatin1String("draft_number")).toInt(), 1);
    QCOMPARE(e.payload.value(QLatin1String("draft_id")).toInteger(), queued.draftId);
    // A row recorded before the draft was named says the publication only.
    TimelineEvent old = e;
    old.payload.remove(QStringLiteral("draft_id"));
    old.payload.remove(QStringLiteral("draft_number"));
    QCOMPARE(describeEvent(old),
             QStringLiteral("Delivered publication %1: Status page (remote id sp-123)")
                 .arg(queued.publicationId));
    QVERIFY(m_f->outbox->due(m_f->clock.nowUtc().addDays(1)).value().isEmpty());
}

void TestOutboxStore::aClaimIsExclusiveUntilItRunsOut()
{
    const OutboxRow queued = only(publish(m_incident, QStringLiteral("progress-update")));
    const QDateTime now = m_f->clock.nowUtc();
    QVERIFY(m_f->outbox->claim(queued.id, kMe, now, now.addSecs(120)));
    QVERIFY(!m_f->outbox->claim(queued.id, QStringLiteral("sender-2"), now, now.addSecs(120)));
    QVERIFY(m_f->outbox->due(now.addSecs(119)).value().isEmpty());
    QCOMPARE(m_f->outbox->nextDueAfter(now).value(), now.addSecs(120));
    // The claimant died: after its claim ran out the row is due again, same key, attempt 2.
    const QList<OutboxRow> due = m_f->outbox->due(now.addSecs(120)).value();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.constFirst().state, DeliveryState::Sending);
    const Result<OutboxRow> again = m_f->outbox->claim(queued.id, QStringLiteral("sender-2"),
                                                       now.addSecs(120), now.addSecs(240));
    QVERIFY(again);
    QCOMPARE(again->idempotencyKey, queued.idempotencyKey);
    QCOMPARE(again->attempts, 2);
}

void TestOutboxStore::anOutcomeFromALostClaimIsRefused()
{
    const OutboxRow queued = only(publish(m_incident, QStringLiteral("progress-update")));
    const QDateTime now = m_f->clock.nowUtc();
    QVERIFY(m_f->outbox->claim(queued.id, kMe, now, now.addSecs(10)));
    QVERIFY(m_f->outbox->claim(queued.id, QStringLiteral("sender-2"), now.addSecs(10),
                               now.addSecs(20)));
    const int events = int(m_f->eventKinds(m_incident).size());
    QVERIFY(!m_f->outbox->markSent(queued.id, kMe, QStringLiteral("x"), QString()));
    QVERIFY(!m_f->outbox->markFailed(queued.id, kMe, QStringLiteral("late")));
    QCOMPARE(m_f->eventKinds(m_incident).size(), events);
    QCOMPARE(m_f->outbox->row(queued.id).value().state, DeliveryState::Sending);
}

void TestOutboxStore::retryingIsRecordedOnceAndFailedRowsRequeue()
{
    const OutboxRow queued = only(publish(m_incident, QStringLiteral("progress-update")));
    QDateTime now = m_f->clock.nowUtc();
    const int before = int(m_f->eventKinds(m_incident).size());
    QVERIFY(m_f->outbox->claim(queued.id, kMe, now, now.addSecs(60)));
    QVERIFY(m_f->outbox->markRetry(queued.id, kMe, now.addSecs(30), QStringLiteral("503")));
    QCOMPARE(m_f->lastEvent(m_incident).kind,
             QString::fromLatin1(eventkind::AnnouncementDeliveryRetrying));
    QVERIFY(m_f->outbox->due(now).value().isEmpty());
    QCOMPARE(m_f->outbox->nextDueAfter(now).value(), now.addSecs(30));
    now = now.addSecs(30);
    QVERIFY(m_f->outbox->claim(queued.id, kMe, now, now.addSecs(60)));
    QVERIFY(m_f->outbox->markRetry(queued.id, kMe, now.addSecs(60), QStringLiteral("502")));
    QCOMPARE(m_f->eventKinds(m_incident).size(), before + 1); // the second retry stays here
    OutboxRow row = m_f->outbox->row(queued.id).value();
    QCOMPARE(row.state, DeliveryState::Retrying);
    QCOMPARE(row.lastMessage, QStringLiteral("502"));
    QCOMPARE(row.nextAttemptAt, now.addSecs(60));

    QVERIFY(!m_f->outbox->retry(queued.id, kInes)); // not failed
    now = now.addSecs(60);
    QVERIFY(m_f->outbox->claim(queued.id, kMe, now, now.addSecs(60)));
    QVERIFY(m_f->outbox->markFailed(queued.id, kMe, QStringLiteral("401 bad key")));
    row = m_f->outbox->row(queued.id).value();
    QCOMPARE(row.state, DeliveryState::Failed);
    QCOMPARE(row.attempts, 3);
    QCOMPARE(m_f->lastEvent(m_incident).payload.value(QLatin1String("message")).toString(),
             QStringLiteral("401 bad key"));
    QVERIFY(m_f->outbox->due(now.addDays(1)).value().isEmpty());

    QVERIFY(!m_f->outbox->retry(queued.id, QString()));
    QVERIFY(m_f->outbox->retry(queued.id, kInes));
    row = m_f->outbox->row(queued.id).value();
    QCOMPARE(row.state, DeliveryState::Queued);
    QCOMPARE(row.attempts, 0);
    QCOMPARE(row.idempotencyKey, queued.idempotencyKey);
    const TimelineEvent e = m_f->lastEvent(m_incident);
    QCOMPARE(e.kind, QString::fromLatin1(eventkind::AnnouncementDeliveryRequeued));
    QCOMPARE(e.author, kInes);
    QCOMPARE(m_f->outbox->due(m_f->clock.nowUtc()).value().size(), 1);
}

void TestOutboxStore::postByHand()
{
    const OutboxRow queued = only(publish(m_incident, QStringLiteral("progress-update")));
    const QDateTime now = m_f->clock.nowUtc();
    QVERIFY(m_f->outbox->claim(queued.id, kMe, now, now.addSecs(60)));
    const Result<void> busy = m_f->outbox->postByHand(queued.id, kInes);
    QVERIFY(!busy);
    QVERIFY(busy.error().message.contains(QStringLiteral("being sent right now")));
    QVERIFY(m_f->outbox->markFailed(queued.id, kMe, QStringLiteral("403")));

    QVERIFY(!m_f->outbox->postByHand(queued.id, QStringLiteral("  ")));
    m_f->clock.advanceSecs(90);
    QVERIFY(m_f->outbox->postByHand(queued.id, kInes));
    const OutboxRow row = m_f->outbox->row(queued.id).value();
    QCOMPARE(row.state, DeliveryState::PostedByHand);
    QCOMPARE(row.settledBy, kInes);
    QCOMPARE(row.settledAt, m_f->clock.nowUtc());
    const TimelineEvent e = m_f->lastEvent(m_incident);
    QCOMPARE(e.kind, QString::fromLatin1(eventkind::AnnouncementPostedByHand));
    QCOMPARE(e.payload.value(QLatin1String("by")).toString(), kInes);
    QCOMPARE(describeEvent(e),
             QStringLiteral("Ines posted publication %1 of draft #1 by hand: Status page")
                 .arg(queued.publicationId));
    QVERIFY(!m_f->outbox->postByHand(queued.id, kInes)); // already settled
    QVERIFY(!m_f->outbox->postByHand(9999, kInes));
}

void TestOutboxStore::settledRowsCannotChange()
{
    const OutboxRow queued = only(publish(m_incident, QStringLiteral("progress-update")));
    QVERIFY(m_f->outbox->postByHand(queued.id, kInes));
    QVERIFY(!m_f->database->exec(QStringLiteral("UPDATE outbox SET state = 'queued', settled_at "
                                                "= NULL WHERE id = ?"),
                                 {queued.id}));
    QVERIFY(!m_f->database->exec(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {queued.id}));
    QCOMPARE(m_f->outbox->row(queued.id).value().state, DeliveryState::PostedByHand);
}

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
