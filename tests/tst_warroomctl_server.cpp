// warroomctl's server options without a server (docs/cli.md, "On a server"): which war room the
// options and the environment name, and an unreachable server failing fast with one line. The
// commands on a real server are in tst_serverrules.

#include "ctlinprocess.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

class TestWarroomctlServer : public QObject
{
    Q_OBJECT

private slots:
    void init() { test::failOnCtlWarnings(); }
    void dbAndServerTogetherAreRefused();
    void schemaWithoutAServerIsRefused();
    void dbOverridesTheEnvironmentsServer();
    void anUnreachableServerFailsFastWithOneLine();
    void aPasswordInTheAddressIsRefused();
    void helpSaysWhereThePasswordComesFrom();

private:
    test::CtlRun run(const QStringList &arguments,
                     const QProcessEnvironment &environment = QProcessEnvironment())
    {
        QString out;
        QString err;
        test::CtlRun result;
        {
            QTextStream outStream(&out);
            QTextStream errStream(&err);
            result.exitCode = cli::run(QStringList{QStringLiteral("warroomctl")} + arguments,
                                       environment, m_clock, outStream, errStream);
        }
        result.finished = true;
        result.out = out.toUtf8();
        result.err = err.toUtf8();
        return result;
    }

    ManualClock m_clock{test::testStart()};
    QTemporaryDir m_dir;
};

void TestWarroomctlServer::dbAndServerTogetherAreRefused()
{
    const test::CtlRun both =
        run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("a.sqlite")),
             QStringLiteral("--server"), QStringLiteral("postgresql://a@127.0.0.1:1/db"),
             QStringLiteral("list")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(both.errIsOneLine());
    QVERIFY2(both.errText().contains(QStringLiteral("--db and --server name two different war "
                                                    "rooms; give one of them.")),
             both.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("a.sqlite"))));
}

void TestWarroomctlServer::schemaWithoutAServerIsRefused()
{
    const test::CtlRun schema =
        run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("b.sqlite")),
             QStringLiteral("--schema"), QStringLiteral("ops"), QStringLiteral("list")});
    QCOMPARE(schema.exitCode, 2);
    QVERIFY(schema.errIsOneLine());
    QVERIFY2(schema.errText().contains(QStringLiteral("--schema names a war room on a server")),
             schema.err.constData());
}

// The command line wins over the environment: --db with $WARROOM_SERVER set opens the file.
void TestWarroomctlServer::dbOverridesTheEnvironmentsServer()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("WARROOM_SERVER"),
                       QStringLiteral("postgresql://a@127.0.0.1:1/db"));
    const test::CtlRun listed =
        run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("c.sqlite")),
             QStringLiteral("list")},
            environment);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("c.sqlite"))));
    // Without --db the environment's server is used (and cannot be reached here).
    const test::CtlRun fromEnvironment = run({QStringLiteral("list")}, environment);
    QCOMPARE(fromEnvironment.exitCode, 1);
    QVERIFY2(fromEnvironment.errText().contains(QStringLiteral("cannot be reached")),
             fromEnvironment.err.constData());
}

// Port 1 of loopback: nobody listens. libpq's connect_timeout (5 s) bounds a silent network; a
// refused connection comes back in one line that says what to check. (How fast is not asserted:
// a process start under ASan on a loaded machine takes seconds; ctest's timeout catches a hang.)
void TestWarroomctlServer::anUnreachableServerFailsFastWithOneLine()
{
    const test::CtlRun refused =
        run({QStringLiteral("--server"), QStringLiteral("postgresql://hana@127.0.0.1:1/warroom"),
             QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("hello")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errIsOneLine(), refused.err.constData());
    QVERIFY2(refused.errText().contains(QStringLiteral("postgresql://hana@127.0.0.1:1/warroom "
                                                       "(schema warroom): the server cannot be "
                                                       "reached")),
             refused.err.constData());
    QVERIFY(refused.out.isEmpty());
}

void TestWarroomctlServer::aPasswordInTheAddressIsRefused()
{
    const test::CtlRun password =
        run({QStringLiteral("--server"), QStringLiteral("postgresql://hana:secret@127.0.0.1/w"),
             QStringLiteral("list")});
    QCOMPARE(password.exitCode, 1);
    QVERIFY(password.errIsOneLine());
    QVERIFY2(password.errText().contains(QStringLiteral("it contains a password")),
             password.err.constData());
}

void TestWarroomctlServer::helpSaysWhereThePasswordComesFrom()
{
    const test::CtlRun help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.contains(QStringLiteral("--server URL")) &&
                 text.contains(QStringLiteral("~/.pgpass")) &&
                 text.contains(QStringLiteral("--schema NAME")) &&
                 text.contains(QStringLiteral("  server ")),
             qPrintable(text));
    const test::CtlRun server = run({QStringLiteral("server"), QStringLiteral("--help")});
    QCOMPARE(server.exitCode, 0);
    QVERIFY2(QString::fromUtf8(server.out).contains(QStringLiteral("add-person LOGIN")),
             server.out.constData());
}

QTEST_GUILESS_MAIN(TestWarroomctlServer)
#include "tst_warroomctl_server.moc"
