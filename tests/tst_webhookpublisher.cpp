#include "core/base/clock.h"
#include "integrations/channels/webhookpublisher.h"
#include "loopbackhttpserver.h"
#include "publishertestsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

using namespace warroom;
using namespace warroom::test;
using Response = LoopbackHttpServer::Response;

class TestWebhookPublisher : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC)};
    QNetworkAccessManager m_network;

    static WebhookSettings settings(const LoopbackHttpServer &server)
    {
        return WebhookSettings{server.url(QStringLiteral("/hooks/banner"))};
    }

    static Publisher::Message message()
    {
        Publisher::Message m;
        m.outboxId = 9;
        m.publicationId = 4;
        m.incidentId = 42;
        m.incidentReference = QStringLiteral("INC-42");
        m.destination = Destination::Webhook;
        m.idempotencyKey = QStringLiteral("wr-9-webhook");
        m.title = QStringLiteral("Degraded logins");
        m.body = QStringLiteral("Some sign-ins fail; we are on it. Überprüfung läuft.");
        m.statusPageStatus = QStringLiteral("investigating");
        m.impact = QStringLiteral("minor");
        return m;
    }

    Delivery deliverWith(const Response &response, qint64 maxAnswerBytes = 1024 * 1024)
    {
        LoopbackHttpServer server;
        if (!server.listen())
            return {};
        server.enqueue(response);
        WebhookPublisher publisher(settings(server), m_network, 20000, m_clock, maxAnswerBytes);
        return deliverAndWait(publisher, message());
    }

