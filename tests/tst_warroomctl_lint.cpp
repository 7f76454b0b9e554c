#include "ctlinprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace warroom;
using test::CtlRun;

// `warroomctl lint` end to end on files, in process. Reading standard input needs a process:
// tst_warroomctl_smoke.
class TestWarroomctlLint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanTextExitsZero();
    void findingsAsJsonLines();
    void offsetsCountCharacters();
    void warningsAloneExitZero();
    void categoryAndKindDecide_data();
    void categoryAndKindDecide();
    void badInput_data();
    void badInput();
    void touchesNoDatabase();
    void unboundedFilesRefused_data();
    void unboundedFilesRefused();
    void denseMegabyteLinesAndColumns();

private:
    CtlRun lint(const QStringList &arguments, const QByteArray &fileContent);
    static QList<QJsonObject> lines(const CtlRun &run);

    QTemporaryDir m_dir;
    ManualClock m_clock{test::ctlStart()}; // lint reads no clock; the runner wants one
};

void TestWarroomctlLint::init()
{
    test::failOnCtlWarnings();
}

CtlRun TestWarroomctlLint::lint(const QStringList &arguments, const QByteArray &fileContent)
{
    const QString file = m_dir.filePath(QStringLiteral("message.txt"));
    test::writeFile(file, fileContent);
    QStringList args{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("never-created.sqlite")),
                     QStringLiteral("lint")};
    args += arguments;
    if (!arguments.contains(QStringLiteral("NOFILE")))
        args.append(file);
    args.removeAll(QStringLiteral("NOFILE"));
    return test::runCtl(args, QProcessEnvironment(), m_clock);
}

QList<QJsonObject> TestWarroomctlLint::lines(const CtlRun &run)
{
    QList<QJsonObject> result;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {}; // every line must be one JSON object
        result.append(doc.object());
    }
    return result;
}

void TestWarroomctlLint::cleanTextExitsZero()
{
    const CtlRun run =
        lint({}, "We are investigating failed email drafting tasks.\nNext update at 04:30 UTC.\n");
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.isEmpty());
}

void TestWarroomctlLint::findingsAsJsonLines()
{
    const CtlRun run =
        lint({}, "We fixed it.\nThe outage was caused by OpenAI.\nThis will never happen again.\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.isEmpty()); // findings are results, not errors
    const QList<QJsonObject> found = lines(run);
    QCOMPARE(found.size(), 2);
    QCOMPARE(run.out.count('\n'), 2);
    const QJsonObject &blame = found.at(0);
    QCOMPARE(blame.value(QLatin1String("rule")).toString(), QStringLiteral("upstream-blame"));
    QCOMPARE(blame.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(blame.value(QLatin1String("start")).toInt(), 28);
    QCOMPARE(blame.value(QLatin1String("end")).toInt(), 44);
    QCOMPARE(blame.value(QLatin1String("line")).toInt(), 2);
    QCOMPARE(blame.value(QLatin1String("column")).toInt(), 16);
    QCOMPARE(blame.value(QLatin1String("text")).toString(), QStringLiteral("caused by OpenAI"));
    QVERIFY(!blame.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(!blame.value(QLatin1String("suggestion")).toString().isEmpty());
    QCOMPARE(found.at(1).value(QLatin1String("rule")).toString(),
             QStringLiteral("absolute-promise"));
    QCOMPARE(found.at(1).value(QLatin1String("line")).toInt(), 3);
}

void TestWarroomctlLint::offsetsCountCharacters()
{
    // An emoji is two UTF-16 units and four bytes, but one character; a BOM is not text.
    const QByteArray text = "\xEF\xBB\xBF\xF0\x9F\x9A\xA8 Never again.";
    const QList<QJsonObject> found = lines(lint({}, text));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().value(QLatin1String("start")).toInt(), 2);
    QCOMPARE(found.constFirst().value(QLatin1String("end")).toInt(), 13);
    QCOMPARE(found.constFirst().value(QLatin1String("column")).toInt(), 3);
    QCOMPARE(found.constFirst().value(QLatin1String("text")).toString(),
             QStringLiteral("Never again"));
}

void TestWarroomctlLint::warningsAloneExitZero()
{
    const CtlRun run = lint({}, "A minor glitch delayed some drafts.");
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> found = lines(run);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().value(QLatin1String("severity")).toString(),
             QStringLiteral("warning"));
}

void TestWarroomctlLint::categoryAndKindDecide_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("rule");
    const QByteArray normal = "All systems operational.";
    QTest::newRow("normal, behaviour anomaly")
        << QStringList{QStringLiteral("--category"), QStringLiteral("behavior-anomaly")} << normal
        << 1 << QStringLiteral("status-normal-during-anomaly");
    QTest::newRow("normal, outage")
        << QStringList{QStringLiteral("--category=outage")} << normal << 0 << QString();
    QTest::newRow("update without next time")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("update")}
        << QByteArray("Rollback complete.") << 1 << QStringLiteral("progress-update-next-time");
    QTest::newRow("first announcement")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("initial")}
        << QByteArray("Rollback complete.") << 0 << QString();
    QTest::newRow("over-charge") << QStringList{QStringLiteral("--category"),
                                                QStringLiteral("billing-overcharge")}
                                 << QByteArray("We are sorry for the billing error.") << 1
                                 << QStringLiteral("overcharge-refund-timeline");
    QTest::newRow("template with placeholders")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("update")}
        << QByteArray("Update: {{task_type}}\nNext update: {{next_update_utc}}.") << 1
        << QStringLiteral("placeholder-unfilled");
}

