#include "integrations/channels/channelsettings.h"
#include "integrations/channels/configuredpublishers.h"

#include "core/base/clock.h"

#include <QtTest>

using namespace warroom;

namespace {

const QStringList kSecrets{QStringLiteral("sp-key-123"), QStringLiteral("T000/B000/hooktoken"),
                           QStringLiteral("whtoken9"), QStringLiteral("mail-pw-77")};

QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> values)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : values)
        environment.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return environment;
}

QProcessEnvironment full()
{
    return env(
        {{"WARROOM_STATUSPAGE_BASE_URL", "https://status.example.com/api/"},
         {"WARROOM_STATUSPAGE_PAGE_ID", "pg7"},
         {"WARROOM_STATUSPAGE_API_KEY", "sp-key-123"},
         {"WARROOM_STATUSPAGE_COMPONENT_IDS", " c1, c2 ,,c1"},
         {"WARROOM_SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T000/B000/hooktoken"},
         {"WARROOM_WEBHOOK_URL", "https://notices.example.com/in?token=whtoken9"},
         {"WARROOM_SMTP_URL", "smtp://mail.example.com:587"},
         {"WARROOM_SMTP_USER", "warroom"},
         {"WARROOM_SMTP_PASSWORD", "mail-pw-77"},
         {"WARROOM_SMTP_FROM", "War Room <alerts@example.com>"},
         {"WARROOM_CHANNEL_TIMEOUT_SECONDS", "12"}});
}

} // namespace

class TestChannelSettings : public QObject
{
    Q_OBJECT

private:
    static void noSecretsIn(const QString &message)
    {
        for (const QString &secret : kSecrets)
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }

private slots:
    void nothingSetIsNothingConfigured()
    {
        const auto settings = loadChannelSettings(QProcessEnvironment());
        QVERIFY(settings.ok());
        QVERIFY(!settings->statusPage);
        QVERIFY(!settings->slack);
        QVERIFY(!settings->webhook);
        QVERIFY(!settings->email);
        QCOMPARE(settings->timeoutSeconds, 30);
    }

