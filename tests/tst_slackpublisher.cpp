#include "core/base/clock.h"
#include "integrations/channels/slackpublisher.h"
#include "loopbackhttpserver.h"
#include "publishertestsupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace warroom;
using namespace warroom::test;
using Response = LoopbackHttpServer::Response;

class TestSlackPublisher : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC)};
    QNetworkAccessManager m_network;

    static SlackSettings settings(const LoopbackHttpServer &server)
    {
        return SlackSettings{server.url(QStringLiteral("/services/T000/B000/secretToken"))};
    }

    static Publisher::Message message()
    {
        Publisher::Message m;
        m.outboxId = 3;
        m.incidentId = 42;
        m.incidentReference = QStringLiteral("INC-42");
        m.destination = Destination::Slack;
        m.idempotencyKey = QStringLiteral("wr-3-slack");
        m.title = QStringLiteral("Login <errors> & timeouts");
        m.body = QStringLiteral("Sign-in fails for *some* users (<5%).\nNext update at 10:30.");
        m.statusPageStatus = QStringLiteral("identified");
        return m;
    }

private slots:
    void postsTextAndBlocks()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::text(200, "ok"));
        SlackPublisher publisher(settings(server), m_network, 20000, m_clock);

        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Delivered");
        QCOMPARE(server.requests().size(), 1);
        const auto &post = server.requests().at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QByteArray("/services/T000/B000/secretToken"));
        QCOMPARE(post.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(!post.headers.contains("authorization"));
        const QJsonObject expected = jsonObject(R"({
            "text": "INC-42: Login &lt;errors&gt; &amp; timeouts\nSign-in fails for *some* users (&lt;5%).\nNext update at 10:30.",
            "blocks": [
              {"type": "section", "text": {"type": "mrkdwn", "text": "*Login &lt;errors&gt; &amp; timeouts*"}},
              {"type": "section", "text": {"type": "mrkdwn", "text": "Sign-in fails for *some* users (&lt;5%).\nNext update at 10:30."}},
              {"type": "context", "elements": [{"type": "mrkdwn", "text": "INC-42 · identified"}]}
            ]})");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(jsonObject(post.body), expected);
    }

    // A sync (docs/channels.md, "Slack: syncs") is one line under its heading, escaped like a
    // publication; no title, no status context.
    void postsASync()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::text(200, "ok"));
        SlackPublisher publisher(settings(server), m_network, 20000, m_clock);
        Publisher::Message m = message();
        m.title.clear();
        m.statusPageStatus.clear();
        m.syncEventId = 17;
        m.syncPostedAt = QDateTime(QDate(2026, 11, 30), QTime(14, 15, 40), Qt::UTC);
        m.idempotencyKey = QStringLiteral("warroom-sync-17-slack");
        m.body = QStringLiteral("Rollback at 50% & <errors> falling; *no* new cause");

        const Delivery d = deliverAndWait(publisher, m);
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Delivered");
        QCOMPARE(server.requests().size(), 1);
        const auto &post = server.requests().at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QByteArray("/services/T000/B000/secretToken"));
        const QJsonObject expected = jsonObject(R"({
            "text": "*Sync INC-42, 14:15 UTC* — Rollback at 50% &amp; &lt;errors&gt; falling; *no* new cause",
            "blocks": [
              {"type": "section", "text": {"type": "mrkdwn", "text": "*Sync INC-42, 14:15 UTC* — Rollback at 50% &amp; &lt;errors&gt; falling; *no* new cause"}}
            ]})");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(jsonObject(post.body), expected);
    }

    void escapesOnlyWhatSlackEscapes()
    {
        QCOMPARE(SlackPublisher::escapeMrkdwn(QStringLiteral("a & b < c > d *e* _f_ `g`")),
                 QStringLiteral("a &amp; b &lt; c &gt; d *e* _f_ `g`"));
        QCOMPARE(SlackPublisher::escapeMrkdwn(QStringLiteral("&amp;")),
                 QStringLiteral("&amp;amp;"));
    }

    void longBodiesTakeSeveralSections()
    {
        Publisher::Message m = message();
        m.title.clear();
        QString body;
        for (int i = 0; i < 400; ++i)
            body += QStringLiteral("line %1 & more\n").arg(i, 4);
        body.chop(1);
        m.body = body;
        const QJsonArray blocks = SlackPublisher::payload(m).value("blocks").toArray();
        QVERIFY(blocks.size() >= 4); // ~8000 escaped characters, at most 3000 a section
        QString joined;
        for (qsizetype i = 0; i + 1 < blocks.size(); ++i) {
            const QString text =
                blocks.at(i).toObject().value("text").toObject().value("text").toString();
            QVERIFY(text.size() <= SlackPublisher::kMaxSectionChars);
            QVERIFY2(!text.endsWith(QLatin1String("&am")), qPrintable(text.right(10)));
            joined += (joined.isEmpty() ? QString() : QStringLiteral("\n")) + text;
        }
        QCOMPARE(joined, SlackPublisher::escapeMrkdwn(body));
    }

    void slackErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("400") << 400 << QByteArray("invalid_payload") << "Refused" << 0;
        QTest::newRow("403") << 403 << QByteArray("invalid_token") << "Refused" << 0;
        QTest::newRow("404") << 404 << QByteArray("no_service") << "Refused" << 0;
        QTest::newRow("410") << 410 << QByteArray("channel_is_archived") << "Refused" << 0;
        QTest::newRow("429") << 429 << QByteArray("rate_limited") << "RetryLater" << 30;
        QTest::newRow("500") << 500 << QByteArray("internal_error") << "RetryLater" << 0;
    }

    void slackErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, answer);
        QFETCH(QString, kind);
        QFETCH(int, retryAfter);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        Response response = Response::text(status, answer);
        if (retryAfter)
            response.withHeader("Retry-After", QByteArray::number(retryAfter));
        server.enqueue(response);
        SlackPublisher publisher(settings(server), m_network, 20000, m_clock);

        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(QString::fromLatin1(kindName(d.outcome.kind)), kind);
        QVERIFY2(d.outcome.message.contains(QString::fromLatin1(answer)),
                 qPrintable(d.outcome.message));
        QCOMPARE(d.outcome.retryAfterSeconds, retryAfter);
        QVERIFY(!d.outcome.message.contains(QLatin1String("secretToken")));
    }

    void networkFaultsRetry_data()
    {
        QTest::addColumn<Response>("response");
        QTest::newRow("reset") << Response::reset();
        QTest::newRow("cut short") << Response::resetMidAnswer();
        QTest::newRow("timeout") << Response::never();
    }

    void networkFaultsRetry()
    {
        QFETCH(Response, response);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        if (response.action == Response::Action::Reset)
            server.enqueue(response); // Qt Network's own second attempt
        const int timeoutMs = response.action == Response::Action::Never ? 300 : 20000;
        SlackPublisher publisher(settings(server), m_network, timeoutMs, m_clock);
        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "RetryLater");
        QVERIFY(!d.outcome.message.contains(QLatin1String("secretToken")));
    }

    void nobodyListening()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QUrl url(QStringLiteral("http://127.0.0.1/services/T/B/secretToken"));
        url.setPort(port);
        SlackPublisher publisher(SlackSettings{url}, m_network, 20000, m_clock);
        const Delivery d = deliverAndWait(publisher, message());
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "RetryLater");
        QVERIFY2(!d.outcome.message.contains(QLatin1String("secretToken")),
                 qPrintable(d.outcome.message));
    }

    void describeHidesTheToken()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        SlackPublisher publisher(settings(server), m_network, 20000, m_clock);
        QVERIFY(publisher.describe().contains(QLatin1String("127.0.0.1")));
        QVERIFY(!publisher.describe().contains(QLatin1String("secretToken")));
        QCOMPARE(publisher.destination(), Destination::Slack);
    }
};

QTEST_GUILESS_MAIN(TestSlackPublisher)
#include "tst_slackpublisher.moc"