void TestWarroomctlLint::categoryAndKindDecide()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, text);
    QFETCH(int, exitCode);
    QFETCH(QString, rule);
    const CtlRun run = lint(options, text);
    QCOMPARE(run.exitCode, exitCode);
    const QList<QJsonObject> found = lines(run);
    if (rule.isEmpty()) {
        QVERIFY(found.isEmpty());
    } else {
        QVERIFY(!found.isEmpty());
        for (const QJsonObject &f : found)
            QCOMPARE(f.value(QLatin1String("rule")).toString(), rule);
    }
}

void TestWarroomctlLint::badInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("invalid byte") << QStringList{} << QByteArray("ok \xff then")
                                  << QStringLiteral("byte offset 3");
    QTest::newRow("overlong encoding")
        << QStringList{} << QByteArray("\xC0\x80") << QStringLiteral("not UTF-8");
    QTest::newRow("truncated sequence")
        << QStringList{} << QByteArray("caf\xC3") << QStringLiteral("byte offset 3");
    QTest::newRow("UTF-16 file") << QStringList{} << QByteArray("\xFF\xFEh\0i\0", 6)
                                 << QStringLiteral("not UTF-8");
    QTest::newRow("bad category") << QStringList{QStringLiteral("--category"),
                                                 QStringLiteral("billing")}
                                  << QByteArray("x")
                                  << QStringLiteral("\"billing\" is not a category");
    QTest::newRow("bad kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("memo")}
                              << QByteArray("x")
                              << QStringLiteral("\"memo\" is not an announcement kind");
    QTest::newRow("missing file") << QStringList{QStringLiteral("NOFILE"),
                                                 QStringLiteral("/nonexistent/message.txt")}
                                  << QByteArray("x")
                                  << QStringLiteral("Cannot read /nonexistent/message.txt");
    QTest::newRow("NUL byte") << QStringList{} << QByteArray("ab\0cd", 5)
                              << QStringLiteral("contains a NUL byte at byte offset 2");
    QTest::newRow("escape sequence") << QStringList{} << QByteArray("red \x1b[31malert")
                                     << QStringLiteral("control character 0x1b at byte offset 4");
    QTest::newRow("over 4 MiB") << QStringList{} << QByteArray(4 * 1024 * 1024 + 1, 'a')
                                << QStringLiteral("larger than 4194304 bytes");
    QTest::newRow("no file argument") << QStringList{QStringLiteral("NOFILE")} << QByteArray("x")
                                      << QStringLiteral("needs the argument FILE");
}

void TestWarroomctlLint::badInput()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    const CtlRun run = lint(options, content);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errIsOneLine(), run.err.constData());
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
}

void TestWarroomctlLint::touchesNoDatabase()
{
    QCOMPARE(lint({}, "Never again.").exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never-created.sqlite"))));
}
// What is not a regular file is refused before reading: /dev/zero would be read until memory
// runs out, a FIFO would block.
void TestWarroomctlLint::unboundedFilesRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero")
                               << QStringLiteral("/dev/zero is not a regular file");
    QTest::newRow("a folder") << QStringLiteral("FOLDER") << QStringLiteral("is a folder");
}

void TestWarroomctlLint::unboundedFilesRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    if (path == QLatin1String("FOLDER"))
        path = m_dir.path();
    if (!QFileInfo::exists(path))
        QSKIP("no such device here");
    const CtlRun run = lint({QStringLiteral("NOFILE"), path}, QByteArray());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errIsOneLine(), run.err.constData());
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
}

// A megabyte dense with findings: every finding printed with its own line and column (the line
// is found by binary search over line starts computed once; not timed, see docs/performance.md).
void TestWarroomctlLint::denseMegabyteLinesAndColumns()
{
    const QByteArray line = "Update: never again. \xF0\x9F\x9A\xA8 Never again.\n";
    const int repeats = 1024 * 1024 / int(line.size()) + 1;
    const CtlRun run = lint({}, line.repeated(repeats));
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> found = lines(run);
    QList<QJsonObject> promises;
    for (const QJsonObject &f : found) {
        if (f.value(QLatin1String("rule")).toString() == QLatin1String("absolute-promise"))
            promises.append(f);
    }
    QCOMPARE(promises.size(), 2 * repeats);
    for (int i = 0; i < repeats; i += repeats / 5) {
        QCOMPARE(promises.at(2 * i).value(QLatin1String("line")).toInt(), i + 1);
        QCOMPARE(promises.at(2 * i).value(QLatin1String("column")).toInt(), 9);
        // The emoji is one character: "Never" is at column 24 of 38.
        QCOMPARE(promises.at(2 * i + 1).value(QLatin1String("column")).toInt(), 24);
        QCOMPARE(promises.at(2 * i + 1).value(QLatin1String("line")).toInt(), i + 1);
    }
    QCOMPARE(promises.constLast().value(QLatin1String("line")).toInt(), repeats);
}

QTEST_GUILESS_MAIN(TestWarroomctlLint)
#include "tst_warroomctl_lint.moc"
