// The outbox sender (integrations/outbox/outboxsender.h, docs/outbox.md) over the real outbox
// store, with a test publisher that answers scripted outcomes asynchronously, like a real one.
// The time is a ManualClock moved by the test; nothing sleeps.
#include "commstestsupport.h"

#include "core/comms/commsevents.h"
#include "integrations/outbox/outboxclaimant.h"
#include "integrations/outbox/outboxsender.h"
#include "integrations/outbox/outboxworker.h"
#include "storage/comms/outboxconnection.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace warroom;

namespace {

const QString kInes = QStringLiteral("Ines");

// What the remote service holds: one record per idempotency key, however often it is sent.
struct Remote
{
    QHash<QString, QString> byKey; // key -> remote id
    int created = 0;
};

class ScriptedPublisher final : public QObject, public Publisher
{
public:
    ScriptedPublisher(Destination d, Remote &remote)
        : m_destination(d)
        , m_remote(remote)
    {
    }

    Destination destination() const override { return m_destination; }
    QString describe() const override { return destination::displayName(m_destination); }
    void deliver(const Message &message, std::function<void(const Outcome &)> done) override
    {
        received.append(message);
        const Outcome outcome =
            script.isEmpty() ? Outcome{Outcome::Kind::Delivered, {}, {}, 0} : script.takeFirst();
        if (outcome.kind == Outcome::Kind::Delivered || !answer) {
            // The remote got it (a repeat of a known key creates nothing new).
            if (!m_remote.byKey.contains(message.idempotencyKey)) {
                if (message.remoteId.isEmpty()) // an update of a known one creates nothing
                    ++m_remote.created;
                m_remote.byKey.insert(message.idempotencyKey,
                                      message.remoteId.isEmpty()
                                          ? QStringLiteral("remote-%1").arg(m_remote.created)
                                          : message.remoteId);
            }
        }
        if (!answer)
            return; // the answer never comes (the process dies before it)
        Outcome answered = outcome;
        if (answered.kind == Outcome::Kind::Delivered)
            answered.remoteId = m_remote.byKey.value(message.idempotencyKey);
        QTimer::singleShot(0, this, [done, answered]() { done(answered); });
    }

    QList<Outcome> script;
    QList<Message> received;
    bool answer = true;

private:
    Destination m_destination;
    Remote &m_remote;
};

class TestPublishers final : public Publishers
{
public:
    Publisher *publisher(Destination d) override { return configured.value(d); }
    QHash<Destination, Publisher *> configured;
};

// A status-page publisher for a worker's thread: counts what it receives and answers "delivered"
// (with its name as the remote id) at once, or only once `release` is set.
class CountingPublisher final : public QObject, public Publisher
{
public:
    CountingPublisher(QString name, std::atomic<int> &received, std::atomic<bool> *release)
        : m_name(std::move(name))
        , m_received(received)
        , m_release(release)
    {
    }
    Destination destination() const override { return Destination::StatusPage; }
    QString describe() const override { return m_name; }
    void deliver(const Message &, std::function<void(const Outcome &)> done) override
    {
        ++m_received;
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll, done]() {
            if (m_release && !*m_release)
                return;
            poll->deleteLater();
            done({Outcome::Kind::Delivered, m_name, {}, 0});
        });
        poll->start(5);
    }

private:
    QString m_name;
    std::atomic<int> &m_received;
    std::atomic<bool> *m_release;
};

PublishersFactory countingPublishers(const QString &name, std::atomic<int> &received,
                                     std::atomic<bool> *release)
{
    return [name, &received, release]() -> std::unique_ptr<Publishers> {
        struct Owned final : Publishers
        {
            Owned(const QString &n, std::atomic<int> &r, std::atomic<bool> *g)
                : page(n, r, g)
            {
            }
            Publisher *publisher(Destination d) override
            {
                return d == Destination::StatusPage ? &page : nullptr;
            }
            CountingPublisher page;
        };
        return std::make_unique<Owned>(name, received, release);
    };
}

