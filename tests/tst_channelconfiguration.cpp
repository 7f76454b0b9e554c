// The channel settings in three layers (docs/channels.md): the environment and the 0600 secrets
// file over the preferences (QSettings for non-secret settings, the desktop keychain for
// secrets). The tests run headless with no D-Bus session, so QtKeychain has no keychain to talk
// to: the real "no keychain" path. tst_keychainroundtrip runs the real Secret Service.
#include "integrations/channels/channelconfiguration.h"
#include "integrations/channels/channelkeychain.h"
#include "integrations/channels/storedchannelsettings.h"

#include "core/base/clock.h"

#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

using namespace warroom;

namespace {

const QString kPageId = QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID");
const QString kApiKey = QStringLiteral("WARROOM_STATUSPAGE_API_KEY");
const QString kSlack = QStringLiteral("WARROOM_SLACK_WEBHOOK_URL");
const QString kSmtpUrl = QStringLiteral("WARROOM_SMTP_URL");
const QString kSmtpUser = QStringLiteral("WARROOM_SMTP_USER");
const QString kSmtpPassword = QStringLiteral("WARROOM_SMTP_PASSWORD");
const QString kSmtpFrom = QStringLiteral("WARROOM_SMTP_FROM");
const QString kTimeout = QStringLiteral("WARROOM_CHANNEL_TIMEOUT_SECONDS");

} // namespace

