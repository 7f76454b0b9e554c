#include "commstestsupport.h"
#include "warroomctlprocess.h"

#include <QDir>
#include <QTest>

using namespace warroom;
using test::CtlRun;

// `warroomctl lint` and the drafts and publications of `show`, end to end: the built binary as a
// script would run it.
class TestWarroomctlComms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanTextExitsZero();
    void findingsAsJsonLines();
    void offsetsCountCharacters();
    void warningsAloneExitZero();
    void categoryAndKindDecide_data();
    void categoryAndKindDecide();
    void readsStandardInput();
    void badInput_data();
    void badInput();
    void touchesNoDatabase();
    void showListsDraftsAndPublications();
    void draftAndGateFromTheCommandLine();
    void draftAndGateRefusals_data();
    void draftAndGateRefusals();

private:
    CtlRun lint(const QStringList &arguments, const QByteArray &fileContent,
                const QByteArray &stdinBytes = {});
    static QList<QJsonObject> lines(const CtlRun &run);

    QTemporaryDir m_dir;
};

void TestWarroomctlComms::initTestCase()
{
    QVERIFY2(QFile::exists(test::warroomctlPath()), "WARROOMCTL must name the built binary");
}

CtlRun TestWarroomctlComms::lint(const QStringList &arguments, const QByteArray &fileContent,
                                 const QByteArray &stdinBytes)
{
    const QString file = m_dir.filePath(QStringLiteral("message.txt"));
    test::writeFile(file, fileContent);
    QStringList args{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("never-created.sqlite")),
                     QStringLiteral("lint")};
    args += arguments;
    if (!arguments.contains(QStringLiteral("-")) && !arguments.contains(QStringLiteral("NOFILE")))
        args.append(file);
    args.removeAll(QStringLiteral("NOFILE"));
    if (stdinBytes.isEmpty())
        return test::runWarroomctl(args, QProcessEnvironment::systemEnvironment());
    QProcess process;
    process.start(test::warroomctlPath(), args);
    process.write(stdinBytes);
    process.closeWriteChannel();
    CtlRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<QJsonObject> TestWarroomctlComms::lines(const CtlRun &run)
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

void TestWarroomctlComms::cleanTextExitsZero()
{
    const CtlRun run =
        lint({}, "We are investigating failed email drafting tasks.\nNext update at 04:30 UTC.\n");
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.isEmpty());
}

void TestWarroomctlComms::findingsAsJsonLines()
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

void TestWarroomctlComms::offsetsCountCharacters()
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

void TestWarroomctlComms::warningsAloneExitZero()
{
    const CtlRun run = lint({}, "A minor glitch delayed some drafts.");
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> found = lines(run);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().value(QLatin1String("severity")).toString(),
             QStringLiteral("warning"));
}

void TestWarroomctlComms::categoryAndKindDecide_data()
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

void TestWarroomctlComms::categoryAndKindDecide()
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

void TestWarroomctlComms::readsStandardInput()
{
    const CtlRun run = lint({QStringLiteral("-")}, QByteArray(), "Working as intended.");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(lines(run).constFirst().value(QLatin1String("rule")).toString(),
             QStringLiteral("defending-decision"));
}

void TestWarroomctlComms::badInput_data()
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
    QTest::newRow("no file argument") << QStringList{QStringLiteral("NOFILE")} << QByteArray("x")
                                      << QStringLiteral("needs the argument FILE");
}

void TestWarroomctlComms::badInput()
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

void TestWarroomctlComms::touchesNoDatabase()
{
    QVERIFY(lint({}, "Never again.").finished);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never-created.sqlite"))));
}

