// The server login's password through the real Secret Service (integrations/login/
// loginkeychain.h): CTest runs this under dbus-run-session with a gnome-keyring-daemon unlocked
// for the test (keychainsession.sh), its keyring in a folder of its own. Stored, read back by a
// new LoginKeychain under its user@host:port/database key, kept apart from another login's, and
// forgotten. (The path without a keychain is in tst_seat, which has no D-Bus session.)
#include "integrations/login/loginkeychain.h"

#include <QtTest>

#include <QUuid>

using namespace warroom;

class TestLoginKeychain : public QObject
{
    Q_OBJECT

private slots:
    void passwordGoesToTheKeychainAndComesBack()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under dbus-run-session with gnome-keyring-daemon (see CMakeLists.txt)");
        const QString service =
            QStringLiteral("War Room test logins %1").arg(QUuid::createUuid().toString());
        const QString hana =
            LoginKeychain::key(QStringLiteral("hana"), QStringLiteral("db.example.com"), 5432,
                               QStringLiteral("warroom"));
        QCOMPARE(hana, QStringLiteral("hana@db.example.com:5432/warroom"));
        const QString ops =
            LoginKeychain::key(QStringLiteral("ops"), QStringLiteral("db.example.com"), 5432,
                               QStringLiteral("warroom"));
        {
            const LoginKeychain keychain(service);
            const LoginKeychain::Answer none = keychain.read(hana);
            QCOMPARE(none.problem, QString());
            QCOMPARE(none.password, QString());
            QCOMPARE(keychain.write(hana, QStringLiteral("s3cret")), QString());
        }
        const LoginKeychain keychain(service);
        const LoginKeychain::Answer stored = keychain.read(hana);
        QCOMPARE(stored.problem, QString());
        QCOMPARE(stored.password, QStringLiteral("s3cret"));
        QCOMPARE(keychain.read(ops).password, QString());
        QCOMPARE(keychain.write(hana, QString()), QString()); // forgotten
        QCOMPARE(keychain.read(hana).password, QString());
        QCOMPARE(keychain.write(hana, QString()), QString()); // nothing to forget is no error
    }
};

QTEST_GUILESS_MAIN(TestLoginKeychain)
#include "tst_loginkeychain.moc"