    void everyVariable()
    {
        const auto settings = loadChannelSettings(full());
        QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().message));
        QVERIFY(settings->statusPage);
        QCOMPARE(settings->statusPage->baseUrl,
                 QUrl(QStringLiteral("https://status.example.com/api")));
        QCOMPARE(settings->statusPage->pageId, QStringLiteral("pg7"));
        QCOMPARE(settings->statusPage->apiKey, QStringLiteral("sp-key-123"));
        QCOMPARE(settings->statusPage->componentIds, QStringList({"c1", "c2"}));
        QCOMPARE(settings->slack->webhookUrl,
                 QUrl(QStringLiteral("https://hooks.slack.com/services/T000/B000/hooktoken")));
        QCOMPARE(settings->webhook->url,
                 QUrl(QStringLiteral("https://notices.example.com/in?token=whtoken9")));
        QCOMPARE(settings->email->smtpUrl, QUrl(QStringLiteral("smtp://mail.example.com:587")));
        QVERIFY(settings->email->requireTls);
        QCOMPARE(settings->email->user, QStringLiteral("warroom"));
        QCOMPARE(settings->email->password, QStringLiteral("mail-pw-77"));
        QCOMPARE(settings->email->fromAddress, QStringLiteral("alerts@example.com"));
        QCOMPARE(settings->email->fromDisplayName, QStringLiteral("War Room"));
        QCOMPARE(settings->timeoutSeconds, 12);
    }

    void statusPageDefaultsToThePublicApi()
    {
        const auto settings = loadChannelSettings(
            env({{"WARROOM_STATUSPAGE_PAGE_ID", "pg7"}, {"WARROOM_STATUSPAGE_API_KEY", "k"}}));
        QVERIFY(settings.ok());
        QCOMPARE(settings->statusPage->baseUrl, QUrl(QStringLiteral("https://api.statuspage.io")));
        QVERIFY(settings->statusPage->componentIds.isEmpty());
    }

    void smtpToLoopbackMayGoWithoutTls()
    {
        const auto plain = loadChannelSettings(env(
            {{"WARROOM_SMTP_URL", "smtp://127.0.0.1:2525"}, {"WARROOM_SMTP_FROM", "a@b.example"}}));
        QVERIFY(plain.ok());
        QVERIFY(!plain->email->requireTls);
        QVERIFY(plain->email->user.isEmpty());
        const auto tls = loadChannelSettings(env(
            {{"WARROOM_SMTP_URL", "smtps://localhost:465"}, {"WARROOM_SMTP_FROM", "a@b.example"}}));
        QVERIFY(tls.ok());
        QVERIFY(tls->email->requireTls);
    }

    void refusals_data()
    {
        QTest::addColumn<QProcessEnvironment>("environment");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("part");

        QTest::newRow("page id missing")
            << env({{"WARROOM_STATUSPAGE_API_KEY", "sp-key-123"}}) << "WARROOM_STATUSPAGE_PAGE_ID"
            << "WARROOM_STATUSPAGE_PAGE_ID is not set, but WARROOM_STATUSPAGE_API_KEY is";
        QTest::newRow("key missing")
            << env({{"WARROOM_STATUSPAGE_PAGE_ID", "pg7"}}) << "WARROOM_STATUSPAGE_API_KEY"
            << "is not set";
        QTest::newRow("only base url")
            << env({{"WARROOM_STATUSPAGE_BASE_URL", "https://x.example"}})
            << "WARROOM_STATUSPAGE_PAGE_ID"
            << "unset the others";
        QTest::newRow("bad page id") << env({{"WARROOM_STATUSPAGE_PAGE_ID", "pg/../7"},
                                             {"WARROOM_STATUSPAGE_API_KEY", "sp-key-123"}})
                                     << "WARROOM_STATUSPAGE_PAGE_ID"
                                     << "letters, digits";
        QTest::newRow("bad components") << env({{"WARROOM_STATUSPAGE_PAGE_ID", "pg7"},
                                                {"WARROOM_STATUSPAGE_API_KEY", "sp-key-123"},
                                                {"WARROOM_STATUSPAGE_COMPONENT_IDS", "c1;c2"}})
                                        << "WARROOM_STATUSPAGE_COMPONENT_IDS"
                                        << "comma-separated";
        QTest::newRow("http status page")
            << env({{"WARROOM_STATUSPAGE_BASE_URL", "http://status.example.com"},
                    {"WARROOM_STATUSPAGE_PAGE_ID", "pg7"},
                    {"WARROOM_STATUSPAGE_API_KEY", "sp-key-123"}})
            << "WARROOM_STATUSPAGE_BASE_URL"
            << "use https://";
        QTest::newRow("http slack")
            << env({{"WARROOM_SLACK_WEBHOOK_URL",
                     "http://hooks.slack.com/services/T000/B000/hooktoken"}})
            << "WARROOM_SLACK_WEBHOOK_URL"
            << "plain http:// to a host that is not this machine";
        QTest::newRow("http private address")
            << env({{"WARROOM_WEBHOOK_URL", "http://10.0.0.5/in?token=whtoken9"}})
            << "WARROOM_WEBHOOK_URL"
            << "use https://";
        QTest::newRow("not a url")
            << env({{"WARROOM_WEBHOOK_URL", "whtoken9"}}) << "WARROOM_WEBHOOK_URL"
            << "absolute URL";
        QTest::newRow("ftp") << env({{"WARROOM_WEBHOOK_URL", "ftp://x.example/whtoken9"}})
                             << "WARROOM_WEBHOOK_URL"
                             << "must start with https://";
        QTest::newRow("credentials in url")
            << env({{"WARROOM_WEBHOOK_URL", "https://user:whtoken9@x.example/"}})
            << "WARROOM_WEBHOOK_URL"
            << "user name or password";
        QTest::newRow("smtp without from")
            << env({{"WARROOM_SMTP_URL", "smtps://mail.example.com"}}) << "WARROOM_SMTP_FROM"
            << "WARROOM_SMTP_FROM is not set";
        QTest::newRow("smtp without url")
            << env({{"WARROOM_SMTP_FROM", "a@b.example"}}) << "WARROOM_SMTP_URL"
            << "is not set";
        QTest::newRow("password without user")
            << env({{"WARROOM_SMTP_URL", "smtps://mail.example.com"},
                    {"WARROOM_SMTP_FROM", "a@b.example"},
                    {"WARROOM_SMTP_PASSWORD", "mail-pw-77"}})
            << "WARROOM_SMTP_USER"
            << "WARROOM_SMTP_USER is not set";
        QTest::newRow("smtp http scheme") << env({{"WARROOM_SMTP_URL", "https://mail.example.com"},
                                                  {"WARROOM_SMTP_FROM", "a@b.example"}})
                                          << "WARROOM_SMTP_URL"
                                          << "smtp://host:port";
        QTest::newRow("smtp with path") << env({{"WARROOM_SMTP_URL", "smtp://mail.example.com/x"},
                                                {"WARROOM_SMTP_FROM", "a@b.example"}})
                                        << "WARROOM_SMTP_URL"
                                        << "without a path";
        QTest::newRow("bad from") << env({{"WARROOM_SMTP_URL", "smtps://mail.example.com"},
                                          {"WARROOM_SMTP_FROM", "War Room"}})
                                  << "WARROOM_SMTP_FROM"
                                  << "not an email address";
        QTest::newRow("from with newline")
            << env({{"WARROOM_SMTP_URL", "smtps://mail.example.com"},
                    {"WARROOM_SMTP_FROM", "a@b.example\r\nBcc: x@y.example"}})
            << "WARROOM_SMTP_FROM"
            << "not an email address";
        QTest::newRow("timeout zero")
            << env({{"WARROOM_CHANNEL_TIMEOUT_SECONDS", "0"}}) << "WARROOM_CHANNEL_TIMEOUT_SECONDS"
            << "from 1 to 300";
        QTest::newRow("timeout huge") << env({{"WARROOM_CHANNEL_TIMEOUT_SECONDS", "301"}})
                                      << "WARROOM_CHANNEL_TIMEOUT_SECONDS"
                                      << "from 1 to 300";
        QTest::newRow("timeout words") << env({{"WARROOM_CHANNEL_TIMEOUT_SECONDS", "ten"}})
                                       << "WARROOM_CHANNEL_TIMEOUT_SECONDS"
                                       << "whole number";
    }

    void refusals()
    {
        QFETCH(QProcessEnvironment, environment);
        QFETCH(QString, field);
        QFETCH(QString, part);
        const auto settings = loadChannelSettings(environment);
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().field, field);
        QVERIFY2(settings.error().message.contains(part), qPrintable(settings.error().message));
        noSecretsIn(settings.error().message);
        // The factory reports the same error rather than making publishers.
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC));
        const auto factory = publishersFromEnvironment(environment, clock);
        QVERIFY(!factory.ok());
        QCOMPARE(factory.error().message, settings.error().message);
    }

    void everyProblemIsListed()
    {
        const auto settings = loadChannelSettings(
            env({{"WARROOM_STATUSPAGE_API_KEY", "sp-key-123"},
                 {"WARROOM_SLACK_WEBHOOK_URL", "http://hooks.slack.com/T000/B000/hooktoken"},
                 {"WARROOM_SMTP_PASSWORD", "mail-pw-77"}}));
        QVERIFY(!settings.ok());
        const QStringList lines = settings.error().message.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 4, qPrintable(settings.error().message));
        QCOMPARE(settings.error().field, QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID"));
        noSecretsIn(settings.error().message);
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080/hook" << true;
        QTest::newRow("127.1.2.3") << "http://127.1.2.3/hook" << true;
        QTest::newRow("::1") << "http://[::1]:9000/hook" << true;
        QTest::newRow("localhost") << "http://localhost/hook" << true;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST/hook" << true;
        QTest::newRow("128.0.0.1") << "http://128.0.0.1/hook" << false;
        QTest::newRow("localhost.example") << "http://localhost.example.com/hook" << false;
        QTest::newRow("mapped v4") << "http://[::ffff:10.0.0.1]/hook" << false;
        QTest::newRow("https anywhere") << "https://hooks.example.com/hook" << true;
    }

    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WARROOM_WEBHOOK_URL"), url);
        QCOMPARE(loadChannelSettings(environment).ok(), accepted);
    }

    void factoryMakesOnlyTheConfiguredPublishers()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC));
        const auto factory = publishersFromEnvironment(
            env({{"WARROOM_WEBHOOK_URL", "https://notices.example.com/in?token=whtoken9"},
                 {"WARROOM_SMTP_URL", "smtps://mail.example.com:465"},
                 {"WARROOM_SMTP_FROM", "alerts@example.com"}}),
            clock);
        QVERIFY(factory.ok());
        const std::unique_ptr<Publishers> publishers = (*factory)();
        QVERIFY(publishers);
        QVERIFY(!publishers->publisher(Destination::StatusPage));
        QVERIFY(!publishers->publisher(Destination::Slack));
        QVERIFY(publishers->publisher(Destination::Webhook));
        QCOMPARE(publishers->publisher(Destination::Webhook)->destination(), Destination::Webhook);
        QVERIFY(publishers->publisher(Destination::Email));
        QCOMPARE(publishers->publisher(Destination::Email)->describe(),
                 QStringLiteral("email via mail.example.com:465"));
        noSecretsIn(publishers->publisher(Destination::Webhook)->describe());

        const auto everything = publishersFromEnvironment(full(), clock);
        QVERIFY(everything.ok());
        const auto all = (*everything)();
        for (Destination d : destination::all()) {
            QVERIFY(all->publisher(d));
            QCOMPARE(all->publisher(d)->destination(), d);
            noSecretsIn(all->publisher(d)->describe());
        }
    }
};

QTEST_GUILESS_MAIN(TestChannelSettings)
#include "tst_channelsettings.moc"