Publisher::Outcome retryLater(const QString &message, int retryAfter = 0)
{
    return {Publisher::Outcome::Kind::RetryLater, {}, message, retryAfter};
}

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deliversAndReusesTheStatusPageIncident();
    void backoffScheduleWithJitter();
    void backoffFormula();
    void retryAfterIsHonouredForTheDestination();
    void refusedStopsRetries();
    void notConfiguredStaysQueued();
    void oneRequestPerDestinationAndPacing();
    void destroyedMidSendThenRestarted();
    void aDeadSendersRowIsResumedAtOnce();
    void aResumeTheOutboxCannotWriteIsReported();
    void claimantNamesItsProcess();
    void workerDeliversOnItsOwnThread();
    void workerSwapsPublishersAfterTheRequestInFlight();

private:
    qint64 publish(const QString &templateKey = QStringLiteral("progress-update"))
    {
        const qint64 draft = m_f->createDraft(m_incident, templateKey);
        if (draft <= 0 || !m_f->makeClean(draft) || !m_f->gate->approve(draft, QString(), kInes))
            return 0;
        const Result<qint64> p = m_f->gate->publish(draft, kInes);
        return p ? *p : 0;
    }
    OutboxRow rowOf(qint64 publicationId) const
    {
        return m_f->outbox->forPublication(publicationId).value().value(0);
    }
    std::unique_ptr<OutboxSender> sender(Publishers &publishers, const QString &claimant,
                                         OutboxSender::Policy policy = {})
    {
        return std::make_unique<OutboxSender>(
            *m_f->outbox, publishers, m_f->clock, [this]() { return m_random; }, claimant, policy);
    }

    std::unique_ptr<test::CommsFixture> m_f;
    qint64 m_incident = 0;
    double m_random = 0.5;
    Remote m_remote;
};

void TestOutboxSender::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
    m_incident = m_f->staffedIncident(Category::Outage);
    m_remote = Remote{};
    m_random = 0.5;
}

void TestOutboxSender::cleanup()
{
    m_f.reset();
}

void TestOutboxSender::deliversAndReusesTheStatusPageIncident()
{
    ScriptedPublisher page(Destination::StatusPage, m_remote);
    TestPublishers publishers;
    publishers.configured.insert(Destination::StatusPage, &page);
    auto s = sender(publishers, QStringLiteral("a"));
    QSignalSpy finished(s.get(), &OutboxSender::attemptFinished);

    const qint64 first = publish();
    QCOMPARE(s->workDueRows(), 1);
    QCOMPARE(s->inFlight(), 1);
    QCOMPARE(rowOf(first).state, DeliveryState::Sending);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).value<DeliveryState>(), DeliveryState::Sent);
    const OutboxRow sent = rowOf(first);
    QCOMPARE(sent.state, DeliveryState::Sent);
    QCOMPARE(sent.remoteId, QStringLiteral("remote-1"));
    const Publisher::Message m = page.received.constFirst();
    QCOMPARE(m.idempotencyKey, sent.idempotencyKey);
    QCOMPARE(m.incidentReference, QStringLiteral("INC-%1").arg(m_incident));
    QCOMPARE(m.statusPageStatus, QStringLiteral("investigating"));
    QVERIFY(m.remoteId.isEmpty()); // the first one creates the Statuspage incident
    QCOMPARE(m_f->lastEvent(m_incident).kind,
             QString::fromLatin1(eventkind::AnnouncementDelivered));

    // A later update of the same War Room incident updates the same Statuspage incident.
    m_f->clock.advanceSecs(60);
    const qint64 second = publish();
    QCOMPARE(s->workDueRows(), 1);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(page.received.at(1).remoteId, QStringLiteral("remote-1"));
    QCOMPARE(rowOf(second).remoteId, QStringLiteral("remote-1"));
    QCOMPARE(m_remote.created, 1);
}