void TestWarroomctlComms::showListsDraftsAndPublications()
{
    test::CommsFixture f;
    QVERIFY(f.open());
    const qint64 incident = f.staffedIncident(Category::Outage);
    const qint64 published = f.createDraft(incident);
    QVERIFY(f.makeClean(published));
    QVERIFY(f.gate->approve(published, QString(), QStringLiteral("Ines")));
    QVERIFY(f.gate->publish(published, QStringLiteral("Ines")));
    const qint64 open = f.createDraft(incident, QStringLiteral("resolved"));
    QVERIFY(f.drafts->markNeedsLegal(open, QStringLiteral("Pia")));
    const QString db = f.database->location();
    f.database.reset(); // warroomctl opens the file on its own

    const CtlRun run = test::runWarroomctl({QStringLiteral("--db"), db, QStringLiteral("show"),
                                            QString::number(incident), QStringLiteral("--json")},
                                           QProcessEnvironment::systemEnvironment());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.jsonObject();
    const QJsonArray drafts = json.value(QLatin1String("drafts")).toArray();
    QCOMPARE(drafts.size(), 2);
    const QJsonObject first = drafts.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("id")).toInteger(), published);
    QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("published"));
    QCOMPARE(first.value(QLatin1String("channel")).toString(), QStringLiteral("status-page"));
    QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("update"));
    QCOMPARE(first.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(first.value(QLatin1String("title")).toString(),
             QStringLiteral("Update: email drafting tasks"));
    QCOMPARE(first.value(QLatin1String("needs_legal")).toBool(), false);
    const QJsonArray approvals = first.value(QLatin1String("approvals")).toArray();
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals.at(0).toObject().value(QLatin1String("person")).toString(),
             QStringLiteral("Ines"));
    QCOMPARE(approvals.at(0).toObject().value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(approvals.at(0).toObject().value(QLatin1String("sha256")).toString(),
             first.value(QLatin1String("sha256")).toString());
    const QJsonObject second = drafts.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(second.value(QLatin1String("needs_legal")).toBool(), true);
    QCOMPARE(second.value(QLatin1String("marked_needs_legal")).toBool(), true);

    const QJsonArray pubs = json.value(QLatin1String("publications")).toArray();
    QCOMPARE(pubs.size(), 1);
    const QJsonObject p = pubs.at(0).toObject();
    QCOMPARE(p.value(QLatin1String("draft_id")).toInteger(), published);
    QCOMPARE(p.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(p.value(QLatin1String("published_by")).toString(), QStringLiteral("Ines"));
    QCOMPARE(p.value(QLatin1String("sha256")).toString(),
             first.value(QLatin1String("sha256")).toString());
    QVERIFY(p.value(QLatin1String("body")).toString().contains(QStringLiteral("Next update: ")));

    // The text form has a block for each.
    const CtlRun text = test::runWarroomctl(
        {QStringLiteral("--db"), db, QStringLiteral("show"), QString::number(incident)},
        QProcessEnvironment::systemEnvironment());
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(
        out.contains(
            QStringLiteral(
                "Drafts\n  #%1 status-page update v2 [published]: Update: email drafting tasks")
                .arg(published)),
        text.out.constData());
    QVERIFY(out.contains(QStringLiteral("[draft, needs legal]")));
    QVERIFY(out.contains(QStringLiteral("Publications\n  ")));
    QVERIFY(out.contains(QStringLiteral("status-page by Ines: Update: email drafting tasks")));
}

namespace {

// A staffed data-leak incident (IC Ines, legal Lea, product owner Pia) in a closed database file.
QString staffedDatabase(const QTemporaryDir &dir, Category category = Category::DataLeak)
{
    const QString path = dir.filePath(QStringLiteral("gate.sqlite"));
    test::CommsFixture f; // closed at the end of this scope, before warroomctl opens the file
    if (!f.open(path) || f.staffedIncident(category) != 1)
        return QString();
    return path;
}

CtlRun as(const QString &db, const QString &author, const QStringList &arguments)
{
    return test::runWarroomctl(
        QStringList{QStringLiteral("--db"), db, QStringLiteral("--author"), author} + arguments,
        QProcessEnvironment::systemEnvironment());
}

} // namespace

void TestWarroomctlComms::draftAndGateFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString db = staffedDatabase(dir);
    QVERIFY(!db.isEmpty());
    const QString body = dir.filePath(QStringLiteral("body.txt"));
    test::writeFile(
        body, "Our agent sent three drafts to the wrong recipients. We take full responsibility.\n"
              "Next update: {{next_update_utc}}.\n");
    const CtlRun created =
        as(db, QStringLiteral("Pia"),
           {QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--template"),
            QStringLiteral("progress-update"), QStringLiteral("--title"),
            QStringLiteral("Update: {{task_type}}"), QStringLiteral("--body-file"), body});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out, QByteArray("1\n"));
    const QString draft = QStringLiteral("1");

    QCOMPARE(
        as(db, QStringLiteral("Pia"), {QStringLiteral("gate"), draft, QStringLiteral("submit")})
            .exitCode,
        0);
    const CtlRun wrongPerson =
        as(db, QStringLiteral("Pia"), {QStringLiteral("gate"), draft, QStringLiteral("sign-off")});
    QCOMPARE(wrongPerson.exitCode, 1);
    QVERIFY(wrongPerson.errIsOneLine());
    QVERIFY2(wrongPerson.errText().contains(QStringLiteral("Legal: Lea")),
             wrongPerson.err.constData());
    QCOMPARE(
        as(db, QStringLiteral("Lea"), {QStringLiteral("gate"), draft, QStringLiteral("sign-off")})
            .exitCode,
        0);
    QCOMPARE(
        as(db, QStringLiteral("Ines"), {QStringLiteral("gate"), draft, QStringLiteral("approve")})
            .exitCode,
        0);
    const CtlRun published =
        as(db, QStringLiteral("Ines"), {QStringLiteral("gate"), draft, QStringLiteral("publish")});
    QCOMPARE(published.exitCode, 0);
    QCOMPARE(published.out, QByteArray("1\n"));

    const QJsonObject shown =
        test::runWarroomctl({QStringLiteral("--db"), db, QStringLiteral("show"),
                             QStringLiteral("1"), QStringLiteral("--json")},
                            QProcessEnvironment::systemEnvironment())
            .jsonObject();
    const QJsonObject d = shown.value(QLatin1String("drafts")).toArray().at(0).toObject();
    QCOMPARE(d.value(QLatin1String("state")).toString(), QStringLiteral("published"));
    QCOMPARE(d.value(QLatin1String("version")).toInt(), 1); // the given text is the first version
    QCOMPARE(d.value(QLatin1String("title")).toString(), QStringLiteral("Update: email drafting"));
    QCOMPARE(shown.value(QLatin1String("publications")).toArray().size(), 1);
    QStringList kinds;
    for (const QJsonValue &e : shown.value(QLatin1String("timeline")).toArray())
        kinds.append(e.toObject().value(QLatin1String("kind")).toString());
    QVERIFY(kinds.contains(QStringLiteral("announcement_published")));
}

