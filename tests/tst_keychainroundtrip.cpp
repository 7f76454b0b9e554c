// One round trip through the real Secret Service: CTest runs this under dbus-run-session with a
// gnome-keyring-daemon unlocked for the test (tests/CMakeLists.txt), its keyring in a folder of
// its own. The preferences save a secret to the keychain and the rest to QSettings; read back in
// a new configuration, each comes from where it was put; removed, it is gone.
#include "integrations/channels/channelconfiguration.h"
#include "integrations/channels/channelkeychain.h"
#include "integrations/channels/storedchannelsettings.h"

#include "core/base/clock.h"

#include <QtTest>

#include <QTemporaryDir>
#include <QUuid>

using namespace warroom;

class TestKeychainRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void secretGoesToTheKeychainAndComesBack()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session with gnome-keyring-daemon (see CMakeLists.txt)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        const QString service =
            QStringLiteral("War Room test %1").arg(QUuid::createUuid().toString());
        const QString ini = dir.filePath(QStringLiteral("warroom.ini"));
        const QString key = QStringLiteral("WARROOM_STATUSPAGE_API_KEY");
        const QString page = QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID");
        {
            QSettings settings(ini, QSettings::IniFormat);
            ChannelKeychain keychain(service);
            ChannelConfiguration channels(QProcessEnvironment(), settings, keychain, clock);
            QSignalSpy loaded(&channels, &ChannelConfiguration::loaded);
            channels.load();
            QVERIFY(loaded.count() == 1 || loaded.wait(10000));
            QVERIFY2(channels.keychainAvailable(), qPrintable(channels.keychainProblem()));
            QSignalSpy finished(&channels, &ChannelConfiguration::saveFinished);
            channels.save({{page, QStringLiteral("pg7")}, {key, QStringLiteral("sp-key-123")}});
            QVERIFY(finished.count() == 1 || finished.wait(10000));
            QCOMPARE(finished.at(0).at(1).toString(), QString());
            QCOMPARE(channels.setup().deliverable, QSet<Destination>{Destination::StatusPage});
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("pg7"));
        QVERIFY(!saved.contains("sp-key-123"));

        QSettings settings(ini, QSettings::IniFormat);
        ChannelKeychain keychain(service);
        ChannelConfiguration channels(QProcessEnvironment(), settings, keychain, clock);
        QSignalSpy loaded(&channels, &ChannelConfiguration::loaded);
        channels.load();
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
        QCOMPARE(channels.values().values.value(key), QStringLiteral("sp-key-123"));
        QCOMPARE(channels.values().origin(key), SettingOrigin::Keychain);
        QCOMPARE(channels.values().origin(page), SettingOrigin::Settings);

        // Cleared in the preferences: the keychain entry goes too.
        QSignalSpy finished(&channels, &ChannelConfiguration::saveFinished);
        channels.save({});
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QSignalSpy read(&keychain, &ChannelKeychain::readFinished);
        keychain.read({key});
        QVERIFY(read.count() == 1 || read.wait(10000));
        QCOMPARE(read.at(0).at(0).toBool(), true);
        QVERIFY((read.at(0).at(1).value<QHash<QString, QString>>().isEmpty()));
    }
};

QTEST_GUILESS_MAIN(TestKeychainRoundTrip)
#include "tst_keychainroundtrip.moc"