void TestOutboxSender::backoffScheduleWithJitter()
{
    ScriptedPublisher page(Destination::StatusPage, m_remote);
    for (int i = 0; i < 4; ++i)
        page.script.append(retryLater(QStringLiteral("HTTP 503: try again")));
    TestPublishers publishers;
    publishers.configured.insert(Destination::StatusPage, &page);
    OutboxSender::Policy policy;
    policy.maxAttempts = 4;
    auto s = sender(publishers, QStringLiteral("a"), policy);
    QSignalSpy finished(s.get(), &OutboxSender::attemptFinished);
    const qint64 p = publish();

    // 15 s, 30 s, 60 s, each times the jitter factor 0.5 + random / 2 (0.75 here, then 0.5).
    const QList<qint64> expectedMs{11250, 22500, 45000};
    for (int attempt = 1; attempt <= 3; ++attempt) {
        if (attempt == 3)
            m_random = 0.0;
        QCOMPARE(s->workDueRows(), 1);
        QTRY_COMPARE(finished.count(), attempt);
        const OutboxRow row = rowOf(p);
        QCOMPARE(row.state, DeliveryState::Retrying);
        QCOMPARE(row.attempts, attempt);
        QCOMPARE(row.lastMessage, QStringLiteral("HTTP 503: try again"));
        const qint64 wait = attempt == 3 ? 30000 : expectedMs.at(attempt - 1);
        QCOMPARE(row.nextAttemptAt, m_f->clock.nowUtc().addMSecs(wait));
        QCOMPARE(s->nextWake(), QDateTime()); // set by the next workDueRows
        // Not a moment early.
        m_f->clock.advanceMSecs(wait - 1);
        QCOMPARE(s->workDueRows(), 0);
        QCOMPARE(s->nextWake(), m_f->clock.nowUtc().addMSecs(1));
        m_f->clock.advanceMSecs(1);
    }
    QCOMPARE(s->workDueRows(), 1);
    QTRY_COMPARE(finished.count(), 4);
    const OutboxRow failed = rowOf(p);
    QCOMPARE(failed.state, DeliveryState::Failed);
    QCOMPARE(failed.lastMessage, QStringLiteral("gave up after 4 attempts: HTTP 503: try again"));
    QCOMPARE(page.received.size(), 4);
    // The first retry and the failure are on the timeline; the other retries are not.
    const QStringList kinds = m_f->eventKinds(m_incident);
    QCOMPARE(kinds.count(QString::fromLatin1(eventkind::AnnouncementDeliveryRetrying)), 1);
    QCOMPARE(kinds.constLast(), QString::fromLatin1(eventkind::AnnouncementDeliveryFailed));
    m_f->clock.advanceSecs(24 * 3600);
    QCOMPARE(s->workDueRows(), 0);
}

void TestOutboxSender::backoffFormula()
{
    OutboxSender::Policy policy;
    QCOMPARE(OutboxSender::backoffMSecs(policy, 1, 0.0), 7500);
    QCOMPARE(OutboxSender::backoffMSecs(policy, 1, 0.999999), 14999);
    QCOMPARE(OutboxSender::backoffMSecs(policy, 2, 0.0), 15000);
    QCOMPARE(OutboxSender::backoffMSecs(policy, 4, 0.0), 60000);
    // Capped at 30 minutes however many attempts.
    QCOMPARE(OutboxSender::backoffMSecs(policy, 40, 0.0), 15 * 60 * 1000);
}

void TestOutboxSender::retryAfterIsHonouredForTheDestination()
{
    ScriptedPublisher page(Destination::StatusPage, m_remote);
    page.script.append(retryLater(QStringLiteral("HTTP 429: rate limited"), 120));
    TestPublishers publishers;
    publishers.configured.insert(Destination::StatusPage, &page);
    auto s = sender(publishers, QStringLiteral("a"));
    QSignalSpy finished(s.get(), &OutboxSender::attemptFinished);
    const qint64 limited = publish();
    QCOMPARE(s->workDueRows(), 1);
    QTRY_COMPARE(finished.count(), 1);
    const QDateTime at = m_f->clock.nowUtc();
    QCOMPARE(rowOf(limited).nextAttemptAt, at.addSecs(120));
    // Another status page row is held back too: the rate limit is the service's.
    const qint64 other = publish();
    m_f->clock.advanceSecs(60);
    QCOMPARE(s->workDueRows(), 0);
    QCOMPARE(rowOf(other).state, DeliveryState::Queued);
    QCOMPARE(s->nextWake(), at.addSecs(120));
    m_f->clock.advanceSecs(60);
    QCOMPARE(s->workDueRows(), 1); // one at a time
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(rowOf(limited).state, DeliveryState::Sent);
}

