#include "core/base/clock.h"
#include "models/incidents/incidentlistmodel.h"
#include "pgtestsupport.h"
#include "privatecluster.h"
#include "storage/comms/outboxconnection.h"
#include "storage/db/database.h"
#include "storage/db/serverlink.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/common/offlinebanner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <thread>

using namespace warroom;

namespace {

// How long the GUI thread's event loop went without running, measured by a timer that asks to
// run every 5 ms: the longest gap between two runs.
class EventLoopLatency : public QObject
{
public:
    EventLoopLatency()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longestMs = qMax(m_longestMs, m_sinceLast.restart()); });
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longestMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longestMs = 0;
};

} // namespace

// A shared war room whose server goes away (docs/shared-mode.md, "When the server goes away"):
// a paused server (SIGSTOP) and a restarted one, on a cluster of this test's own.
class TestServerOutage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aPausedServerIsShownOfflineAndEditsAreRefused();
    void aRestartLosesNoAcknowledgedChangeAndResynchronises();
    void aDroppedConnectionIsOpenedAgainAndListensAgain();
    void aCommitWhoseAnswerIsLostIsNotReportedUnsaved();
    void warroomctlFailsFastOnAPausedServer();

private:
    DatabaseConfig freshSchema() const
    {
        return DatabaseConfig::postgres(
            m_cluster->url(),
            QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16).toLower());
    }
    std::unique_ptr<Workspace> seat(const DatabaseConfig &config, Workspace::Watch watch,
                                    LinkTiming timing = {})
    {
        auto workspace = Workspace::open(config, m_clock, std::nullopt, watch, timing);
        if (!workspace) {
            qWarning("%s", qPrintable(workspace.error().message));
            return nullptr;
        }
        return std::move(workspace).value();
    }
    // Fast enough for a test; never retries by itself, so the test decides when (retryNow()).
    static LinkTiming testTiming()
    {
        LinkTiming timing;
        timing.pingEveryMs = 100;
        timing.answerWithinMs = 1000;
        timing.firstRetryMs = timing.maxRetryMs = 600000;
        return timing;
    }

    ManualClock m_clock{test::testStart()};
    std::unique_ptr<test::PrivateCluster> m_cluster;
};

void TestServerOutage::initTestCase()
{
    WARROOM_REQUIRE_PG();
    m_cluster = std::make_unique<test::PrivateCluster>();
    QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
}

void TestServerOutage::aPausedServerIsShownOfflineAndEditsAreRefused()
{
    auto seatA = seat(freshSchema(), Workspace::Watch::OtherProcesses, testTiming());
    QVERIFY(seatA);
    ServerLink *link = seatA->serverLink();
    QVERIFY(link);
    QSignalSpy offline(link, &ServerLink::offline);
    QSignalSpy online(link, &ServerLink::online);
    const Result<qint64> incident =
        seatA->incidents().declare(test::validFields(), QStringLiteral("ann"));
    QVERIFY(incident);
    OfflineBanner banner(*link, m_clock);
    QVERIFY(banner.isHidden());
    // The outbox sender's connection of its own (on a thread in the app; here it only has to
    // share the seat's reachability).
    auto outbox = OutboxConnection::open(seatA->database().config(), m_clock);
    QVERIFY(outbox);
    QVERIFY(outbox.value()->due(m_clock.nowUtc()));
    // The watch is connected and has heard the server (its first connection is not what is
    // tested here).
    QSignalSpy heard(link, &ServerLink::heard);
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);

    QVERIFY(m_cluster->pause());
    // A failing check must not leave the server paused for the seat's end and the next test.
    const auto resume = qScopeGuard([this] { m_cluster->resume(); });
    const EventLoopLatency latency;
    // Within 5 s, as the issue asks: ping interval + answer time, here 1.1 s.
    QTRY_COMPARE_WITH_TIMEOUT(offline.size(), 1, 5000);
    QVERIFY(link->isOffline());
    QVERIFY(!banner.isHidden());
    QVERIFY2(banner.text().startsWith(QLatin1String("OFFLINE")), qPrintable(banner.text()));

    // Edits and reads are refused at once, saying why; nothing waits on the paused server.
    const Result<void> note = seatA->incidents().addNote(incident.value(), QStringLiteral("lost?"),
                                                         QStringLiteral("ann"));
    QVERIFY(!note);
    QCOMPARE(note.error().code, Error::Code::Offline);
    QVERIFY2(note.error().message.contains(QLatin1String("Nothing was sent")),
             qPrintable(note.error().message));
    QCOMPARE(seatA->incidents().incident(incident.value()).error().code, Error::Code::Offline);
    QTest::qWait(300); // the window keeps running while the server stays paused
    QVERIFY2(latency.longestMs() < 100,
             qPrintable(QStringLiteral("the event loop stalled for %1 ms while the server was "
                                       "paused")
                            .arg(latency.longestMs())));

    QVERIFY(m_cluster->resume());
    // The banner's "Try now" link, not the next retry (ten minutes away here).
    banner.activateWindow();
    banner.setFocus();
    QTest::keyClick(&banner, Qt::Key_Tab);    // to the link
    QTest::keyClick(&banner, Qt::Key_Return); // follows it
    QTRY_COMPARE_WITH_TIMEOUT(online.size(), 1, 10000);
    QVERIFY(!link->isOffline());
    QVERIFY(banner.text().startsWith(QLatin1String("Back online")));
    // The sender's connection, cut while it was idle, is opened again before its next statement:
    // no failed attempt first.
    const Result<QList<OutboxRow>> due = outbox.value()->due(m_clock.nowUtc());
    QVERIFY2(due, due ? "" : qPrintable(due.error().message));
    // The refused note was never written; a new one is.
    QVERIFY(seatA->incidents().addNote(incident.value(), QStringLiteral("after"),
                                       QStringLiteral("ann")));
    const Result<QList<TimelineEvent>> timeline = seatA->incidents().timeline(incident.value());
    QVERIFY(timeline);
    QStringList notes;
    for (const TimelineEvent &event : timeline.value())
        if (event.kind == QLatin1String("note"))
            notes.append(event.payload.value(QLatin1String("text")).toString());
    QCOMPARE(notes, QStringList{QStringLiteral("after")});
}