private slots:
    void postsThePayloadWithTheIdempotencyKey()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(201, R"({"id": "notice-77"})"));
        WebhookPublisher publisher(settings(server), m_network, 20000, m_clock);

        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Delivered");
        QCOMPARE(d.outcome.remoteId, QStringLiteral("notice-77"));
        QCOMPARE(server.requests().size(), 1);
        const auto &post = server.requests().at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QByteArray("/hooks/banner"));
        QCOMPARE(post.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(post.headers.value("idempotency-key"), QByteArray("wr-9-webhook"));
        const QJsonObject expected = jsonObject(R"({
            "idempotency_key": "wr-9-webhook", "incident_reference": "INC-42", "incident_id": 42,
            "publication_id": 4, "destination": "webhook", "title": "Degraded logins",
            "body": "Some sign-ins fail; we are on it. Überprüfung läuft.",
            "status": "investigating", "impact": "minor"})");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(jsonObject(post.body), expected);
    }

    void answers_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("remoteId");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("retryAfter");

        QTest::newRow("200 text") << Response::text(200, "accepted") << "Delivered"
                                  << ""
                                  << "HTTP 200" << 0;
        QTest::newRow("202 numeric id") << Response::json(202, R"({"id": 1234})") << "Delivered"
                                        << "1234"
                                        << "HTTP 202" << 0;
        QTest::newRow("204 empty") << Response::text(204, "") << "Delivered"
                                   << ""
                                   << "HTTP 204" << 0;
        QTest::newRow("200 JSON array") << Response::json(200, "[1,2]") << "Delivered"
                                        << ""
                                        << "HTTP 200" << 0;
        QTest::newRow("401") << Response::json(401, R"({"message": "bad signature"})") << "Refused"
                             << ""
                             << "bad signature" << 0;
        QTest::newRow("422") << Response::json(422, R"({"errors": ["title too long", "x"]})")
                             << "Refused"
                             << ""
                             << "title too long; x" << 0;
        QTest::newRow("404") << Response::text(404, "Not Found") << "Refused"
                             << ""
                             << "HTTP 404: Not Found" << 0;
        QTest::newRow("301") << Response::text(301, "").withHeader("Location", "https://x.test/")
                             << "Refused"
                             << ""
                             << "redirect" << 0;
        QTest::newRow("408") << Response::text(408, "slow") << "RetryLater"
                             << ""
                             << "slow" << 0;
        QTest::newRow("503 with HTTP date")
            << Response::text(503, "maintenance")
                   .withHeader("Retry-After", "Mon, 30 Nov 2026 04:02:00 GMT")
            << "RetryLater"
            << ""
            << "maintenance" << 120;
        QTest::newRow("500 control characters")
            << Response::text(500, "bad\x01\x1b[31mthing\r\nhappened") << "RetryLater"
            << ""
            << "bad [31mthing happened" << 0;
        QTest::newRow("reset") << Response::reset() << "RetryLater"
                               << ""
                               << "" << 0;
        QTest::newRow("timeout") << Response::never() << "RetryLater"
                                 << ""
                                 << "No answer" << 0;
    }

    void answers()
    {
        QFETCH(Response, response);
        QFETCH(QString, kind);
        QFETCH(QString, remoteId);
        QFETCH(QString, messagePart);
        QFETCH(int, retryAfter);

        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        if (response.action == Response::Action::Reset)
            server.enqueue(response); // Qt Network's own second attempt
        const int timeoutMs = response.action == Response::Action::Never ? 300 : 20000;
        WebhookPublisher publisher(settings(server), m_network, timeoutMs, m_clock);
        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(QString::fromLatin1(kindName(d.outcome.kind)), kind);
        QCOMPARE(d.outcome.remoteId, remoteId);
        QVERIFY2(d.outcome.message.contains(messagePart), qPrintable(d.outcome.message));
        QCOMPARE(d.outcome.retryAfterSeconds, retryAfter);
        // Every attempt, Qt's own resend included, carries the same key.
        for (const auto &request : server.requests())
            QCOMPARE(request.headers.value("idempotency-key"), QByteArray("wr-9-webhook"));
    }

    void oversizedAnswerIsCutOffNotFatal()
    {
        const Delivery ok =
            deliverWith(Response::json(200, "{\"id\": \"" + QByteArray(8000, 'a') + "\"}"), 4096);
        QVERIFY(ok.once());
        QCOMPARE(kindName(ok.outcome.kind), "Delivered");
        QVERIFY(ok.outcome.remoteId.isEmpty());

        const Delivery refused = deliverWith(Response::text(400, QByteArray(8000, 'e')), 4096);
        QVERIFY(refused.once());
        QCOMPARE(kindName(refused.outcome.kind), "Refused");
        QVERIFY(refused.outcome.message.size() < 400);
    }

    // TLS verification is on: a server whose certificate nobody vouches for (a self-signed one,
    // tests/tls/, valid until 2126) is refused, and no request reaches it.
    void untrustedCertificateIsRefused()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt Network has no TLS backend here; War Room needs one for https://");
        QFile certificateFile(QStringLiteral(WARROOM_SOURCE_DIR "/tests/tls/selfsigned-cert.pem"));
        QFile keyFile(QStringLiteral(WARROOM_SOURCE_DIR "/tests/tls/selfsigned-key.pem"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QVERIFY(!tls.localCertificate().isNull());
        QVERIFY(!tls.privateKey().isNull());

        QSslServer server;
        server.setSslConfiguration(tls);
        int requests = 0;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->setParent(&server);
                connect(socket, &QIODevice::readyRead, this, [&requests] { ++requests; });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QUrl url(QStringLiteral("https://127.0.0.1/hooks/banner"));
        url.setPort(server.serverPort());
        WebhookPublisher publisher(WebhookSettings{url}, m_network, 20000, m_clock);

        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Refused");
        QVERIFY2(d.outcome.message.contains(QLatin1String("not trusted")),
                 qPrintable(d.outcome.message));
        QCOMPARE(requests, 0);
    }

    void unusableKeyIsRefusedWithoutARequest()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        WebhookPublisher publisher(settings(server), m_network, 20000, m_clock);
        Publisher::Message m = message();
        m.idempotencyKey = QStringLiteral("two\r\nlines");
        const Delivery d = deliverAndWait(publisher, m);
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Refused");
        QVERIFY(server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhookPublisher)
#include "tst_webhookpublisher.moc"