void TestOutboxSender::refusedStopsRetries()
{
    ScriptedPublisher page(Destination::StatusPage, m_remote);
    page.script.append(
        {Publisher::Outcome::Kind::Refused, {}, QStringLiteral("HTTP 401: bad key"), 0});
    TestPublishers publishers;
    publishers.configured.insert(Destination::StatusPage, &page);
    auto s = sender(publishers, QStringLiteral("a"));
    QSignalSpy finished(s.get(), &OutboxSender::attemptFinished);
    const qint64 p = publish();
    QCOMPARE(s->workDueRows(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).value<DeliveryState>(), DeliveryState::Failed);
    const OutboxRow row = rowOf(p);
    QCOMPARE(row.state, DeliveryState::Failed);
    QCOMPARE(row.attempts, 1);
    QCOMPARE(row.lastMessage, QStringLiteral("HTTP 401: bad key"));
    m_f->clock.advanceSecs(3600);
    QCOMPARE(s->workDueRows(), 0);
    QCOMPARE(page.received.size(), 1);
    // A person re-queues it: it goes again, with the same key.
    QVERIFY(m_f->outbox->retry(row.id, kInes));
    QCOMPARE(s->workDueRows(), 1);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(rowOf(p).state, DeliveryState::Sent);
    QCOMPARE(page.received.at(1).idempotencyKey, row.idempotencyKey);
}