void TestServerOutage::aRestartLosesNoAcknowledgedChangeAndResynchronises()
{
    const DatabaseConfig config = freshSchema();
    auto seatA = seat(config, Workspace::Watch::OtherProcesses, testTiming());
    QVERIFY(seatA);
    ServerLink *link = seatA->serverLink();
    QSignalSpy offline(link, &ServerLink::offline);
    QSignalSpy online(link, &ServerLink::online);
    IncidentListModel list(seatA->incidents(), seatA->playbookStore(), m_clock,
                           IncidentListModel::Closed::ReadWhenAsked);
    const Result<qint64> first =
        seatA->incidents().declare(test::validFields(), QStringLiteral("ann"));
    QVERIFY(first);
    QVERIFY(seatA->incidents().addNote(first.value(), QStringLiteral("acknowledged"),
                                       QStringLiteral("ann")));
    QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 1, 5000);
    QSignalSpy heard(link, &ServerLink::heard);
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);

    QVERIFY(m_cluster->restart());
    QTRY_COMPARE_WITH_TIMEOUT(offline.size(), 1, 5000);

    // Another seat changes the war room while this one is offline: no notification reaches it.
    auto seatB = seat(config, Workspace::Watch::No);
    QVERIFY(seatB);
    IncidentFields fields = test::validFields();
    fields.title = QStringLiteral("Declared while the other seat was offline");
    const Result<qint64> second = seatB->incidents().declare(fields, QStringLiteral("bo"));
    QVERIFY(second);
    QVERIFY(link->isOffline());
    QCOMPARE(list.rowCount(), 1);

    link->retryNow();
    QTRY_COMPARE_WITH_TIMEOUT(online.size(), 1, 10000);
    // Everything changed meanwhile was read again; what was acknowledged before is all there.
    QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 2, 5000);
    const Result<QList<TimelineEvent>> timeline = seatA->incidents().timeline(first.value());
    QVERIFY(timeline);
    QCOMPARE(timeline.value().constLast().payload.value(QLatin1String("text")).toString(),
             QStringLiteral("acknowledged"));
    // The seat listens again: its next change reaches the other seat, and the other's reaches it.
    QVERIFY(seatA->incidents().addNote(second.value(), QStringLiteral("after the restart"),
                                       QStringLiteral("ann")));
    QCOMPARE(seatB->incidents().timeline(second.value()).value().constLast().kind,
             QStringLiteral("note"));
    QSignalSpy declared(&seatA->incidents(), &IncidentStore::incidentDeclared);
    QVERIFY(seatB->incidents().declare(test::validFields(), QStringLiteral("bo")));
    QTRY_COMPARE_WITH_TIMEOUT(declared.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 3, 5000);
}

