#include "core/base/clock.h"
#include "integrations/channels/channellimits.h"
#include "integrations/channels/channelrendering.h"
#include "integrations/channels/emailpublisher.h"
#include "integrations/channels/mailmessage.h"
#include "integrations/channels/slackpublisher.h"
#include "integrations/channels/statuspagepublisher.h"
#include "loopbackhttpserver.h"
#include "publishertestsupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace warroom;
using namespace warroom::test;
using Kind = rendering::Part::Kind;
using Response = LoopbackHttpServer::Response;

// The publish preview (docs/channels.md): what each destination shows, rendered by the
// publishers' own helpers, equal to what the publishers send; and each destination's limits at
// their boundaries, counted in code points.
class TestChannelPreview : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC)};
    QNetworkAccessManager m_network;

    // Characters that need escaping somewhere (<, &, * in mrkdwn and HTML), and non-ASCII ones
    // (a two-unit emoji among them).
    static Publisher::Message message(Destination destination)
    {
        Publisher::Message m = rendering::messageFor(
            42, QStringLiteral("Login <errors> & *timeouts* für Kunden"),
            QStringLiteral("Sign-in fails for *some* users (<5%) & retries.\nNaïve ☃ 😀\n\n"
                           "Next update at 10:30."),
            QStringLiteral("identified"), QStringLiteral("SEV1"),
            DeliveryTarget{destination, destination == Destination::Email
                                            ? QStringLiteral("lena@globex.example")
                                            : QString()});
        m.idempotencyKey = QStringLiteral("wr-7-") + destination::id(destination);
        return m;
    }

    static QString only(const rendering::Rendering &r, Kind kind)
    {
        const QList<rendering::Part> parts = r.partsOf(kind);
        return parts.size() == 1 ? parts.first().text
                                 : QStringLiteral("<%1 parts>").arg(parts.size());
    }

    static QString repeated(const QString &piece, int times) { return piece.repeated(times); }

    // The decoded text of the MIME part of this type in a composed mail.
    static QString mimePart(const QByteArray &mail, const QByteArray &type)
    {
        const qsizetype at = mail.indexOf(QByteArray(QByteArray("Content-Type: ") + type));
        if (at < 0)
            return QStringLiteral("<no %1 part>").arg(QString::fromLatin1(type));
        const qsizetype start = mail.indexOf("\r\n\r\n", at) + 4;
        const qsizetype end = mail.indexOf("\r\n--", start);
        QByteArray base64 = mail.mid(start, end - start);
        base64.replace("\r\n", "");
        return QString::fromUtf8(QByteArray::fromBase64(base64));
    }

    static const channellimits::Check *find(const QList<channellimits::Check> &checks,
                                            const QString &what)
    {
        for (const channellimits::Check &c : checks) {
            if (c.what == what)
                return &c;
        }
        return nullptr;
    }
    // The pointer points into the list: never into a temporary one (ASan: heap-use-after-free).
    static const channellimits::Check *find(QList<channellimits::Check> &&checks,
                                            const QString &what) = delete;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void messageCarriesWhatTheOutboxRowWill()
    {
        const Publisher::Message m = message(Destination::StatusPage);
        QCOMPARE(m.incidentReference, QStringLiteral("INC-42"));
        QCOMPARE(m.statusPageStatus, QStringLiteral("identified"));
        QCOMPARE(m.impact, QStringLiteral("critical"));
        for (Destination other : {Destination::Slack, Destination::Webhook, Destination::Email}) {
            QCOMPARE(message(other).statusPageStatus, QStringLiteral("identified"));
            QCOMPARE(message(other).impact, QStringLiteral("critical"));
        }
        QCOMPARE(
            rendering::messageFor(1, {}, {}, QStringLiteral("restored"), QStringLiteral("SEV3"), {})
                .statusPageStatus,
            QStringLiteral("resolved"));
    }

    void statusPageShowsNameAndUpdateAsSent()
    {
        const rendering::Rendering r = rendering::render(message(Destination::StatusPage));
        QCOMPARE(r.destination, Destination::StatusPage);
        QCOMPARE(only(r, Kind::IncidentName),
                 QStringLiteral("Login <errors> & *timeouts* für Kunden"));
        QCOMPARE(only(r, Kind::IncidentUpdate),
                 QStringLiteral("Sign-in fails for *some* users (<5%) & retries.\nNaïve ☃ 😀\n\n"
                                "Next update at 10:30."));
        QCOMPARE(only(r, Kind::IncidentState), QStringLiteral("identified · impact critical"));

        Publisher::Message untitled = message(Destination::StatusPage);
        untitled.title.clear();
        QCOMPARE(only(rendering::render(untitled), Kind::IncidentName), QStringLiteral("INC-42"));
    }

    void slackShowsTheMrkdwnAsSent()
    {
        const rendering::Rendering r = rendering::render(message(Destination::Slack));
        QCOMPARE(only(r, Kind::SlackText),
                 QStringLiteral("INC-42: Login &lt;errors&gt; &amp; *timeouts* für Kunden\n"
                                "Sign-in fails for *some* users (&lt;5%) &amp; retries.\nNaïve ☃ "
                                "😀\n\nNext update at 10:30."));
        QCOMPARE(only(r, Kind::SlackTitle),
                 QStringLiteral("*Login &lt;errors&gt; &amp; *timeouts* für Kunden*"));
        QCOMPARE(only(r, Kind::SlackSection),
                 QStringLiteral("Sign-in fails for *some* users (&lt;5%) &amp; retries.\nNaïve ☃ "
                                "😀\n\nNext update at 10:30."));
        // Every outbox row carries the incident's status: the footer shows it by the reference.
        QCOMPARE(only(r, Kind::SlackContext), QStringLiteral("INC-42 · identified"));
        Publisher::Message withoutStatus = message(Destination::Slack);
        withoutStatus.statusPageStatus.clear(); // a sync row
        QCOMPARE(only(rendering::render(withoutStatus), Kind::SlackContext),
                 QStringLiteral("INC-42"));
        // In the order Slack shows them: title, body, footer.
        QCOMPARE(r.parts.at(1).kind, Kind::SlackTitle);
        QCOMPARE(r.parts.at(2).label, QStringLiteral("Body"));
        QCOMPARE(r.parts.last().kind, Kind::SlackContext);
    }

    void slackShowsHowALongBodyIsSplit()
    {
        Publisher::Message m = message(Destination::Slack);
        m.body = repeated(QStringLiteral("word "), 1300); // 6,500 characters
        const rendering::Rendering r = rendering::render(m);
        const QList<rendering::Part> sections = r.partsOf(Kind::SlackSection);
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(1).label, QStringLiteral("Body, section 2 of 3"));
        QCOMPARE(r.parts.last().kind, Kind::SlackContext);
        const QList<channellimits::Check> checks = channellimits::check(r);
        const channellimits::Check *longest =
            find(checks, QStringLiteral("Longest of 3 body sections"));
        QVERIFY(longest);
        QVERIFY(!longest->over());
    }

    void emailShowsSubjectTextAndHtml()
    {
        const rendering::Rendering r = rendering::render(message(Destination::Email));
        QCOMPARE(only(r, Kind::EmailSubject),
                 QStringLiteral("[INC-42] Login <errors> & *timeouts* für Kunden"));
        QCOMPARE(only(r, Kind::EmailPlainText),
                 QStringLiteral("Login <errors> & *timeouts* für Kunden\n\nSign-in fails for "
                                "*some* users (<5%) & retries.\nNaïve ☃ 😀\n\nNext update at "
                                "10:30."));
        QCOMPARE(
            only(r, Kind::EmailHtml),
            QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>"
                           "<body>\n<h1>Login &lt;errors&gt; &amp; *timeouts* für Kunden</h1>\n"
                           "<p>Sign-in fails for *some* users (&lt;5%) &amp; retries.<br>\n"
                           "Naïve ☃ 😀</p>\n<p>Next update at 10:30.</p>\n</body></html>\n"));
    }

    void webhookShowsItsPayload()
    {
        const rendering::Rendering r = rendering::render(message(Destination::Webhook));
        const QJsonObject shown =
            QJsonDocument::fromJson(only(r, Kind::WebhookJson).toUtf8()).object();
        QCOMPARE(shown.value(QLatin1String("title")).toString(),
                 QStringLiteral("Login <errors> & *timeouts* für Kunden"));
        QCOMPARE(shown.value(QLatin1String("incident_reference")).toString(),
                 QStringLiteral("INC-42"));
        // As the outbox row has them: every row carries the incident's status and impact.
        QCOMPARE(shown.value(QLatin1String("status")).toString(), QStringLiteral("identified"));
        QCOMPARE(shown.value(QLatin1String("impact")).toString(), QStringLiteral("critical"));
        QVERIFY(!shown.contains(QLatin1String("idempotency_key")));
        QVERIFY(channellimits::check(r).isEmpty());
    }

    // What the Slack publisher posts is what the preview shows, text and every block.
    void slackPreviewEqualsThePost()
    {
        for (int bodyWords : {12, 1300}) {
            Publisher::Message m = message(Destination::Slack);
            m.body += QLatin1Char('\n') + repeated(QStringLiteral("a&b "), bodyWords);
            LoopbackHttpServer server;
            QVERIFY(server.listen());
            server.enqueue(Response::text(200, "ok"));
            SlackPublisher publisher(SlackSettings{server.url(QStringLiteral("/hook"))}, m_network,
                                     20000, m_clock);
            QCOMPARE(kindName(deliverAndWait(publisher, m).outcome.kind), "Delivered");
            QCOMPARE(server.requests().size(), 1);
            const QJsonObject sent = jsonObject(server.requests().at(0).body);
            const rendering::Rendering r = rendering::render(m);
            QCOMPARE(only(r, Kind::SlackText), sent.value(QLatin1String("text")).toString());
            QStringList sentBlocks;
            for (const QJsonValue &block : sent.value(QLatin1String("blocks")).toArray()) {
                const QJsonObject b = block.toObject();
                sentBlocks.append(b.contains(QLatin1String("elements"))
                                      ? b.value(QLatin1String("elements"))
                                            .toArray()
                                            .at(0)
                                            .toObject()
                                            .value(QLatin1String("text"))
                                            .toString()
                                      : b.value(QLatin1String("text"))
                                            .toObject()
                                            .value(QLatin1String("text"))
                                            .toString());
            }
            QStringList shownBlocks;
            for (const rendering::Part &part : r.parts.mid(1))
                shownBlocks.append(part.text);
            QCOMPARE(shownBlocks, sentBlocks);
        }
    }

    // What the status page publisher creates is what the preview shows.
    void statusPagePreviewEqualsTheCreate()
    {
        const Publisher::Message m = message(Destination::StatusPage);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(200, "[]"));
        server.enqueue(Response::json(201, R"({"id":"p1ncid"})"));
        StatusPagePublisher publisher(
            StatusPageSettings{server.url(), QStringLiteral("pg7"), QStringLiteral("key"), {}},
            m_network, 20000, m_clock);
        QCOMPARE(kindName(deliverAndWait(publisher, m).outcome.kind), "Delivered");
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
        const QJsonObject incident =
            jsonObject(server.requests().at(1).body).value(QLatin1String("incident")).toObject();
        const rendering::Rendering r = rendering::render(m);
        QCOMPARE(only(r, Kind::IncidentName), incident.value(QLatin1String("name")).toString());
        QCOMPARE(only(r, Kind::IncidentUpdate), incident.value(QLatin1String("body")).toString());
        QCOMPARE(only(r, Kind::IncidentState),
                 incident.value(QLatin1String("status")).toString() + QStringLiteral(" · impact ") +
                     incident.value(QLatin1String("impact_override")).toString());
    }

    // The mail the email publisher composes carries the previewed subject and both parts.
    void emailPreviewEqualsTheComposedMail()
    {
        const Publisher::Message m = message(Destination::Email);
        mail::MailContent content;
        content.fromAddress = QStringLiteral("alerts@example.com");
        content.to = m.recipient;
        content.subject = EmailPublisher::subjectFor(m);
        content.title = m.title;
        content.body = m.body;
        content.messageId = mail::messageIdFor(m.idempotencyKey, content.fromAddress);
        content.date = m_clock.nowUtc();
        const QByteArray composed = mail::composeMail(content);
        const rendering::Rendering r = rendering::render(m);
        QString plain = only(r, Kind::EmailPlainText);
        QString html = only(r, Kind::EmailHtml);
        plain.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        html.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        QCOMPARE(mimePart(composed, "text/plain"), plain);
        QCOMPARE(mimePart(composed, "text/html"), html);
        QVERIFY(composed.contains(QByteArray(QByteArray("Subject: ") +
                                             mail::encodeHeaderText(only(r, Kind::EmailSubject)))));
    }

    void limits_data()
    {
        QTest::addColumn<int>("destination");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("blocks");

        const QString x = QStringLiteral("x");
        const QString emoji = QStringLiteral("😀");
        const auto sp = int(Destination::StatusPage);
        const auto slack = int(Destination::Slack);
        const auto email = int(Destination::Email);
        QTest::newRow("status page name at 255")
            << sp << x.repeated(255) << x << QStringLiteral("Incident name") << 255 << false;
        QTest::newRow("status page name at 256")
            << sp << x.repeated(256) << x << QStringLiteral("Incident name") << 256 << true;
        QTest::newRow("status page body at 25,000 emoji")
            << sp << x << emoji.repeated(25000) << QStringLiteral("Update") << 25000 << false;
        QTest::newRow("status page body at 25,001")
            << sp << x << x.repeated(25001) << QStringLiteral("Update") << 25001 << true;
        // Untitled: the text is "INC-42\n" and the body.
        QTest::newRow("slack text at 40,000")
            << slack << QString() << x.repeated(40000 - 7) << QStringLiteral("Notification text")
            << 40000 << false;
        QTest::newRow("slack text at 40,001 after escaping")
            << slack << QString() << x.repeated(40000 - 7 - 4) + QStringLiteral("&")
            << QStringLiteral("Notification text") << 40001 << true;
        // The title's section is the title in asterisks.
        QTest::newRow("slack title at 3,000") << slack << emoji.repeated(2998) << x
                                              << QStringLiteral("Title section") << 3000 << false;
        QTest::newRow("slack title at 3,001")
            << slack << x.repeated(2999) << x << QStringLiteral("Title section") << 3001 << true;
        // "[INC-42] " and the title; over is a warning only.
        QTest::newRow("email subject at 78")
            << email << x.repeated(69) << x << QStringLiteral("Subject") << 78 << false;
        QTest::newRow("email subject at 79 warns")
            << email << x.repeated(70) << x << QStringLiteral("Subject") << 79 << false;
    }

    void limits()
    {
        QFETCH(int, destination);
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, what);
        QFETCH(int, count);
        QFETCH(bool, blocks);
        Publisher::Message m = message(Destination(destination));
        m.title = title;
        m.body = body;
        const QList<channellimits::Check> checks = channellimits::check(rendering::render(m));
        const channellimits::Check *c = find(checks, what);
        QVERIFY(c);
        QCOMPARE(c->count, count);
        QCOMPARE(channellimits::hardFailures(checks).isEmpty(), !blocks);
        if (c->over()) {
            QVERIFY2(c->summary().contains(QStringLiteral(": over by 1, ")),
                     qPrintable(c->summary()));
        } else {
            QCOMPARE(c->summary(),
                     QStringLiteral("%1 of %2 characters")
                         .arg(QLocale().toString(count), QLocale().toString(qlonglong(c->limit))));
        }
        if (blocks)
            QVERIFY2(channellimits::hardFailures(checks).first().startsWith(
                         what + QStringLiteral(" is over its limit of ")),
                     qPrintable(channellimits::hardFailures(checks).first()));
    }

    void summaryReadsAsTheBriefSays()
    {
        channellimits::Check within{QStringLiteral("Update"), 312, 3000, true,
                                    QStringLiteral("shorten the body")};
        QCOMPARE(within.summary(), QStringLiteral("312 of 3,000 characters"));
        channellimits::Check over{QStringLiteral("Update"), 3040, 3000, true,
                                  QStringLiteral("shorten the body")};
        QCOMPARE(over.summary(),
                 QStringLiteral("3,040 of 3,000 characters: over by 40, shorten the body"));
        QCOMPARE(channellimits::hardFailures({within, over}),
                 QStringList{QStringLiteral("Update is over its limit of 3,000 characters by 40: "
                                            "shorten the body.")});
    }
};

QTEST_GUILESS_MAIN(TestChannelPreview)
#include "tst_channelpreview.moc"