void TestWarroomctlComms::draftAndGateRefusals_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QString gate = QStringLiteral("gate");
    QTest::newRow("unknown template")
        << QStringLiteral("Pia")
        << QStringList{QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--template"),
                       QStringLiteral("memo")}
        << 1 << QStringLiteral("no template \"memo\"");
    QTest::newRow("unknown channel")
        << QStringLiteral("Pia")
        << QStringList{QStringLiteral("draft"),      QStringLiteral("1"),
                       QStringLiteral("--template"), QStringLiteral("resolved"),
                       QStringLiteral("--channel"),  QStringLiteral("fax")}
        << 1 << QStringLiteral("\"fax\" is not a channel");
    QTest::newRow("no template") << QStringLiteral("Pia")
                                 << QStringList{QStringLiteral("draft"), QStringLiteral("1")} << 2
                                 << QStringLiteral("--template");
    QTest::newRow("unknown step") << QStringLiteral("Pia")
                                  << QStringList{gate, QStringLiteral("1"), QStringLiteral("ship")}
                                  << 2 << QStringLiteral("not a gate step");
    QTest::newRow("bad draft id") << QStringLiteral("Pia")
                                  << QStringList{gate, QStringLiteral("x"),
                                                 QStringLiteral("submit")}
                                  << 1 << QStringLiteral("Draft id \"x\"");
    QTest::newRow("no such draft")
        << QStringLiteral("Pia") << QStringList{gate, QStringLiteral("9"), QStringLiteral("submit")}
        << 1 << QStringLiteral("no draft 9");
    QTest::newRow("placeholders left")
        << QStringLiteral("Pia")
        << QStringList{gate, QStringLiteral("1"), QStringLiteral("submit"),
                       QStringLiteral("--reason"), QStringLiteral("please")}
        << 1 << QStringLiteral("{{progress_summary}}");
    QTest::newRow("approve before legal")
        << QStringLiteral("Ines")
        << QStringList{gate, QStringLiteral("1"), QStringLiteral("approve")} << 1
        << QStringLiteral("legal sign-off");
    QTest::newRow("changes without reason")
        << QStringLiteral("Lea")
        << QStringList{gate, QStringLiteral("1"), QStringLiteral("request-changes")} << 1
        << QStringLiteral("Say what should change");
}

void TestWarroomctlComms::draftAndGateRefusals()
{
    QFETCH(QString, author);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString db = staffedDatabase(dir);
    // Draft 1 straight from the template: placeholders left.
    QCOMPARE(as(db, QStringLiteral("Pia"),
                {QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--template"),
                 QStringLiteral("progress-update")})
                 .exitCode,
             0);
    const QByteArray before =
        test::runWarroomctl({QStringLiteral("--db"), db, QStringLiteral("show"),
                             QStringLiteral("1"), QStringLiteral("--json")},
                            QProcessEnvironment::systemEnvironment())
            .out;
    const CtlRun run = as(db, author, arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errIsOneLine(), run.err.constData());
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
    const QByteArray after =
        test::runWarroomctl({QStringLiteral("--db"), db, QStringLiteral("show"),
                             QStringLiteral("1"), QStringLiteral("--json")},
                            QProcessEnvironment::systemEnvironment())
            .out;
    QCOMPARE(after, before); // nothing written
}

QTEST_GUILESS_MAIN(TestWarroomctlComms)
#include "tst_warroomctl_comms.moc"