// The server ends this seat's session alone (an administrator, idle_session_timeout, a pooler or
// NAT reset) while it still answers the watch: the seat must not go on without listening.
void TestServerOutage::aDroppedConnectionIsOpenedAgainAndListensAgain()
{
    const DatabaseConfig config = freshSchema();
    auto seatA = seat(config, Workspace::Watch::OtherProcesses, testTiming());
    QVERIFY(seatA);
    ServerLink *link = seatA->serverLink();
    QSignalSpy offline(link, &ServerLink::offline);
    QSignalSpy online(link, &ServerLink::online);
    auto seatB = seat(config, Workspace::Watch::No);
    QVERIFY(seatB);
    qint64 backend = 0;
    {
        Result<QSqlQuery> pid = seatA->database().exec(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid && pid.value().next());
        backend = pid.value().value(0).toLongLong();
    }
    Result<QSqlQuery> ended =
        seatB->database().exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {backend});
    QVERIFY(ended && ended.value().next() && ended.value().value(0).toBool());

    // Noticed when the watch next hears the server (or at the seat's next statement), then
    // opened again, listening again, everything read again.
    QTRY_COMPARE_WITH_TIMEOUT(offline.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(online.size(), 1, 5000);
    QSignalSpy declared(&seatA->incidents(), &IncidentStore::incidentDeclared);
    const Result<qint64> incident =
        seatB->incidents().declare(test::validFields(), QStringLiteral("bo"));
    QVERIFY(incident);
    QTRY_COMPARE_WITH_TIMEOUT(declared.size(), 1, 5000);
    QVERIFY(seatA->incidents().incident(incident.value()));
}

// The connection dies while the server commits (here: the COMMIT waits for a standby that never
// comes, and the session is ended meanwhile): the change may be saved, so the seat must not say
// "nothing was written".
void TestServerOutage::aCommitWhoseAnswerIsLostIsNotReportedUnsaved()
{
    const DatabaseConfig config = freshSchema();
    auto seatA = seat(config, Workspace::Watch::No);
    QVERIFY(seatA);
    const Result<qint64> incident =
        seatA->incidents().declare(test::validFields(), QStringLiteral("ann"));
    QVERIFY(incident);
    QVERIFY(test::execOn(m_cluster->url(),
                         QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'nobody'")));
    QVERIFY(test::execOn(m_cluster->url(), QStringLiteral("SELECT pg_reload_conf()")));
    const auto restore = qScopeGuard([this] {
        test::execOn(m_cluster->url(),
                     QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names"));
        test::execOn(m_cluster->url(), QStringLiteral("SELECT pg_reload_conf()"));
    });
    // The reload reaches the seat's session asynchronously: wait until it sees the setting.
    const auto standbys = [&seatA] {
        Result<QSqlQuery> shown =
            seatA->database().exec(QStringLiteral("SHOW synchronous_standby_names"));
        return shown && shown.value().next() ? shown.value().value(0).toString() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(standbys(), QStringLiteral("nobody"), 10000);
    // Another session ends the one waiting in its COMMIT as soon as it waits.
    const QString url = m_cluster->url();
    // Each look is a connection and a query of its own (that paces it; no sleeping): it ends the
    // session as soon as one waits for the standby (execOn is true once a row came back).
    std::thread terminator([url] {
        for (int look = 0; look < 5000; ++look) {
            if (test::execOn(url, QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                                 "pg_stat_activity WHERE wait_event = 'SyncRep'")))
                return;
        }
    });
    const Result<void> note = seatA->incidents().addNote(
        incident.value(), QStringLiteral("was it saved?"), QStringLiteral("ann"));
    terminator.join();
    QVERIFY(!note);
    QCOMPARE(note.error().code, Error::Code::Offline);
    QVERIFY2(note.error().message.contains(QLatin1String("not known")),
             qPrintable(note.error().message));
    // It was saved: the server committed locally before the session ended.
    auto seatB = seat(config, Workspace::Watch::No);
    QVERIFY(seatB);
    const Result<QList<TimelineEvent>> timeline = seatB->incidents().timeline(incident.value());
    QVERIFY(timeline);
    QCOMPARE(timeline.value().constLast().payload.value(QLatin1String("text")).toString(),
             QStringLiteral("was it saved?"));
}

void TestServerOutage::warroomctlFailsFastOnAPausedServer()
{
    const DatabaseConfig config = freshSchema();
    QVERIFY(seat(config, Workspace::Watch::No)); // creates the schema
    QVERIFY(m_cluster->pause());
    const auto resume = qScopeGuard([this] { m_cluster->resume(); });
    QProcess ctl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WARROOM_SERVER"), config.serverUrl);
    environment.insert(QStringLiteral("WARROOM_SCHEMA"), config.schema);
    // libpq's own variable; the shortest wait libpq allows.
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("2"));
    ctl.setProcessEnvironment(environment);
    ctl.start(qEnvironmentVariable("WARROOMCTL"), {QStringLiteral("list")});
    const bool finished = ctl.waitForFinished(60000);
    QVERIFY(m_cluster->resume());
    QVERIFY(finished);
    QCOMPARE(ctl.exitStatus(), QProcess::NormalExit);
    QVERIFY(ctl.exitCode() != 0);
    QCOMPARE(ctl.readAllStandardOutput(), QByteArray());
    const QString error = QString::fromUtf8(ctl.readAllStandardError()).trimmed();
    QVERIFY2(!error.isEmpty() && !error.contains(QLatin1Char('\n')), qPrintable(error));
    QVERIFY2(error.contains(config.schema), qPrintable(error));
}

QTEST_MAIN(TestServerOutage)
#include "tst_serveroutage.moc"
