#include "integrations/channels/httpoutcome.h"
#include "publishertestsupport.h"

#include <QtTest>

using namespace warroom;
using namespace warroom::test;

class TestHttpOutcome : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 11, 30), QTime(4, 0), Qt::UTC};

    static HttpAnswer status(int code, const QByteArray &body = {})
    {
        HttpAnswer answer;
        answer.status = code;
        answer.body = body;
        if (code >= 400)
            answer.error = QNetworkReply::UnknownContentError; // Qt sets one for every 4xx/5xx
        return answer;
    }

    static HttpAnswer network(QNetworkReply::NetworkError error)
    {
        HttpAnswer answer;
        answer.error = error;
        answer.errorText = QStringLiteral("Qt says so");
        answer.timedOut = error == QNetworkReply::OperationCanceledError;
        return answer;
    }

private slots:
    void statuses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("kind");
        for (int code : {200, 201, 202, 204, 299})
            QTest::addRow("%d", code) << code << "Delivered";
        for (int code : {408, 420, 429, 500, 502, 503, 504, 599})
            QTest::addRow("%d", code) << code << "RetryLater";
        for (int code : {301, 302, 304, 400, 401, 403, 404, 405, 409, 410, 413, 422, 451})
            QTest::addRow("%d", code) << code << "Refused";
    }

    void statuses()
    {
        QFETCH(int, code);
        QFETCH(QString, kind);
        const auto outcome = http::outcome(status(code), m_now);
        QCOMPARE(QString::fromLatin1(kindName(outcome.kind)), kind);
        QVERIFY(outcome.message.contains(QString::number(code)));
    }

    void networkFailures_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("kind");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << "RetryLater";
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << "RetryLater";
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << "RetryLater";
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << "RetryLater";
        QTest::newRow("transfer timeout")
            << int(QNetworkReply::OperationCanceledError) << "RetryLater";
        QTest::newRow("tls handshake")
            << int(QNetworkReply::SslHandshakeFailedError) << "RetryLater";
        QTest::newRow("temporary")
            << int(QNetworkReply::TemporaryNetworkFailureError) << "RetryLater";
        QTest::newRow("garbled") << int(QNetworkReply::ProtocolFailure) << "RetryLater";
        QTest::newRow("unknown scheme") << int(QNetworkReply::ProtocolUnknownError) << "Refused";
        QTest::newRow("proxy auth")
            << int(QNetworkReply::ProxyAuthenticationRequiredError) << "Refused";
    }

    void networkFailures()
    {
        QFETCH(int, error);
        QFETCH(QString, kind);
        const auto outcome = http::outcome(network(QNetworkReply::NetworkError(error)), m_now);
        QCOMPARE(QString::fromLatin1(kindName(outcome.kind)), kind);
        QVERIFY(!outcome.message.isEmpty());
    }

    void untrustedCertificatesAreRefused()
    {
        HttpAnswer answer = network(QNetworkReply::SslHandshakeFailedError);
        answer.certificateProblem = QStringLiteral("The certificate is self-signed, and untrusted");
        const auto outcome = http::outcome(answer, m_now);
        QCOMPARE(kindName(outcome.kind), "Refused");
        QVERIFY(outcome.message.contains(QLatin1String("self-signed")));
    }

    void brokenTransferOfASuccessIsRetried()
    {
        HttpAnswer answer = status(200, "{\"id\":");
        answer.error = QNetworkReply::RemoteHostClosedError;
        QCOMPARE(kindName(http::outcome(answer, m_now).kind), "RetryLater");
        answer.error = QNetworkReply::OperationCanceledError;
        answer.tooLarge = true; // cut off by us for its size: the 2xx stands
        QCOMPARE(kindName(http::outcome(answer, m_now).kind), "Delivered");
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << 0;
        QTest::newRow("seconds") << QByteArray("17") << 17;
        QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("negative") << QByteArray("-4") << 0;
        QTest::newRow("huge") << QByteArray("99999999999") << http::kMaxRetryAfterSeconds;
        QTest::newRow("date") << QByteArray("Mon, 30 Nov 2026 04:01:30 GMT") << 90;
        QTest::newRow("date past") << QByteArray("Mon, 30 Nov 2026 03:00:00 GMT") << 0;
        QTest::newRow("date far") << QByteArray("Tue, 01 Dec 2026 04:00:00 GMT")
                                  << http::kMaxRetryAfterSeconds;
        QTest::newRow("garbage") << QByteArray("soon") << 0;
        QTest::newRow("fraction") << QByteArray("1.5") << 0;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        QCOMPARE(http::retryAfterSeconds(value, m_now), seconds);
        HttpAnswer answer = status(429);
        answer.retryAfter = value;
        QCOMPARE(http::outcome(answer, m_now).retryAfterSeconds, seconds);
    }

    void remoteText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("error string")
            << QByteArray(R"({"error":"Unauthorized"})") << "Unauthorized";
        QTest::newRow("error list") << QByteArray(R"({"error":["Name is blank","Body is long"]})")
                                    << "Name is blank; Body is long";
        QTest::newRow("message") << QByteArray(R"({"message":"rate limited"})") << "rate limited";
        QTest::newRow("errors objects")
            << QByteArray(R"({"errors":[{"message":"a"},{"detail":"b"}]})") << "a; b";
        QTest::newRow("json without error") << QByteArray(R"({"ok":false})") << R"({"ok":false})";
        QTest::newRow("plain") << QByteArray("invalid_payload") << "invalid_payload";
        QTest::newRow("controls") << QByteArray("a\x00\x07 b\n\n\tc", 10) << "a b c";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("not utf-8") << QByteArray("bad \xff\xfe bytes") << "bad \uFFFD\uFFFD bytes";
    }

    void remoteText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(http::remoteText(body), text);
    }

    void remoteTextIsBounded()
    {
        const QString text = http::remoteText(QByteArray(100000, 'z'));
        QCOMPARE(text.size(), http::kMaxRemoteTextChars + 1);
        QVERIFY(text.endsWith(QChar(0x2026)));
        const QString emoji = http::cleanText(
            QString(400, QChar(0xd83d)).replace(QChar(0xd83d), QStringLiteral("\U0001F525")), 5);
        QVERIFY(!emoji.at(emoji.size() - 2).isHighSurrogate());
    }
};

QTEST_GUILESS_MAIN(TestHttpOutcome)
#include "tst_httpoutcome.moc"
