// Syncs through the outbox (docs/outbox.md, schema 8): posting a sync where Slack is set up
// records the sync_posted event and its Slack row in one transaction; the row moves like a
// publication's (claim, sent, retrying, failed, queued again, posted by hand) with the same
// timeline events; and the phase board's sync row says where the last sync went.
#include "commstestsupport.h"

#include "core/comms/commsevents.h"
#include "models/board/phaseboardmodel.h"
#include "storage/incidents/playbookstore.h"

#include <QJsonArray>
#include <QTest>

using namespace warroom;

namespace {
const QString kMe = QStringLiteral("sender-1");
const QString kOmar = QStringLiteral("Omar");
const QString kSync = QStringLiteral("channel-sync");
const QSet<Destination> kSlackHere{Destination::Slack};
} // namespace

class TestSyncOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aSyncIsQueuedForSlackWhenSlackIsSetUp();
    void withoutSlackItIsRecordedOnly();
    void theSyncAndItsRowAreWrittenTogether();
    void theSchemaHoldsASyncRowToItsSync();
    void aSyncRowMovesLikeAPublicationRow();
    void theBoardSaysWhereTheLastSyncWent();

private:
    qint64 postSync(const QString &text, const QSet<Destination> &here = kSlackHere)
    {
        const Result<qint64> posted = m_playbook->postSync(m_incident, text, kOmar, here);
        return posted ? *posted : 0;
    }
    OutboxRow onlyRow() const
    {
        const QList<OutboxRow> rows = m_f->outbox->rows(m_incident).value();
        return rows.size() == 1 ? rows.constFirst() : OutboxRow{};
    }
    QString detail(PhaseBoardModel &board) const
    {
        board.refresh();
        const int row = board.rowOf(kSync);
        return row < 0 ? QStringLiteral("<no row>")
                       : board.index(row, PhaseBoardModel::DetailColumn).data().toString();
    }
    bool raw(const QString &sql) const { return m_f->database->exec(sql).ok(); }

    std::unique_ptr<test::CommsFixture> m_f;
    std::unique_ptr<PlaybookStore> m_playbook;
    qint64 m_incident = 0;
};

void TestSyncOutbox::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
    m_playbook = std::make_unique<PlaybookStore>(*m_f->incidents, m_f->playbook);
    m_incident = m_f->staffedIncident(Category::Outage);
}

void TestSyncOutbox::cleanup()
{
    m_playbook.reset();
    m_f.reset();
}

void TestSyncOutbox::aSyncIsQueuedForSlackWhenSlackIsSetUp()
{
    m_f->clock.advanceSecs(60);
    const qint64 sync = postSync(QStringLiteral("  rolled back half the fleet  "));
    QVERIFY(sync > 0);
    const TimelineEvent event = m_f->lastEvent(m_incident);
    QCOMPARE(event.id, sync);
    QCOMPARE(event.kind, QString::fromLatin1(eventkind::SyncPosted));
    QCOMPARE(event.payload.value(QLatin1String("text")).toString(),
             QStringLiteral("rolled back half the fleet"));
    QCOMPARE(event.payload.value(QLatin1String("queued_for")).toArray(),
             QJsonArray{QStringLiteral("slack")});

    const OutboxRow row = onlyRow();
    QCOMPARE(row.syncEventId, sync);
    QCOMPARE(row.publicationId, 0);
    QCOMPARE(row.incidentId, m_incident);
    QCOMPARE(row.destination, Destination::Slack);
    QCOMPARE(row.state, DeliveryState::Queued);
    QCOMPARE(row.idempotencyKey, QStringLiteral("warroom-sync-%1-slack").arg(sync));
    QCOMPARE(row.body, QStringLiteral("rolled back half the fleet"));
    QVERIFY(row.title.isEmpty());
    QCOMPARE(row.syncPostedAt, m_f->clock.nowUtc());
    QCOMPARE(row.queuedAt, m_f->clock.nowUtc());
    QCOMPARE(row.nextAttemptAt, m_f->clock.nowUtc());
    // Due for a sender like any other row.
    QCOMPARE(m_f->outbox->due(m_f->clock.nowUtc()).value().size(), 1);
}

void TestSyncOutbox::withoutSlackItIsRecordedOnly()
{
    // Configured destinations other than Slack do not carry syncs.
    const qint64 sync =
        postSync(QStringLiteral("no new progress"), {Destination::StatusPage, Destination::Email});
    QVERIFY(sync > 0);
    QCOMPARE(m_f->lastEvent(m_incident).payload.value(QLatin1String("queued_for")).toArray(),
             QJsonArray{});
    QCOMPARE(m_f->count(QStringLiteral("outbox")), 0);
}

