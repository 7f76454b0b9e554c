#include "integrations/channels/channelsettings.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace warroom;

namespace {

const QStringList kSecrets{QStringLiteral("sp-key-123"), QStringLiteral("mail-pw-77")};

} // namespace

// WARROOM_SECRETS_FILE: the file's own rules (regular, the user's own, mode 0600, small, UTF-8,
// NAME=value lines) and the environment winning over it.
class TestSecretsFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content, QFile::Permissions mode)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(content);
        file.close();
        file.setPermissions(mode);
        return path;
    }

    static void noSecretsIn(const QString &message)
    {
        for (const QString &secret : kSecrets)
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secretsFileAt0600IsRead()
    {
        const QString path = writeFile(
            QStringLiteral("ok.env"),
            "# War Room secrets\n\nWARROOM_STATUSPAGE_PAGE_ID=pg7\n"
            "WARROOM_STATUSPAGE_API_KEY = sp-key-123 \nWARROOM_SMTP_URL=smtp://127.0.0.1:25\n"
            "WARROOM_SMTP_FROM=a@b.example\nWARROOM_SMTP_PASSWORD=mail-pw-77\n"
            "WARROOM_SMTP_USER=file-user\n",
            QFile::ReadOwner | QFile::WriteOwner);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WARROOM_SECRETS_FILE"), path);
        const auto settings = loadChannelSettings(environment);
        QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().message));
        QCOMPARE(settings->statusPage->apiKey, QStringLiteral("sp-key-123"));
        QCOMPARE(settings->email->password, QStringLiteral("mail-pw-77"));

        // The environment wins over the file, name by name.
        environment.insert(QStringLiteral("WARROOM_SMTP_USER"), QStringLiteral("env-user"));
        environment.insert(QStringLiteral("WARROOM_STATUSPAGE_API_KEY"), QStringLiteral("env-key"));
        const auto merged = loadChannelSettings(environment);
        QVERIFY(merged.ok());
        QCOMPARE(merged->email->user, QStringLiteral("env-user"));
        QCOMPARE(merged->email->password, QStringLiteral("mail-pw-77"));
        QCOMPARE(merged->statusPage->apiKey, QStringLiteral("env-key"));
        QCOMPARE(merged->statusPage->pageId, QStringLiteral("pg7"));
    }

    void secretsFileRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("part");

        const int owner = int(QFile::ReadOwner | QFile::WriteOwner);
        QTest::newRow("0640") << "group.env" << QByteArray("WARROOM_SMTP_PASSWORD=mail-pw-77\n")
                              << int(owner | QFile::ReadGroup) << "chmod 600";
        QTest::newRow("0604") << "other.env" << QByteArray("WARROOM_SMTP_PASSWORD=mail-pw-77\n")
                              << int(owner | QFile::ReadOther) << "chmod 600";
        QTest::newRow("0620") << "groupw.env" << QByteArray("WARROOM_SMTP_PASSWORD=mail-pw-77\n")
                              << int(owner | QFile::WriteGroup) << "mode 0620";
        QTest::newRow("unknown name")
            << "typo.env" << QByteArray("WARROOM_SMTP_PASWORD=mail-pw-77\n") << owner
            << "WARROOM_SMTP_PASWORD is not a War Room";
        QTest::newRow("secret as name")
            << "noname.env" << QByteArray("mail-pw-77\n") << owner << "expected NAME=value";
        QTest::newRow("secret before equals")
            << "eq.env" << QByteArray("mail-pw-77=x\n") << owner << "its name is not a War Room";
        QTest::newRow("twice") << "twice.env"
                               << QByteArray("WARROOM_SMTP_USER=a\nWARROOM_SMTP_USER=b\n") << owner
                               << "line 2";
        QTest::newRow("too large")
            << "large.env" << QByteArray(70 * 1024, '#') << owner << "larger than";
        QTest::newRow("not utf-8")
            << "latin1.env" << QByteArray("WARROOM_SMTP_USER=\xe9t\xe9\n") << owner << "UTF-8";
    }

    void secretsFileRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        QFETCH(QString, part);
        const QString path = writeFile(name, content, QFile::Permissions(mode));
        QVERIFY(!path.isEmpty());
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WARROOM_SECRETS_FILE"), path);
        const auto settings = loadChannelSettings(environment);
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().field, QStringLiteral("WARROOM_SECRETS_FILE"));
        QVERIFY2(settings.error().message.contains(part), qPrintable(settings.error().message));
        noSecretsIn(settings.error().message);
    }

    void secretsFileMustBeTheUsersOwn()
    {
        QString path;
        if (::geteuid() == 0) {
            // Root may give a file away: to nobody.
            path = writeFile(QStringLiteral("nobodys.env"), "WARROOM_SMTP_USER=x\n",
                             QFile::ReadOwner | QFile::WriteOwner);
            QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        } else {
            path = QStringLiteral("/etc/hostname"); // root's, and never ours
            QVERIFY(QFileInfo(path).ownerId() == 0);
        }
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WARROOM_SECRETS_FILE"), path);
        const auto settings = loadChannelSettings(environment);
        QVERIFY(!settings.ok());
        QVERIFY2(settings.error().message.contains(QLatin1String("belongs to another user")),
                 qPrintable(settings.error().message));
    }

    void secretsFileMustBeAFile()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WARROOM_SECRETS_FILE"), m_dir.path());
        const auto folder = loadChannelSettings(environment);
        QVERIFY(!folder.ok());
        QVERIFY2(folder.error().message.contains(QLatin1String("not a regular file")),
                 qPrintable(folder.error().message));

        environment.insert(QStringLiteral("WARROOM_SECRETS_FILE"), m_dir.filePath("missing.env"));
        const auto missing = loadChannelSettings(environment);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("cannot be opened")));
    }
};

QTEST_GUILESS_MAIN(TestSecretsFile)
#include "tst_secretsfile.moc"
