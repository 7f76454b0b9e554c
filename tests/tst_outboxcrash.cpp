// The outbox sender killed mid-send as a process (docs/outbox.md, "Crash safety"): the real
// warroomctl binary works the outbox against a Statuspage-compatible loopback server, is SIGKILLed
// while its request is in flight, and a second run resumes the row at once (the dead process's
// claim is recognised), finds the incident the first attempt created by its idempotency key, and
// creates nothing twice. The test never reads the wall clock; warroomctl runs on its own.
#include "commstestsupport.h"
#include "loopbackhttpserver.h"
#include "warroomctlprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <signal.h>

using namespace warroom;
using Response = test::LoopbackHttpServer::Response;

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedMidSendThenResumedWithoutDuplicate();

private:
    QProcessEnvironment environment(const test::LoopbackHttpServer &server,
                                    const QTemporaryDir &dir) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QStringLiteral("WARROOM_")))
                env.remove(name);
        }
        env.insert(QStringLiteral("WARROOM_AUTHOR"), QStringLiteral("Ines"));
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("WARROOM_STATUSPAGE_BASE_URL"), server.url().toString());
        env.insert(QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID"), QStringLiteral("pg42"));
        env.insert(QStringLiteral("WARROOM_STATUSPAGE_API_KEY"), QStringLiteral("k-123"));
        return env;
    }
};

void TestOutboxCrash::killedMidSendThenResumedWithoutDuplicate()
{
    QVERIFY2(!test::warroomctlPath().isEmpty(), "WARROOMCTL is not set (tests/CMakeLists.txt)");
    test::CommsFixture f;
    QVERIFY(f.open());
    const qint64 incident = f.staffedIncident(Category::Outage);
    const qint64 draft = f.createDraft(incident, QStringLiteral("progress-update"));
    QVERIFY(draft > 0 && f.makeClean(draft));
    QVERIFY(f.gate->approve(draft, QString(), QStringLiteral("Ines")));
    const Result<qint64> published = f.gate->publish(draft, QStringLiteral("Ines"));
    QVERIFY(published);
    const OutboxRow queued = f.outbox->forPublication(*published).value().value(0);
    QCOMPARE(queued.destination, Destination::StatusPage);

    test::LoopbackHttpServer server;
    QVERIFY(server.listen());
    const QProcessEnvironment env = environment(server, f.dir);
    const QStringList run{
        QStringLiteral("--db"), f.database->location(),          QStringLiteral("outbox"),
        QStringLiteral("run"),  QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
        QStringLiteral("120")};

    // First run: the lookup finds nothing, the create reaches the server (which creates the
    // incident) and the answer never comes: the process is killed while it waits.
    server.enqueue(Response::json(200, "[]"));
    server.enqueue(Response::never());
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(test::warroomctlPath(), run);
    QVERIFY(first.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 60000);
    QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
    const QJsonObject created = QJsonDocument::fromJson(server.requests().at(1).body)
                                    .object()
                                    .value(QLatin1String("incident"))
                                    .toObject();
    QVERIFY(::kill(pid_t(first.processId()), SIGKILL) == 0);
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    const OutboxRow held = f.outbox->row(queued.id).value();
    QCOMPARE(held.state, DeliveryState::Sending);
    QVERIFY2(held.claimedBy.startsWith(QStringLiteral("warroomctl@")), qPrintable(held.claimedBy));

    // Second run, at once (the dead process's claim would otherwise hold the row for minutes):
    // the lookup lists the incident the killed attempt created, with its key, so nothing is
    // created again.
    QJsonObject remote{{QStringLiteral("id"), QStringLiteral("inc9abc")},
                       {QStringLiteral("name"), created.value(QLatin1String("name"))},
                       {QStringLiteral("status"), QStringLiteral("investigating")},
                       {QStringLiteral("metadata"), created.value(QLatin1String("metadata"))}};
    server.enqueue(
        Response::json(200, QJsonDocument(QJsonArray{remote}).toJson(QJsonDocument::Compact)));
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(test::warroomctlPath(), run);
    QVERIFY(second.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 60000);
    QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
             second.readAllStandardError().constData());
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(2).method, QByteArray("GET"));
    int creates = 0;
    for (const auto &request : server.requests())
        creates += request.method == "POST" ? 1 : 0;
    QCOMPARE(creates, 1);

    const OutboxRow sent = f.outbox->row(queued.id).value();
    QCOMPARE(sent.state, DeliveryState::Sent);
    QCOMPARE(sent.remoteId, QStringLiteral("inc9abc"));
    QCOMPARE(sent.attempts, 2);
    QVERIFY(sent.claimedBy.isEmpty());
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outboxcrash.moc"
