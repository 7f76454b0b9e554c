#include "core/base/clock.h"
#include "integrations/channels/statuspagepublisher.h"
#include "loopbackhttpserver.h"
#include "publishertestsupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace warroom;
using namespace warroom::test;
using Kind = Publisher::Outcome::Kind;
using Response = LoopbackHttpServer::Response;

class TestStatusPagePublisher : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC)};
    QNetworkAccessManager m_network;

    StatusPageSettings settings(const LoopbackHttpServer &server, const QString &prefix = {},
                                const QStringList &components = {}) const
    {
        return StatusPageSettings{server.url(prefix), QStringLiteral("pg7"),
                                  QStringLiteral("sekrit-key"), components};
    }

    static Publisher::Message message()
    {
        Publisher::Message m;
        m.outboxId = 11;
        m.publicationId = 5;
        m.incidentId = 42;
        m.incidentReference = QStringLiteral("INC-42");
        m.destination = Destination::StatusPage;
        m.idempotencyKey = QStringLiteral("wr-11-status");
        m.title = QStringLiteral("Login errors");
        m.body = QStringLiteral("We are investigating failed logins.");
        m.statusPageStatus = QStringLiteral("investigating");
        m.impact = QStringLiteral("major");
        return m;
    }

private slots:
    void createLooksUpFirstThenPosts()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(200, R"([{"id":"old1","metadata":{}}])"));
        server.enqueue(Response::json(201, R"({"id":"p1ncid","name":"Login errors"})"));
        StatusPagePublisher publisher(settings(server, {}, {"c1", "c2"}), m_network, 20000,
                                      m_clock);

        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Delivered");
        QCOMPARE(d.outcome.remoteId, QStringLiteral("p1ncid"));

        QCOMPARE(server.requests().size(), 2);
        const auto &lookup = server.requests().at(0);
        QCOMPARE(lookup.method, QByteArray("GET"));
        QCOMPARE(lookup.path, QByteArray("/v1/pages/pg7/incidents/unresolved"));
        QCOMPARE(lookup.headers.value("authorization"), QByteArray("OAuth sekrit-key"));

        const auto &create = server.requests().at(1);
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.path, QByteArray("/v1/pages/pg7/incidents"));
        QCOMPARE(create.headers.value("authorization"), QByteArray("OAuth sekrit-key"));
        QCOMPARE(create.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject expected = jsonObject(R"({"incident": {
            "name": "Login errors", "status": "investigating",
            "body": "We are investigating failed logins.", "impact_override": "major",
            "metadata": {"warroom": {"idempotency_key": "wr-11-status", "incident": "INC-42"}},
            "component_ids": ["c1", "c2"],
            "components": {"c1": "partial_outage", "c2": "partial_outage"}}})");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(jsonObject(create.body), expected);
    }

    void updateWithRemoteIdPatches()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(200, R"({"id":"p1ncid","status":"resolved"})"));
        StatusPagePublisher publisher(settings(server, QStringLiteral("/self-hosted/"), {"c1"}),
                                      m_network, 20000, m_clock);
        Publisher::Message m = message();
        m.remoteId = QStringLiteral("p1ncid");
        m.statusPageStatus = QStringLiteral("resolved");
        m.body = QStringLiteral("Fixed.");

        const Delivery d = deliverAndWait(publisher, m);
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Delivered");
        QCOMPARE(d.outcome.remoteId, QStringLiteral("p1ncid"));
        QCOMPARE(server.requests().size(), 1); // no lookup before an update
        const auto &patch = server.requests().at(0);
        QCOMPARE(patch.method, QByteArray("PATCH"));
        QCOMPARE(patch.path, QByteArray("/self-hosted/v1/pages/pg7/incidents/p1ncid"));
        QCOMPARE(patch.headers.value("authorization"), QByteArray("OAuth sekrit-key"));
        QCOMPARE(patch.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(jsonObject(patch.body), jsonObject(R"({"incident": {
            "status": "resolved", "body": "Fixed.", "impact_override": "major",
            "component_ids": ["c1"], "components": {"c1": "operational"}}})"));
    }

    void createThenUpdateReusesTheId()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(200, "[]"));
        server.enqueue(Response::json(201, R"({"id":"abc123"})"));
        server.enqueue(Response::json(200, R"({"id":"abc123"})"));
        StatusPagePublisher publisher(settings(server), m_network, 20000, m_clock);

        const Delivery created = deliverAndWait(publisher, message());
        QCOMPARE(kindName(created.outcome.kind), "Delivered");
        Publisher::Message next = message();
        next.idempotencyKey = QStringLiteral("wr-12-status");
        next.remoteId = created.outcome.remoteId;
        next.statusPageStatus = QStringLiteral("identified");
        const Delivery updated = deliverAndWait(publisher, next);
        QVERIFY(updated.once());
        QCOMPARE(kindName(updated.outcome.kind), "Delivered");
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests().at(2).path, QByteArray("/v1/pages/pg7/incidents/abc123"));
        // Without components configured, none are sent.
        const QJsonObject body =
            jsonObject(server.requests().at(2).body).value("incident").toObject();
        QVERIFY(!body.contains("components"));
        QVERIFY(!body.contains("component_ids"));
    }

    void lookupFindsTheIncidentAnEarlierAttemptCreated()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(200, R"([
            {"id": "other", "metadata": {"warroom": {"idempotency_key": "wr-10-status"}}},
            {"id": "nometa"},
            {"id": "found9", "metadata": {"warroom": {"idempotency_key": "wr-11-status"}}}])"));
        StatusPagePublisher publisher(settings(server), m_network, 20000, m_clock);

        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Delivered");
        QCOMPARE(d.outcome.remoteId, QStringLiteral("found9"));
        QCOMPARE(server.requests().size(), 1); // no second create
    }

    void faults_data()
    {
        QTest::addColumn<bool>("atCreate"); // the fault answers the POST, else the lookup
        QTest::addColumn<Response>("response");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("retryAfter");

        QTest::newRow("lookup 500")
            << false << Response::json(500, R"({"error":"boom"})") << "RetryLater"
            << "boom" << 0;
        QTest::newRow("create 502") << true << Response::text(502, "Bad gateway") << "RetryLater"
                                    << "Bad gateway" << 0;
        QTest::newRow("lookup reset") << false << Response::reset() << "RetryLater"
                                      << "" << 0;
        QTest::newRow("create reset") << true << Response::reset() << "RetryLater"
                                      << "" << 0;
        QTest::newRow("lookup cut short") << false << Response::resetMidAnswer() << "RetryLater"
                                          << "" << 0;
        QTest::newRow("create cut short") << true << Response::resetMidAnswer() << "RetryLater"
                                          << "" << 0;
        QTest::newRow("lookup timeout") << false << Response::never() << "RetryLater"
                                        << "No answer" << 0;
        QTest::newRow("create timeout") << true << Response::never() << "RetryLater"
                                        << "No answer" << 0;
        QTest::newRow("401") << false
                             << Response::json(401, R"({"error":"Could not authenticate"})")
                             << "Refused"
                             << "Could not authenticate" << 0;
        // Not a raw string: moc (Qt 6.4) reads the apostrophe in one as a character literal.
        QTest::newRow("422") << true << Response::json(422, "{\"error\":[\"Name can't be blank\"]}")
                             << "Refused"
                             << "Name can't be blank" << 0;
        Response limited = Response::json(429, R"({"error":"Rate limit exceeded"})");
        limited.withHeader("Retry-After", "7");
        QTest::newRow("429") << true << limited << "RetryLater"
                             << "Rate limit" << 7;
        QTest::newRow("420") << false << Response::text(420, "Enhance your calm") << "RetryLater"
                             << "calm" << 0;
    }

    void faults()
    {
        QFETCH(bool, atCreate);
        QFETCH(Response, response);
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        QFETCH(int, retryAfter);

        LoopbackHttpServer server;
        QVERIFY(server.listen());
        if (atCreate)
            server.enqueue(Response::json(200, "[]"));
        server.enqueue(response);
        // Qt Network resends a request once by itself when the connection is reset before any
        // answer; that attempt is reset too.
        if (response.action == Response::Action::Reset)
            server.enqueue(response);
        // A short transfer timeout only where the server never answers: a loaded machine may
        // take longer than that over loopback.
        const int timeoutMs = response.action == Response::Action::Never ? 300 : 20000;
        StatusPagePublisher publisher(settings(server), m_network, timeoutMs, m_clock);

        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(QString::fromLatin1(kindName(d.outcome.kind)), kind);
        QVERIFY2(d.outcome.message.contains(messagePart), qPrintable(d.outcome.message));
        QCOMPARE(d.outcome.retryAfterSeconds, retryAfter);
        QVERIFY(d.outcome.remoteId.isEmpty());
        QVERIFY(!d.outcome.message.contains(QLatin1String("sekrit")));
        // The lookup's failure stops the delivery before any create. Qt's own resend after a
        // reset repeats the failed request unchanged.
        const qsizetype faultAt = atCreate ? 1 : 0;
        QVERIFY(server.requests().size() > faultAt);
        QCOMPARE(server.requests().at(0).method, QByteArray("GET"));
        if (atCreate)
            QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
        for (qsizetype i = faultAt + 1; i < server.requests().size(); ++i) {
            QCOMPARE(server.requests().at(i).method, server.requests().at(faultAt).method);
            QCOMPARE(server.requests().at(i).body, server.requests().at(faultAt).body);
        }
        if (response.action != Response::Action::Reset)
            QCOMPARE(server.requests().size(), atCreate ? 2 : 1);
    }

    void answersOfTheWrongShape_data()
    {
        QTest::addColumn<QByteArray>("lookup");
        QTest::addColumn<QByteArray>("created");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("lookup html")
            << QByteArray("<html>hello</html>") << QByteArray() << "Refused"
            << "WARROOM_STATUSPAGE_BASE_URL";
        QTest::newRow("lookup object")
            << QByteArray(R"({"incidents":[]})") << QByteArray() << "Refused"
            << "JSON array";
        QTest::newRow("created not json")
            << QByteArray("[]") << QByteArray("Created!") << "RetryLater"
            << "not JSON";
        QTest::newRow("created without id")
            << QByteArray("[]") << QByteArray(R"({"name":"x"})") << "RetryLater"
            << "idempotency key";
        QTest::newRow("created id not a string")
            << QByteArray("[]") << QByteArray(R"({"id":7})") << "RetryLater"
            << "not an incident";
        QTest::newRow("created id with a slash")
            << QByteArray("[]") << QByteArray(R"({"id":"../../admin"})") << "Refused"
            << "WARROOM_STATUSPAGE_BASE_URL";
        QTest::newRow("created too large")
            << QByteArray("[]") << QByteArray(5000, 'x') << "RetryLater"
            << "too large";
        QTest::newRow("lookup too large") << QByteArray(5000, '[') << QByteArray() << "Refused"
                                          << "JSON array";
    }

    void answersOfTheWrongShape()
    {
        QFETCH(QByteArray, lookup);
        QFETCH(QByteArray, created);
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);

        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(200, lookup));
        if (!created.isNull())
            server.enqueue(Response::json(201, created));
        StatusPagePublisher publisher(settings(server), m_network, 20000, m_clock, 4096);

        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(QString::fromLatin1(kindName(d.outcome.kind)), kind);
        QVERIFY2(d.outcome.message.contains(messagePart), qPrintable(d.outcome.message));
    }

    void slowAnswerStillArrives()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Response slow = Response::json(200, R"({"id":"p1"})");
        slow.delayMs = 150;
        server.enqueue(slow);
        StatusPagePublisher publisher(settings(server), m_network, 20000, m_clock);
        Publisher::Message m = message();
        m.remoteId = QStringLiteral("p1");
        const Delivery d = deliverAndWait(publisher, m);
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Delivered");
    }

    void messagesTheApiCannotTakeAreRefusedWithoutARequest_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("impact");
        QTest::addColumn<QString>("remoteId");
        QTest::newRow("no status") << ""
                                   << "minor"
                                   << "";
        QTest::newRow("unknown status") << "fixed"
                                        << "minor"
                                        << "";
        QTest::newRow("unknown impact") << "identified"
                                        << "catastrophic"
                                        << "";
        QTest::newRow("id with a slash") << "identified"
                                         << "minor"
                                         << "../admin";
    }

    void messagesTheApiCannotTakeAreRefusedWithoutARequest()
    {
        QFETCH(QString, status);
        QFETCH(QString, impact);
        QFETCH(QString, remoteId);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        StatusPagePublisher publisher(settings(server), m_network, 20000, m_clock);
        Publisher::Message m = message();
        m.statusPageStatus = status;
        m.impact = impact;
        m.remoteId = remoteId;
        const Delivery d = deliverAndWait(publisher, m);
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Refused");
        QVERIFY(server.requests().isEmpty());
    }

    void componentStatusFollowsImpact()
    {
        QCOMPARE(StatusPagePublisher::componentStatus("investigating", "critical"), "major_outage");
        QCOMPARE(StatusPagePublisher::componentStatus("identified", "major"), "partial_outage");
        QCOMPARE(StatusPagePublisher::componentStatus("monitoring", "minor"),
                 "degraded_performance");
        QCOMPARE(StatusPagePublisher::componentStatus("monitoring", "none"), "operational");
        QCOMPARE(StatusPagePublisher::componentStatus("resolved", "critical"), "operational");
        QCOMPARE(StatusPagePublisher::componentStatus("investigating", ""), QString());
    }

    void describeNamesThePageNotTheKey()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        StatusPagePublisher publisher(settings(server), m_network, 20000, m_clock);
        QVERIFY(publisher.describe().contains(QLatin1String("pg7")));
        QVERIFY(!publisher.describe().contains(QLatin1String("sekrit")));
        QCOMPARE(publisher.destination(), Destination::StatusPage);
    }
};

QTEST_GUILESS_MAIN(TestStatusPagePublisher)
#include "tst_statuspagepublisher.moc"