class TestChannelConfiguration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("warroom.ini")); }
    QByteArray settingsBytes() const
    {
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString secretsFile(const QByteArray &content, QFile::Permissions permissions)
    {
        const QString path = m_dir.filePath(QStringLiteral("secrets.env"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        file.close();
        file.setPermissions(permissions);
        return path;
    }
    static void loadAndWait(ChannelConfiguration &channels)
    {
        QSignalSpy loaded(&channels, &ChannelConfiguration::loaded);
        channels.load();
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Headless, like CI: no session bus, no display to start one from.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
    }

    void cleanup() { QFile::remove(settingsPath()); }

    // Variable by variable: the environment over the file over the preferences; secrets only from
    // the keychain layer, the rest only from QSettings.
    void layersMergeVariableByVariable()
    {
        EnvironmentChannelValues environment;
        environment.values = {{kPageId, QStringLiteral("env-page")},
                              {kApiKey, QStringLiteral("file-key")}};
        environment.fromFile = {kApiKey};
        const QHash<QString, QString> settings{
            {kPageId, QStringLiteral("saved-page")},
            {kSmtpUrl, QStringLiteral("smtp://127.0.0.1:2525")},
            {kSmtpPassword, QStringLiteral("hand-edited-into-the-ini")}};
        const QHash<QString, QString> keychain{{kApiKey, QStringLiteral("keychain-key")},
                                               {kSlack, QStringLiteral("https://h.example/x")},
                                               {kSmtpUser, QStringLiteral("not-a-secret")}};
        const LayeredChannelValues layered = layerChannelValues(environment, settings, keychain);

        QCOMPARE(layered.values.value(kPageId), QStringLiteral("env-page"));
        QCOMPARE(layered.origin(kPageId), SettingOrigin::Environment);
        QCOMPARE(layered.values.value(kApiKey), QStringLiteral("file-key"));
        QCOMPARE(layered.origin(kApiKey), SettingOrigin::SecretsFile);
        QCOMPARE(layered.values.value(kSmtpUrl), QStringLiteral("smtp://127.0.0.1:2525"));
        QCOMPARE(layered.origin(kSmtpUrl), SettingOrigin::Settings);
        QCOMPARE(layered.values.value(kSlack), QStringLiteral("https://h.example/x"));
        QCOMPARE(layered.origin(kSlack), SettingOrigin::Keychain);
        // A secret is never taken from QSettings, a setting never from the keychain.
        QVERIFY(!layered.values.contains(kSmtpPassword));
        QCOMPARE(layered.origin(kSmtpPassword), SettingOrigin::NotSet);
        QVERIFY(!layered.values.contains(kSmtpUser));
    }

    void environmentOverridesTheSecretsFile()
    {
        const QString file = secretsFile("WARROOM_STATUSPAGE_PAGE_ID=file-page\n"
                                         "WARROOM_STATUSPAGE_API_KEY=file-key\n",
                                         QFile::ReadOwner | QFile::WriteOwner);
        QProcessEnvironment env;
        env.insert(QStringLiteral("WARROOM_SECRETS_FILE"), file);
        env.insert(kPageId, QStringLiteral(" env-page "));
        const auto values = environmentChannelValues(env);
        QVERIFY2(values.ok(), qPrintable(values.ok() ? QString() : values.error().message));
        QCOMPARE(values->values.value(kPageId), QStringLiteral("env-page"));
        QCOMPARE(values->values.value(kApiKey), QStringLiteral("file-key"));
        QCOMPARE(values->fromFile, QSet<QString>{kApiKey});
    }

    void secretsNeverGoToQSettings()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QVERIFY(storedchannelsettings::write(settings,
                                             {{kSmtpUrl, QStringLiteral("smtp://127.0.0.1:25")},
                                              {kSmtpPassword, QStringLiteral("pw-in-ini")},
                                              {kApiKey, QStringLiteral("key-in-ini")}})
                    .ok());
        const QByteArray ini = settingsBytes();
        QVERIFY(ini.contains("WARROOM_SMTP_URL"));
        QVERIFY(!ini.contains("pw-in-ini"));
        QVERIFY(!ini.contains("key-in-ini"));
        QVERIFY(!ini.contains("PASSWORD"));
        // Removing: an empty value takes the key away.
        QVERIFY(storedchannelsettings::write(settings, {}).ok());
        QVERIFY(storedchannelsettings::read(settings).isEmpty());
    }

    // No keychain is not an error at start: the environment still configures its channels, and
    // the preferences' non-secret settings are merged with the environment's secrets.
    void noKeychainStillUsesEnvironmentAndSettings()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            QVERIFY(
                storedchannelsettings::write(settings, {{kPageId, QStringLiteral("pg7")}}).ok());
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QProcessEnvironment env;
        env.insert(kApiKey, QStringLiteral("sp-key-123"));
        ChannelKeychain keychain(QStringLiteral("War Room test"));
        ChannelConfiguration channels(env, settings, keychain, m_clock);
        QSignalSpy changed(&channels, &ChannelConfiguration::setupChanged);
        loadAndWait(channels);
        QVERIFY(!channels.keychainAvailable());
        QVERIFY2(channels.keychainProblem().contains(QLatin1String("docs/channels.md")),
                 qPrintable(channels.keychainProblem()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(channels.setup().problem, QString());
        QCOMPARE(channels.setup().deliverable, QSet<Destination>{Destination::StatusPage});
        QCOMPARE(channels.values().origin(kPageId), SettingOrigin::Settings);
        QCOMPARE(channels.values().origin(kApiKey), SettingOrigin::Environment);
    }

    // A secret cannot be saved without a keychain: the reason and the fallback are said, and
    // nothing is saved, not even the non-secret settings saved with it.
    void savingASecretWithoutKeychainSavesNothing()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ChannelKeychain keychain(QStringLiteral("War Room test"));
        ChannelConfiguration channels(QProcessEnvironment(), settings, keychain, m_clock);
        loadAndWait(channels);
        QSignalSpy finished(&channels, &ChannelConfiguration::saveFinished);
        QSignalSpy changed(&channels, &ChannelConfiguration::setupChanged);
        channels.save({{kPageId, QStringLiteral("pg7")}, {kApiKey, QStringLiteral("sp-key-123")}});
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        const QString error = finished.at(0).at(1).toString();
        QVERIFY2(error.contains(QLatin1String("nothing was saved")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("WARROOM_SECRETS_FILE")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("0600")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("sp-key-123")));
        QVERIFY(finished.at(0).at(0).value<QList<SettingProblem>>().isEmpty());
        QCOMPARE(changed.count(), 0);
        QVERIFY(storedchannelsettings::read(settings).isEmpty());
        QVERIFY(!settingsBytes().contains("pg7"));
        QCOMPARE(channels.state(), ChannelConfiguration::State::Ready);
    }

    // Without a keychain, settings that are not secrets still save, and the program applies them.
    void nonSecretSettingsSaveWithoutKeychain()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QProcessEnvironment env;
        env.insert(kTimeout, QStringLiteral("20"));
        ChannelKeychain keychain(QStringLiteral("War Room test"));
        ChannelConfiguration channels(env, settings, keychain, m_clock);
        loadAndWait(channels);
        QSignalSpy finished(&channels, &ChannelConfiguration::saveFinished);
        QSignalSpy changed(&channels, &ChannelConfiguration::setupChanged);
        channels.save({{kSmtpUrl, QStringLiteral("smtp://127.0.0.1:2525")},
                       {kSmtpFrom, QStringLiteral("alerts@example.com")},
                       {kTimeout, QStringLiteral("99")}}); // the environment's stays
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(channels.setup().deliverable, QSet<Destination>{Destination::Email});
        const QHash<QString, QString> stored = storedchannelsettings::read(settings);
        QCOMPARE(stored.value(kSmtpUrl), QStringLiteral("smtp://127.0.0.1:2525"));
        QVERIFY(!stored.contains(kTimeout));
        QCOMPARE(channels.values().origin(kSmtpUrl), SettingOrigin::Settings);
        QCOMPARE(channels.values().values.value(kTimeout), QStringLiteral("20"));
    }

    // QSettings that cannot be written: the save fails with the reason, nothing applies.
    void unwritableSettingsSaveNothing()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QSettings settings(blocker + QStringLiteral("/warroom.ini"), QSettings::IniFormat);
        ChannelKeychain keychain(QStringLiteral("War Room test"));
        ChannelConfiguration channels(QProcessEnvironment(), settings, keychain, m_clock);
        loadAndWait(channels);
        QSignalSpy finished(&channels, &ChannelConfiguration::saveFinished);
        QSignalSpy changed(&channels, &ChannelConfiguration::setupChanged);
        channels.save({{kSmtpUrl, QStringLiteral("smtp://127.0.0.1:2525")},
                       {kSmtpFrom, QStringLiteral("alerts@example.com")}});
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        const QString error = finished.at(0).at(1).toString();
        QVERIFY2(error.contains(QLatin1String("could not be written")), qPrintable(error));
        QCOMPARE(changed.count(), 0);
        QVERIFY(channels.setup().deliverable.isEmpty());
        QCOMPARE(channels.values().origin(kSmtpUrl), SettingOrigin::NotSet);
        QVERIFY(storedchannelsettings::read(settings).isEmpty());
        QCOMPARE(channels.state(), ChannelConfiguration::State::Ready);
    }

    // The merged result is checked by loadChannelSettings' rules, every problem named.
    void mergedSettingsAreValidated()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QProcessEnvironment env;
        env.insert(kApiKey, QStringLiteral("sp-key-123"));
        ChannelKeychain keychain(QStringLiteral("War Room test"));
        ChannelConfiguration channels(env, settings, keychain, m_clock);
        loadAndWait(channels);
        QSignalSpy finished(&channels, &ChannelConfiguration::saveFinished);
        channels.save({{kSlack, QStringLiteral("http://hooks.example.com/x")},
                       {kSmtpUrl, QStringLiteral("smtp://127.0.0.1:2525")}});
        QCOMPARE(finished.count(), 1);
        QStringList names;
        for (const SettingProblem &p : finished.at(0).at(0).value<QList<SettingProblem>>())
            names.append(p.name);
        names.sort();
        // The page id (the environment's key needs it), plain http to a remote host, no From.
        QCOMPARE(names, QStringList({kSlack, kSmtpFrom, kPageId}));
        QVERIFY(storedchannelsettings::read(settings).isEmpty());
    }

    // A secrets file that others can read is refused, saying why; the program delivers nothing
    // (as before) and the preferences still open.
    void groupReadableSecretsFileIsRefused()
    {
        const QString file = secretsFile("WARROOM_SLACK_WEBHOOK_URL=https://h.example/x\n",
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QProcessEnvironment env;
        env.insert(QStringLiteral("WARROOM_SECRETS_FILE"), file);
        env.insert(kSmtpUrl, QStringLiteral("smtp://127.0.0.1:2525"));
        ChannelKeychain keychain(QStringLiteral("War Room test"));
        ChannelConfiguration channels(env, settings, keychain, m_clock);
        loadAndWait(channels);
        QVERIFY2(channels.environmentProblem().contains(QLatin1String("chmod 600")),
                 qPrintable(channels.environmentProblem()));
        QCOMPARE(channels.setup().problem, channels.environmentProblem());
        QVERIFY(channels.setup().deliverable.isEmpty());
        QCOMPARE(channels.values().origin(kSmtpUrl), SettingOrigin::Environment);
        QVERIFY(!channels.values().values.contains(kSlack));
    }
};

QTEST_GUILESS_MAIN(TestChannelConfiguration)
#include "tst_channelconfiguration.moc"
