// The built warroomctl binary as a script runs it, for what only a process can show: its exit
// codes, exactly one line on standard error and nothing on standard output when it fails,
// --help and --version without a database, the default database location from the process
// environment, and standard input. Everything else runs in process on a manual clock
// (ctlinprocess.h); nothing here may compare output that depends on the wall clock.
#include "warroomctlprocess.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using warroom::test::CtlRun;

class TestWarroomctlSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exitCodesAndStreams_data();
    void exitCodesAndStreams();
    void helpAndVersionTouchNoDatabase();
    void defaultDatabaseLocation();
    void lintReadsStandardInput();
    void lintStandardInputIsBounded();
    void languageOption();

private:
    QProcessEnvironment environment() const;
    CtlRun ctl(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestWarroomctlSmoke::initTestCase()
{
    QVERIFY2(QFileInfo(warroom::test::warroomctlPath()).isExecutable(),
             "WARROOMCTL must name the built warroomctl (set by tests/CMakeLists.txt)");
}

void TestWarroomctlSmoke::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("ctl.sqlite"));
}

void TestWarroomctlSmoke::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestWarroomctlSmoke::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"WARROOM_AUTHOR", "USER", "USERNAME"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("WARROOM_AUTHOR"), QStringLiteral("alice"));
    // A stray default database must land in the temporary folder, never in the real home.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    return env;
}

CtlRun TestWarroomctlSmoke::ctl(const QStringList &arguments) const
{
    return warroom::test::runWarroomctl(QStringList{QStringLiteral("--db"), m_db} + arguments,
                                        environment());
}

void TestWarroomctlSmoke::exitCodesAndStreams_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB stands for the database path
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out"); // what a success prints; a failure prints nothing
    QTest::addColumn<QString>("mentions");

    const QStringList declare{"--db", "DB",         "declare", "--title",
                              "T",    "--category", "outage",  "--severity"};
    QTest::newRow("success") << declare + QStringList{"SEV1"} << 0 << QByteArray("1\n")
                             << QString();
    QTest::newRow("value refused")
        << declare + QStringList{"SEV4"} << 1 << QByteArray() << "SEV1, SEV2 or SEV3";
    QTest::newRow("no such incident")
        << QStringList{"--db", "DB", "show", "99"} << 1 << QByteArray() << "no incident 99";
    QTest::newRow("not a database")
        << QStringList{"--db", "NOTES", "list"} << 1 << QByteArray() << "not an SQLite database";
    QTest::newRow("unknown command")
        << QStringList{"--db", "DB", "frobnicate"} << 2 << QByteArray() << "\"frobnicate\"";
    QTest::newRow("unknown option")
        << QStringList{"--db", "DB", "list", "--frob"} << 2 << QByteArray() << "frob";
    QTest::newRow("no author") << QStringList{"--db", "DB", "note", "1", "x", "NOAUTHOR"} << 2
                               << QByteArray() << "WARROOM_AUTHOR";
}

void TestWarroomctlSmoke::exitCodesAndStreams()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QString, mentions);

    const QString notes = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("incident notes, not a database\n");
    file.close();
    QProcessEnvironment env = environment();
    if (arguments.removeAll(QStringLiteral("NOAUTHOR")) > 0)
        env.remove(QStringLiteral("WARROOM_AUTHOR"));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), m_db);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^NOTES$")), notes);

    const CtlRun run = warroom::test::runWarroomctl(arguments, env);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, out);
    if (exitCode == 0) {
        QCOMPARE(run.err, QByteArray());
    } else {
        QVERIFY2(run.errIsOneLine(), run.err.constData());
        QVERIFY2(run.errText().contains(mentions), run.err.constData());
    }
}

void TestWarroomctlSmoke::helpAndVersionTouchNoDatabase()
{
    const CtlRun help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.err, QByteArray());
    for (const char *command : {"declare", "list", "show", "--db", "--busy-timeout-ms"})
        QVERIFY2(help.out.contains(command), command);

    const CtlRun declareHelp = ctl({QStringLiteral("declare"), QStringLiteral("--help")});
    QCOMPARE(declareHelp.exitCode, 0);
    QCOMPARE(declareHelp.err, QByteArray());
    QVERIFY(declareHelp.out.contains("--title"));

    const CtlRun version = ctl({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.err, QByteArray());
    QVERIFY(QRegularExpression(QStringLiteral("^warroomctl \\d+\\.\\d+\\.\\d+\\n$"))
                .match(QString::fromUtf8(version.out))
                .hasMatch());

    QVERIFY(!QFileInfo::exists(m_db));
    // Nor the default one: describing its location must not create its folder.
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg"))));
}