void TestOutboxSender::notConfiguredStaysQueued()
{
    QVERIFY(m_f->importKeyAccounts());
    ScriptedPublisher page(Destination::StatusPage, m_remote);
    TestPublishers publishers; // no email here
    publishers.configured.insert(Destination::StatusPage, &page);
    auto s = sender(publishers, QStringLiteral("a"));
    QSignalSpy finished(s.get(), &OutboxSender::attemptFinished);
    const qint64 email = publish(QStringLiteral("proactive-email"));
    const qint64 page1 = publish();
    QCOMPARE(s->workDueRows(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(rowOf(page1).state, DeliveryState::Sent);
    QCOMPARE(s->notConfigured().size(), 8);
    const QList<OutboxRow> emailRows = m_f->outbox->forPublication(email).value();
    for (const OutboxRow &r : emailRows) {
        QCOMPARE(r.state, DeliveryState::Queued);
        QCOMPARE(r.attempts, 0);
    }
    m_f->clock.advanceSecs(3600);
    QCOMPARE(s->workDueRows(), 0);
    QCOMPARE(s->notConfigured().size(), 8);
    QCOMPARE(s->notConfigured().constFirst().destination, Destination::Email);
}

void TestOutboxSender::oneRequestPerDestinationAndPacing()
{
    ScriptedPublisher page(Destination::StatusPage, m_remote);
    TestPublishers publishers;
    publishers.configured.insert(Destination::StatusPage, &page);
    auto s = sender(publishers, QStringLiteral("a"));
    QSignalSpy finished(s.get(), &OutboxSender::attemptFinished);
    const qint64 first = publish();
    const qint64 second = publish();
    QCOMPARE(s->workDueRows(), 1);
    QCOMPARE(s->workDueRows(), 0); // the first is still in flight
    QTRY_COMPARE(finished.count(), 1);
    // Answered at once, but Statuspage takes about one request a second.
    QCOMPARE(s->workDueRows(), 0);
    QCOMPARE(s->nextWake(), m_f->clock.nowUtc().addSecs(1));
    m_f->clock.advanceMSecs(999);
    QCOMPARE(s->workDueRows(), 0);
    m_f->clock.advanceMSecs(1);
    QCOMPARE(s->workDueRows(), 1);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(rowOf(first).state, DeliveryState::Sent);
    QCOMPARE(rowOf(second).state, DeliveryState::Sent);
}

// The process dies while a request is out: the row stays "sending" under a claim that runs out;
// the next sender repeats it with the same idempotency key, and the remote, which may already
// have it, does not create it twice. One delivered event, no loss.
void TestOutboxSender::destroyedMidSendThenRestarted()
{
    const qint64 p = publish();
    const QString key = rowOf(p).idempotencyKey;
    {
        auto page = std::make_unique<ScriptedPublisher>(Destination::StatusPage, m_remote);
        page->answer = false;
        TestPublishers publishers;
        publishers.configured.insert(Destination::StatusPage, page.get());
        auto s = sender(publishers, QStringLiteral("dies"));
        QCOMPARE(s->workDueRows(), 1);
        QCOMPARE(page->received.size(), 1);
    }                              // sender and publishers gone without an answer
    QCOMPARE(m_remote.created, 1); // the remote had it
    QCOMPARE(rowOf(p).state, DeliveryState::Sending);

    ScriptedPublisher page(Destination::StatusPage, m_remote);
    TestPublishers publishers;
    publishers.configured.insert(Destination::StatusPage, &page);
    auto restarted = sender(publishers, QStringLiteral("restarted"));
    QSignalSpy finished(restarted.get(), &OutboxSender::attemptFinished);
    QCOMPARE(restarted->workDueRows(), 0); // the claim still holds: it may be alive elsewhere
    QCOMPARE(restarted->nextWake(), m_f->clock.nowUtc().addSecs(OutboxSender::Policy{}.claimSecs));
    m_f->clock.advanceSecs(OutboxSender::Policy{}.claimSecs);
    QCOMPARE(restarted->workDueRows(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(page.received.constFirst().idempotencyKey, key);
    const OutboxRow row = rowOf(p);
    QCOMPARE(row.state, DeliveryState::Sent);
    QCOMPARE(row.attempts, 2);
    QCOMPARE(row.remoteId, QStringLiteral("remote-1"));
    QCOMPARE(m_remote.created, 1);
    QCOMPARE(
        m_f->eventKinds(m_incident).count(QString::fromLatin1(eventkind::AnnouncementDelivered)),
        1);
}

// A sender whose process is known to be gone (killed mid-send) does not hold its rows until the
// claim runs out; one still alive does.
void TestOutboxSender::aDeadSendersRowIsResumedAtOnce()
{
    const qint64 p = publish();
    const qint64 q = publish();
    QVERIFY(p > 0 && q > 0);
    const OutboxRow first = rowOf(p);
    const OutboxRow second = rowOf(q);
    const QDateTime until = m_f->clock.nowUtc().addSecs(OutboxSender::Policy{}.claimSecs);
    QVERIFY(m_f->outbox->claim(first.id, QStringLiteral("dead"), m_f->clock.nowUtc(), until));
    QVERIFY(m_f->outbox->claim(second.id, QStringLiteral("alive"), m_f->clock.nowUtc(), until));
    m_remote.byKey.insert(first.idempotencyKey, QStringLiteral("remote-0")); // it got there
    m_remote.created = 1;

    ScriptedPublisher page(Destination::StatusPage, m_remote);
    TestPublishers publishers;
    publishers.configured.insert(Destination::StatusPage, &page);
    OutboxSender::Policy policy;
    QStringList asked;
    policy.claimantGone = [&asked](const QString &claimant) {
        asked.append(claimant);
        return claimant == QStringLiteral("dead");
    };
    auto restarted = sender(publishers, QStringLiteral("restarted"), policy);
    QSignalSpy finished(restarted.get(), &OutboxSender::attemptFinished);
    QCOMPARE(restarted->workDueRows(), 1); // only the dead sender's row, and at once
    QVERIFY(asked.contains(QStringLiteral("dead")));
    QVERIFY(asked.contains(QStringLiteral("alive")));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(page.received.size(), 1);
    QCOMPARE(page.received.constFirst().idempotencyKey, first.idempotencyKey);
    const OutboxRow resumed = m_f->outbox->row(first.id).value();
    QCOMPARE(resumed.state, DeliveryState::Sent);
    QCOMPARE(resumed.attempts, 2);
    QCOMPARE(resumed.remoteId, QStringLiteral("remote-0"));
    QCOMPARE(m_remote.created, 1); // nothing created twice
    const OutboxRow held = m_f->outbox->row(second.id).value();
    QCOMPARE(held.state, DeliveryState::Sending);
    QCOMPARE(held.claimedBy, QStringLiteral("alive"));

    // Releasing is refused once another sender holds the row.
    QVERIFY(!m_f->outbox->releaseAbandoned(second.id, QStringLiteral("dead"), QStringLiteral("x")));
    QCOMPARE(m_f->outbox->row(second.id).value().state, DeliveryState::Sending);
}

// Resuming a dead sender's row is a write; when the outbox refuses it (here: the connection made
// read-only), the sender says so through problem(), naming the row, and starts nothing in that
// round. Once the database takes writes again, the row is resumed.
void TestOutboxSender::aResumeTheOutboxCannotWriteIsReported()
{
    const qint64 p = publish();
    QVERIFY(p > 0);
    const OutboxRow row = rowOf(p);
    const QDateTime until = m_f->clock.nowUtc().addSecs(OutboxSender::Policy{}.claimSecs);
    QVERIFY(m_f->outbox->claim(row.id, QStringLiteral("dead"), m_f->clock.nowUtc(), until));

    ScriptedPublisher page(Destination::StatusPage, m_remote);
    TestPublishers publishers;
    publishers.configured.insert(Destination::StatusPage, &page);
    OutboxSender::Policy policy;
    policy.claimantGone = [](const QString &claimant) {
        return claimant == QStringLiteral("dead");
    };
    auto s = sender(publishers, QStringLiteral("restarted"), policy);
    QSignalSpy problems(s.get(), &OutboxSender::problem);
    QSignalSpy finished(s.get(), &OutboxSender::attemptFinished);

    QVERIFY(m_f->database->exec(QStringLiteral("PRAGMA query_only = ON")));
    QCOMPARE(s->workDueRows(), 0);
    QCOMPARE(problems.count(), 1);
    const QString message = problems.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Could not resume outbox row %1 left by a sender "
                                               "that stopped mid-send (dead): ")
                                    .arg(row.id)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
    QCOMPARE(page.received.size(), 0);
    QCOMPARE(m_f->outbox->row(row.id).value().claimedBy, QStringLiteral("dead"));

    QVERIFY(m_f->database->exec(QStringLiteral("PRAGMA query_only = OFF")));
    QCOMPARE(s->workDueRows(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(problems.count(), 1);
    QCOMPARE(m_f->outbox->row(row.id).value().state, DeliveryState::Sent);
}

// The claimant names this machine and process; a process that has exited is gone, this one and
// a claim from another machine or an older War Room are not (the claim's end decides those).
void TestOutboxSender::claimantNamesItsProcess()
{
    const QString mine = outboxclaimant::forThisProcess(QStringLiteral("warroomctl"));
    QVERIFY2(mine.startsWith(QStringLiteral("warroomctl@")), qPrintable(mine));
    QVERIFY(mine.contains(QStringLiteral(":%1:").arg(QCoreApplication::applicationPid())));
    QVERIFY(mine != outboxclaimant::forThisProcess(QStringLiteral("warroomctl")));
    QVERIFY(!outboxclaimant::isGone(mine));

    QProcess exited;
    exited.start(QStringLiteral("true"), {});
    QVERIFY(exited.waitForStarted());
    const qint64 pid = exited.processId();
    QVERIFY(exited.waitForFinished());
    QString dead = mine;
    dead.replace(QStringLiteral(":%1:").arg(QCoreApplication::applicationPid()),
                 QStringLiteral(":%1:").arg(pid));
    QVERIFY2(outboxclaimant::isGone(dead), qPrintable(dead));

    QString elsewhere = dead;
    elsewhere.replace(elsewhere.indexOf(QLatin1Char('@')) + 1,
                      elsewhere.indexOf(QLatin1Char(':')) - elsewhere.indexOf(QLatin1Char('@')) - 1,
                      QStringLiteral("another-host"));
    QVERIFY2(!outboxclaimant::isGone(elsewhere), qPrintable(elsewhere));
    QVERIFY(!outboxclaimant::isGone(QStringLiteral("warroomctl-%1-abc").arg(pid))); // old form
    QVERIFY(!outboxclaimant::isGone(QString()));
}

void TestOutboxSender::workerDeliversOnItsOwnThread()
{
    const qint64 p = publish();
    const QString path = m_f->database->config().sqlitePath;
    Remote remote;
    const QThread *testThread = QThread::currentThread();
    std::atomic<bool> openedElsewhere = false;
    OutboxWorker worker(
        [&]() -> Result<std::unique_ptr<OutboxQueue>> {
            openedElsewhere = QThread::currentThread() != testThread;
            Result<std::unique_ptr<OutboxConnection>> c =
                OutboxConnection::open(DatabaseConfig::sqlite(path), m_f->clock);
            if (!c)
                return c.error();
            return std::unique_ptr<OutboxQueue>(std::move(c).value());
        },
        [&remote]() -> std::unique_ptr<Publishers> {
            struct Owned final : Publishers
            {
                explicit Owned(Remote &r)
                    : page(Destination::StatusPage, r)
                {
                }
                Publisher *publisher(Destination d) override
                {
                    return d == Destination::StatusPage ? &page : nullptr;
                }
                ScriptedPublisher page;
            };
            return std::make_unique<Owned>(remote);
        },
        m_f->clock, QStringLiteral("worker"), []() { return 0.5; });
    QSignalSpy finished(&worker, &OutboxWorker::attemptFinished);
    QSignalSpy problems(&worker, &OutboxWorker::problem);
    worker.start(50);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(openedElsewhere);
    QCOMPARE(problems.count(), 0);
    worker.stop();
    QCOMPARE(rowOf(p).state, DeliveryState::Sent);
    QCOMPARE(remote.created, 1);
}

// New channel settings while a request is in flight (the preferences saved): the request ends
// through the old publishers and its outcome is stored; only then do the new ones take over. The
// row is neither lost nor sent twice.
void TestOutboxSender::workerSwapsPublishersAfterTheRequestInFlight()
{
    // Two rows for the status page: one request at a time, so the second waits for the first.
    const qint64 first = publish();
    const qint64 second = publish();
    QVERIFY(first > 0 && second > 0);
    const QString path = m_f->database->config().sqlitePath;
    std::atomic<int> oldReceived = 0;
    std::atomic<int> newReceived = 0;
    std::atomic<bool> release = false;
    OutboxWorker worker(
        [&]() -> Result<std::unique_ptr<OutboxQueue>> {
            Result<std::unique_ptr<OutboxConnection>> c =
                OutboxConnection::open(DatabaseConfig::sqlite(path), m_f->clock);
            if (!c)
                return c.error();
            return std::unique_ptr<OutboxQueue>(std::move(c).value());
        },
        countingPublishers(QStringLiteral("old"), oldReceived, &release), m_f->clock,
        QStringLiteral("worker"), []() { return 0.5; });
    QSignalSpy finished(&worker, &OutboxWorker::attemptFinished);
    QSignalSpy replaced(&worker, &OutboxWorker::publishersReplaced);
    worker.start(20);
    QTRY_COMPARE(oldReceived.load(), 1);

    worker.setPublishers(countingPublishers(QStringLiteral("new"), newReceived, nullptr));
    worker.wake();
    QTest::qWait(200); // several polls: nothing new starts while the old request is in flight
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(newReceived.load(), 0);
    const QList<DeliveryState> waiting{rowOf(first).state, rowOf(second).state};
    QCOMPARE(waiting.count(DeliveryState::Sending), 1);
    QCOMPARE(waiting.count(DeliveryState::Queued), 1);

    release = true;
    QTRY_COMPARE(replaced.count(), 1);
    QTRY_COMPARE(finished.count(), 2);
    worker.stop();
    QCOMPARE(oldReceived.load(), 1);
    QCOMPARE(newReceived.load(), 1);
    const OutboxRow a = rowOf(first);
    const OutboxRow b = rowOf(second);
    QCOMPARE(a.state, DeliveryState::Sent);
    QCOMPARE(b.state, DeliveryState::Sent);
    QCOMPARE(a.attempts, 1);
    QCOMPARE(b.attempts, 1);
    QCOMPARE(QSet<QString>({a.remoteId, b.remoteId}),
             QSet<QString>({QStringLiteral("old"), QStringLiteral("new")}));
}

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