void TestSyncOutbox::theSyncAndItsRowAreWrittenTogether()
{
    const int events = m_f->eventKinds(m_incident).size();
    // The row cannot be written: the sync is not recorded either.
    QVERIFY(raw(QStringLiteral("CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox "
                               "BEGIN SELECT RAISE(ABORT, 'outbox refused for the test'); END")));
    const Result<qint64> refused =
        m_playbook->postSync(m_incident, QStringLiteral("no new progress"), kOmar, kSlackHere);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("outbox refused for the test")),
             qPrintable(refused.error().message));
    QCOMPARE(m_f->eventKinds(m_incident).size(), events);
    QCOMPARE(m_f->count(QStringLiteral("outbox")), 0);
    QVERIFY(raw(QStringLiteral("DROP TRIGGER refuse_outbox")));

    // The sync is refused (closed incident): no row either.
    QVERIFY(m_f->incidents->changeStatus(m_incident, IncidentStatus::Restored, kOmar));
    QVERIFY(raw(
        QStringLiteral("UPDATE incidents SET status = 'closed' WHERE id = %1").arg(m_incident)));
    QVERIFY(!m_playbook->postSync(m_incident, QStringLiteral("late"), kOmar, kSlackHere));
    QCOMPARE(m_f->count(QStringLiteral("outbox")), 0);
}

void TestSyncOutbox::theSchemaHoldsASyncRowToItsSync()
{
    const qint64 sync = postSync(QStringLiteral("no new progress"));
    QVERIFY(sync > 0);
    const QString insert = QStringLiteral(
        "INSERT INTO outbox (publication_id, sync_event_id, incident_id, destination, "
        "idempotency_key, state, next_attempt_at, queued_at) VALUES (%1, %2, %3, '%4', '%5', "
        "'queued', 0, 0)");
    const QString declared = QString::number(m_f->incidents->timeline(m_incident)->first().id);
    const QString id = QString::number(m_incident);
    // Neither source, both, an event that is not a sync, a second row for the same sync, a
    // destination other than Slack.
    QVERIFY(!raw(insert.arg(QStringLiteral("NULL"), QStringLiteral("NULL"), id,
                            QStringLiteral("slack"), QStringLiteral("k1"))));
    QVERIFY(!raw(insert.arg(QStringLiteral("NULL"), declared, id, QStringLiteral("slack"),
                            QStringLiteral("k2"))));
    QVERIFY(!raw(insert.arg(QStringLiteral("NULL"), QString::number(sync), id,
                            QStringLiteral("slack"), QStringLiteral("k3"))));
    QVERIFY(!raw(insert.arg(QStringLiteral("NULL"), QString::number(sync), id,
                            QStringLiteral("status-page"), QStringLiteral("k4"))));
    const qint64 other = m_f->staffedIncident(Category::Outage);
    QVERIFY(!raw(insert.arg(QStringLiteral("NULL"), QString::number(sync), QString::number(other),
                            QStringLiteral("slack"), QStringLiteral("k5"))));
    // A row's source never changes, and no row is deleted.
    QVERIFY(!raw(QStringLiteral("UPDATE outbox SET sync_event_id = %1").arg(declared)));
    QVERIFY(!raw(QStringLiteral("DELETE FROM outbox")));
    QCOMPARE(m_f->count(QStringLiteral("outbox")), 1);
}

void TestSyncOutbox::aSyncRowMovesLikeAPublicationRow()
{
    const qint64 sync = postSync(QStringLiteral("no new progress"));
    const qint64 id = onlyRow().id;
    const QDateTime now = m_f->clock.nowUtc();
    QVERIFY(m_f->outbox->claim(id, kMe, now, now.addSecs(60)));
    QVERIFY(m_f->outbox->markFailed(id, kMe, QStringLiteral("HTTP 404: no_service")));
    TimelineEvent failed = m_f->lastEvent(m_incident);
    QCOMPARE(failed.kind, QString::fromLatin1(eventkind::AnnouncementDeliveryFailed));
    QCOMPARE(failed.payload.value(QLatin1String("sync_event_id")).toInteger(), sync);
    QVERIFY(!failed.payload.contains(QLatin1String("publication_id")));
    QCOMPARE(failed.payload.value(QLatin1String("key")).toString(),
             QStringLiteral("warroom-sync-%1-slack").arg(sync));
    QCOMPARE(describeCommsEvent(failed),
             QStringLiteral("Delivery of sync %1 failed: Slack incident channel: HTTP 404: "
                            "no_service")
                 .arg(sync));

    QVERIFY(m_f->outbox->retry(id, kOmar));
    QCOMPARE(onlyRow().state, DeliveryState::Queued);
    QCOMPARE(m_f->lastEvent(m_incident).kind,
             QString::fromLatin1(eventkind::AnnouncementDeliveryRequeued));
    QVERIFY(m_f->outbox->postByHand(id, kOmar));
    QCOMPARE(onlyRow().state, DeliveryState::PostedByHand);
    QCOMPARE(onlyRow().settledBy, kOmar);
}