void TestWarroomctlSmoke::defaultDatabaseLocation()
{
    const QProcessEnvironment env = environment();
    const CtlRun declared = warroom::test::runWarroomctl(
        {QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Upstream 503s"),
         QStringLiteral("--category"), QStringLiteral("upstream-unavailable"),
         QStringLiteral("--severity"), QStringLiteral("SEV2")},
        env);
    QCOMPARE(declared.exitCode, 0);
    // QStandardPaths::AppDataLocation on Linux: $XDG_DATA_HOME/<organisation>/<application>.
    QVERIFY(
        QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg/warroom/warroom/warroom.sqlite"))));
    QCOMPARE(warroom::test::runWarroomctl({QStringLiteral("list"), QStringLiteral("--json")}, env)
                 .jsonArray()
                 .size(),
             1);
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestWarroomctlSmoke::lintReadsStandardInput()
{
    const CtlRun run = warroom::test::runWarroomctl(
        {QStringLiteral("--db"), m_db, QStringLiteral("lint"), QStringLiteral("-")}, environment(),
        "Working as intended.");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QByteArray()); // findings are results, not errors
    QCOMPARE(run.out.count('\n'), 1);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("rule")).toString(),
             QStringLiteral("defending-decision"));
    QVERIFY(!QFileInfo::exists(m_db));
}

// Standard input has no size to check first: reading stops one byte past the 4 MiB limit.
void TestWarroomctlSmoke::lintStandardInputIsBounded()
{
    const CtlRun run = warroom::test::runWarroomctl(
        {QStringLiteral("--db"), m_db, QStringLiteral("lint"), QStringLiteral("-")}, environment(),
        QByteArray(5 * 1024 * 1024, 'a'));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains("standard input is larger than 4194304 bytes"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestWarroomctlSmoke)
// --lang and WARROOM_LANG pick the language before anything else runs (core/base/uilanguage.h):
// a known code runs the command, an unknown one is refused in one line that lists the codes
// compiled in (":/i18n" of the binary, plus English), and --lang wins over the variable.
void TestWarroomctlSmoke::languageOption()
{
    const CtlRun german =
        ctl({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("list")});
    QCOMPARE(german.exitCode, 0);
    QCOMPARE(german.err, QByteArray());
    const CtlRun chinese = ctl({QStringLiteral("list"), QStringLiteral("--lang=zh-cn")});
    QCOMPARE(chinese.exitCode, 0);
    QCOMPARE(chinese.err, QByteArray());

    const CtlRun unknown =
        ctl({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("list")});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.out, QByteArray());
    QVERIFY2(unknown.errIsOneLine(), unknown.err.constData());
    for (const char *part : {"--lang", "\"xx\"", "de, en, zh_CN"})
        QVERIFY2(unknown.err.contains(part), unknown.err.constData());

    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("WARROOM_LANG"), QStringLiteral("klingon"));
    const CtlRun fromEnvironment =
        warroom::test::runWarroomctl({QStringLiteral("--db"), m_db, QStringLiteral("list")}, env);
    QCOMPARE(fromEnvironment.exitCode, 2);
    QVERIFY2(fromEnvironment.err.contains("WARROOM_LANG"), fromEnvironment.err.constData());
    QVERIFY2(fromEnvironment.err.contains("de, en, zh_CN"), fromEnvironment.err.constData());
    const CtlRun overridden =
        warroom::test::runWarroomctl({QStringLiteral("--db"), m_db, QStringLiteral("--lang"),
                                      QStringLiteral("en"), QStringLiteral("list")},
                                     env);
    QCOMPARE(overridden.exitCode, 0);

    const CtlRun help = ctl({QStringLiteral("--help")});
    QVERIFY2(help.out.contains("--lang"), help.out.constData());
}

#include "tst_warroomctl_smoke.moc"
