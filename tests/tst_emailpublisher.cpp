#include "core/base/clock.h"
#include "integrations/channels/emailpublisher.h"
#include "integrations/channels/mailmessage.h"
#include "publishertestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace warroom;
using namespace warroom::test;

// End to end against a real SMTP server (tests/smtpserver.py over aiosmtpd) on loopback: the
// message as Python's standard email parser reads it (smtpserver.py writes NNN.json beside the
// received NNN.eml).
class TestEmailPublisher : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(4, 0, 7), Qt::UTC)};
    QTemporaryDir m_spool;
    QProcess m_server;
    quint16 m_port = 0;

    EmailSettings settings(const QString &password = QStringLiteral("s3cret-pw")) const
    {
        EmailSettings s;
        s.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(m_port));
        s.requireTls = false; // loopback
        s.user = QStringLiteral("warroom");
        s.password = password;
        s.fromAddress = QStringLiteral("alerts@warroom.example");
        s.fromDisplayName = QStringLiteral("War Room Ops");
        return s;
    }

    static Publisher::Message message(const QString &recipient, const QString &key)
    {
        Publisher::Message m;
        m.outboxId = 21;
        m.publicationId = 6;
        m.incidentId = 42;
        m.incidentReference = QStringLiteral("INC-42");
        m.destination = Destination::Email;
        m.idempotencyKey = key;
        m.title =
            QStringLiteral("Störung: Anmeldung schlägt fehl für einige Kunden — wir prüfen ✓");
        m.body = QStringLiteral("Some sign-ins fail <b>now</b> & then.\nWe are on it.\n\n"
                                "Next update at 10:30 UTC. 🔥");
        m.recipient = recipient;
        return m;
    }

    QStringList spooled() const
    {
        return QDir(m_spool.path()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }

    QJsonObject received(const QString &name) const
    {
        QFile file(m_spool.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_spool.isValid());
        m_server.setProgram(QStringLiteral(WARROOM_TEST_PYTHON));
        m_server.setArguments({QStringLiteral(WARROOM_SMTP_SERVER_SCRIPT), m_spool.path(),
                               QStringLiteral("warroom"), QStringLiteral("s3cret-pw")});
        m_server.start();
        QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
        QByteArray line;
        while (!line.endsWith('\n') && m_server.waitForReadyRead(20000))
            line += m_server.readAllStandardOutput();
        QVERIFY2(line.startsWith("PORT "),
                 qPrintable(QStringLiteral("The SMTP server did not start (is python3-aiosmtpd "
                                           "installed?): %1 %2")
                                .arg(QString::fromUtf8(line),
                                     QString::fromUtf8(m_server.readAllStandardError()))));
        m_port = quint16(line.mid(5).trimmed().toUInt());
        QVERIFY(m_port != 0);
    }

    void cleanupTestCase()
    {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(10000))
            m_server.kill();
        m_server.waitForFinished();
    }

    void sendsOneMultipartMessagePerRecipient()
    {
        EmailPublisher publisher(settings(), 20, m_clock);
        const QStringList before = spooled();

        const Publisher::Message first =
            message(QStringLiteral("ana@customer.example"), QStringLiteral("wr-21-email"));
        const Delivery d = deliverAndWait(publisher, first);
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Delivered");
        const QString messageId = mail::messageIdFor(QStringLiteral("wr-21-email"),
                                                     QStringLiteral("alerts@warroom.example"));
        QCOMPARE(d.outcome.remoteId, messageId);
        QVERIFY(d.outcome.message.contains(QLatin1String("250")));

        const QStringList after = spooled();
        QCOMPARE(after.size(), before.size() + 1);
        const QJsonObject mail = received(after.last());
        QCOMPARE(mail.value("mail_from").toString(), QStringLiteral("alerts@warroom.example"));
        QCOMPARE(mail.value("rcpt_tos").toArray(), QJsonArray{"ana@customer.example"});
        QCOMPARE(mail.value("login").toString(), QStringLiteral("warroom"));
        QCOMPARE(mail.value("date").toString(), QStringLiteral("Mon, 30 Nov 2026 04:00:07 +0000"));
        QCOMPARE(mail.value("date_iso").toString(), QStringLiteral("2026-11-30T04:00:07+00:00"));
        QCOMPARE(mail.value("message_id").toString(), messageId);
        QVERIFY(messageId.endsWith(QLatin1String("@warroom.example>")));
        QCOMPARE(mail.value("from_address").toString(), QStringLiteral("alerts@warroom.example"));
        QCOMPARE(mail.value("from_name").toString(), QStringLiteral("War Room Ops"));
        QCOMPARE(mail.value("to").toString(), QStringLiteral("ana@customer.example"));
        QCOMPARE(mail.value("subject").toString(), QStringLiteral("[INC-42] ") + first.title);
        QCOMPARE(mail.value("mime_version").toString(), QStringLiteral("1.0"));
        QCOMPARE(mail.value("content_type").toString(), QStringLiteral("multipart/alternative"));
        QCOMPARE(mail.value("defects").toArray(), QJsonArray());

        const QJsonArray parts = mail.value("parts").toArray();
        QCOMPARE(parts.size(), 2);
        const QJsonObject text = parts.at(0).toObject();
        QCOMPARE(text.value("content_type").toString(), QStringLiteral("text/plain"));
        QCOMPARE(text.value("charset").toString(), QStringLiteral("utf-8"));
        QCOMPARE(
            text.value("content").toString().replace(QLatin1String("\r\n"), QLatin1String("\n")),
            first.title + QLatin1String("\n\n") + first.body);
        const QJsonObject html = parts.at(1).toObject();
        QCOMPARE(html.value("content_type").toString(), QStringLiteral("text/html"));
        QCOMPARE(html.value("charset").toString(), QStringLiteral("utf-8"));
        const QString markup = html.value("content").toString();
        QVERIFY2(markup.contains(QLatin1String("<h1>") + first.title.toHtmlEscaped() +
                                 QLatin1String("</h1>")),
                 qPrintable(markup));
        QVERIFY2(markup.contains(
                     QLatin1String("<p>Some sign-ins fail &lt;b&gt;now&lt;/b&gt; &amp; then.<br>")),
                 qPrintable(markup));
        QVERIFY(markup.contains(QStringLiteral("<p>Next update at 10:30 UTC. 🔥</p>")));
        QVERIFY(!markup.contains(QLatin1String("<b>")));

        // The bytes on the wire: RFC 2047 words for the subject, short lines, CRLF.
        QFile raw(m_spool.filePath(
            QString(after.last()).replace(QLatin1String(".json"), QLatin1String(".eml"))));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.contains("\r\nSubject: =?UTF-8?B?"));
        for (const QByteArray &rawLine : bytes.split('\n')) {
            QVERIFY2(rawLine.size() <= 78, rawLine.constData());
            for (char c : rawLine)
                QVERIFY(static_cast<unsigned char>(c) < 0x80); // all 7-bit on the wire
        }

        // The second recipient gets a message of their own.
        const Delivery second =
            deliverAndWait(publisher, message(QStringLiteral("bo@customer.example"),
                                              QStringLiteral("wr-22-email")));
        QCOMPARE(kindName(second.outcome.kind), "Delivered");
        QVERIFY(second.outcome.remoteId != messageId);
        const QStringList last = spooled();
        QCOMPARE(last.size(), after.size() + 1);
        QCOMPARE(received(last.last()).value("rcpt_tos").toArray(),
                 QJsonArray{"bo@customer.example"});
    }

    void aRetryKeepsItsMessageId()
    {
        EmailPublisher publisher(settings(), 20, m_clock);
        const auto m =
            message(QStringLiteral("cy@customer.example"), QStringLiteral("wr-30-email"));
        const Delivery one = deliverAndWait(publisher, m);
        m_clock.advanceSecs(60);
        const Delivery two = deliverAndWait(publisher, m);
        QCOMPARE(kindName(one.outcome.kind), "Delivered");
        QCOMPARE(kindName(two.outcome.kind), "Delivered");
        QCOMPARE(one.outcome.remoteId, two.outcome.remoteId);
        const QStringList files = spooled();
        QCOMPARE(received(files.at(files.size() - 2)).value("message_id"),
                 received(files.last()).value("message_id"));
        QCOMPARE(received(files.last()).value("date").toString(),
                 QStringLiteral("Mon, 30 Nov 2026 04:01:07 +0000"));
    }

    void outcomeArrivesOnThePublishersThread()
    {
        EmailPublisher publisher(settings(), 20, m_clock);
        QThread *thread = nullptr;
        bool done = false;
        publisher.deliver(
            message(QStringLiteral("di@customer.example"), QStringLiteral("wr-31-email")),
            [&](const Publisher::Outcome &) {
                thread = QThread::currentThread();
                done = true;
            });
        QVERIFY(!done);
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(thread, QThread::currentThread());
    }

    void wrongPasswordIsRefused()
    {
        EmailPublisher publisher(settings(QStringLiteral("wrong-pw")), 20, m_clock);
        const qsizetype before = spooled().size();
        const Delivery d = deliverAndWait(publisher, message(QStringLiteral("ed@customer.example"),
                                                             QStringLiteral("wr-40-email")));
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "Refused");
        QVERIFY2(d.outcome.message.contains(QLatin1String("login")), qPrintable(d.outcome.message));
        QVERIFY(!d.outcome.message.contains(QLatin1String("wrong-pw")));
        QVERIFY(d.outcome.remoteId.isEmpty());
        QCOMPARE(spooled().size(), before);
    }

    void serverNotRunningIsRetried()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        EmailSettings s = settings();
        s.smtpUrl.setPort(port);
        EmailPublisher publisher(s, 5, m_clock);
        const Delivery d = deliverAndWait(publisher, message(QStringLiteral("fay@customer.example"),
                                                             QStringLiteral("wr-50-email")));
        QVERIFY(d.once());
        QCOMPARE(kindName(d.outcome.kind), "RetryLater");
        QVERIFY2(d.outcome.message.contains(QLatin1String("onnect")),
                 qPrintable(d.outcome.message));
    }

    void badRecipientIsRefusedWithoutSending()
    {
        EmailPublisher publisher(settings(), 20, m_clock);
        const qsizetype before = spooled().size();
        for (const QString &recipient :
             {QString(), QStringLiteral("not an address"),
              QStringLiteral("a@b.example>\r\nRCPT TO:<c@d.example"), QStringLiteral("a@b@c")}) {
            const Delivery d =
                deliverAndWait(publisher, message(recipient, QStringLiteral("wr-60")));
            QVERIFY(d.once());
            QCOMPARE(kindName(d.outcome.kind), "Refused");
        }
        QCOMPARE(spooled().size(), before);
    }

    void headerWordsStayShortAndWhole()
    {
        const QString subject =
            QString(40, QChar(0x00e4)) + QStringLiteral("🔥🔥🔥") + QString(30, QLatin1Char('x'));
        const QByteArray encoded = mail::encodeHeaderText(subject);
        const QList<QByteArray> words = encoded.split('\n');
        QVERIFY(words.size() > 1);
        QString decoded;
        for (QByteArray word : words) {
            word = word.trimmed();
            QVERIFY2(word.size() <= 75, word.constData());
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            const QByteArray utf8 = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            // Each word is whole UTF-8 on its own.
            QCOMPARE(QString::fromUtf8(utf8).toUtf8(), utf8);
            decoded += QString::fromUtf8(utf8);
        }
        QCOMPARE(decoded, subject);
        QCOMPARE(mail::encodeHeaderText(QStringLiteral("[INC-1] Plain")),
                 QByteArray("[INC-1] Plain"));
    }

    void subjects()
    {
        Publisher::Message m = message(QStringLiteral("a@b.example"), QStringLiteral("k"));
        m.title = QStringLiteral("Two\nlines");
        QCOMPARE(EmailPublisher::subjectFor(m), QStringLiteral("[INC-42] Two lines"));
        m.title.clear();
        QCOMPARE(EmailPublisher::subjectFor(m), QStringLiteral("[INC-42] Incident update"));
    }
};

QTEST_GUILESS_MAIN(TestEmailPublisher)
#include "tst_emailpublisher.moc"