void TestSyncOutbox::theBoardSaysWhereTheLastSyncWent()
{
    PhaseBoardModel board(*m_f->incidents, m_f->playbook, m_f->clock, m_incident);
    board.setTicking(false);
    QCOMPARE(detail(board), QStringLiteral("none posted yet"));

    const QString at = QStringLiteral("03:10 UTC");
    m_f->clock.advanceSecs(10 * 60);
    QVERIFY(postSync(QStringLiteral("no new progress"), {}) > 0);
    QCOMPARE(detail(board),
             QStringLiteral("last sync %1 by Omar: recorded here only (Slack not set up)").arg(at));

    m_f->clock.advanceSecs(60);
    QVERIFY(postSync(QStringLiteral("rollback started")) > 0);
    const QString at2 = QStringLiteral("03:11 UTC");
    QCOMPARE(detail(board), QStringLiteral("last sync %1 by Omar: queued for Slack").arg(at2));

    const qint64 id = onlyRow().id;
    QDateTime now = m_f->clock.nowUtc();
    QVERIFY(m_f->outbox->claim(id, kMe, now, now.addSecs(60)));
    QCOMPARE(detail(board), QStringLiteral("last sync %1 by Omar: queued for Slack").arg(at2));
    QVERIFY(m_f->outbox->markRetry(id, kMe, now.addSecs(30), QStringLiteral("HTTP 503: down")));
    QCOMPARE(detail(board),
             QStringLiteral("last sync %1 by Omar: queued for Slack, retrying (HTTP 503: down)")
                 .arg(at2));

    m_f->clock.advanceSecs(30);
    now = m_f->clock.nowUtc();
    QVERIFY(m_f->outbox->claim(id, kMe, now, now.addSecs(60)));
    QVERIFY(m_f->outbox->markFailed(id, kMe, QStringLiteral("HTTP 410: channel_is_archived")));
    QCOMPARE(detail(board),
             QStringLiteral("last sync %1 by Omar: Slack: failed — HTTP 410: channel_is_archived")
                 .arg(at2));
    // A failed post does not undo the sync: the countdown still runs from it.
    const QList<ObligationStatus> obligations =
        m_playbook->obligations(m_incident, m_f->clock.nowUtc()).value();
    const auto sync = std::find_if(obligations.cbegin(), obligations.cend(),
                                   [](const ObligationStatus &s) { return s.id == kSync; });
    QVERIFY(sync != obligations.cend());
    QCOMPARE(sync->lastResetAt, QDateTime(QDate(2026, 11, 29), QTime(3, 11), Qt::UTC));
    QCOMPARE(sync->dueAt, QDateTime(QDate(2026, 11, 29), QTime(3, 26), Qt::UTC));

    // Queued again: the board says queued, not failed.
    QVERIFY(m_f->outbox->retry(id, kOmar));
    QCOMPARE(detail(board), QStringLiteral("last sync %1 by Omar: queued for Slack").arg(at2));

    m_f->clock.advanceSecs(2);
    now = m_f->clock.nowUtc();
    QVERIFY(m_f->outbox->claim(id, kMe, now, now.addSecs(60)));
    QVERIFY(m_f->outbox->markSent(id, kMe, QString(), QStringLiteral("ok")));
    QCOMPARE(detail(board),
             QStringLiteral("last sync %1 by Omar: posted to Slack (delivered 03:11:32)").arg(at2));

    // The next sync, posted by hand.
    m_f->clock.advanceSecs(60);
    QVERIFY(postSync(QStringLiteral("monitoring")) > 0);
    const QList<OutboxRow> rows = m_f->outbox->rows(m_incident).value();
    QCOMPARE(rows.size(), 2);
    QVERIFY(m_f->outbox->postByHand(rows.constLast().id, QStringLiteral("Ines")));
    QCOMPARE(detail(board),
             QStringLiteral("last sync 03:12 UTC by Omar: posted to Slack by hand by Ines at "
                            "03:12 UTC"));
}

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_syncoutbox.moc"
