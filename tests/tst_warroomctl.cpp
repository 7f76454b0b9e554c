#include "tst_warroomctl.h"
#include "cli/showsections.h"
#include "core/base/utctime.h"
#include "ctlinprocess.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace warroom;
using test::CtlRun;

void TestWarroomctl::init()
{
    test::failOnCtlWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("ctl.sqlite"));
    m_clock = std::make_unique<ManualClock>(test::ctlStart());
}

void TestWarroomctl::cleanup()
{
    m_dir.reset();
}

// Only the author: the runner reads nothing else from the environment it is given.
QProcessEnvironment TestWarroomctl::environment() const
{
    return test::ctlEnvironment(QStringLiteral("alice"));
}

CtlRun TestWarroomctl::ctl(const QStringList &arguments) const
{
    return ctl(arguments, environment());
}

CtlRun TestWarroomctl::ctl(const QStringList &arguments, const QProcessEnvironment &env) const
{
    return test::runCtl(QStringList{QStringLiteral("--db"), m_db} + arguments, env, *m_clock);
}

// Everything a script can see: any write would change one of these.
QByteArray TestWarroomctl::databaseState() const
{
    QByteArray state = ctl({QStringLiteral("list"), QStringLiteral("--json")}).out;
    const QJsonArray incidents = QJsonDocument::fromJson(state).array();
    for (const QJsonValue &incident : incidents)
        state +=
            ctl({QStringLiteral("show"), QString::number(incident[QLatin1String("id")].toInteger()),
                 QStringLiteral("--json")})
                .out;
    return state;
}

QStringList TestWarroomctl::declareArgs(const QString &title)
{
    return {QStringLiteral("declare"),
            QStringLiteral("--title"),
            title,
            QStringLiteral("--category"),
            QStringLiteral("upstream-unavailable"),
            QStringLiteral("--severity"),
            QStringLiteral("SEV2")};
}

void TestWarroomctl::roundTrip()
{
    const CtlRun declared =
        ctl({QStringLiteral("declare"), QStringLiteral("--title"),
             QStringLiteral("Completion rate drop"), QStringLiteral("--category"),
             QStringLiteral("behavior-anomaly"), QStringLiteral("--severity"),
             QStringLiteral("sev2"), QStringLiteral("--task-type"),
             QStringLiteral("email drafting"), QStringLiteral("--affected-users-pct"),
             QStringLiteral("12.5"), QStringLiteral("--enterprise-affected"), QStringLiteral("3"),
             QStringLiteral("--detected-at"), QStringLiteral("2025-01-10T08:30:00+01:00")});
    QCOMPARE(declared.exitCode, 0);
    QCOMPARE(declared.out, QByteArray("1\n")); // the id alone
    QCOMPARE(declared.err, QByteArray());
    m_clock->advanceSecs(60);

    const CtlRun table = ctl({QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("Completion rate drop"));
    QVERIFY(table.out.contains("investigating"));

    const QJsonArray listed = ctl({QStringLiteral("list"), QStringLiteral("--json")}).jsonArray();
    QCOMPARE(listed.size(), 1);
    const QJsonObject summary = listed.at(0).toObject();
    QVERIFY(!summary.contains(QLatin1String("timeline")));
    QCOMPARE(summary[QLatin1String("status_history")].toArray().size(), 1);

    const CtlRun showRun =
        ctl({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonObject shown = showRun.jsonObject();
    // The timeline is written event by event as it is read, byte for byte what the whole
    // document would have been.
    QCOMPARE(showRun.out, QJsonDocument(shown).toJson(QJsonDocument::Indented));
    QCOMPARE(shown[QLatin1String("id")].toInteger(), 1);
    QCOMPARE(shown[QLatin1String("title")].toString(), QStringLiteral("Completion rate drop"));
    QCOMPARE(shown[QLatin1String("category")].toString(), QStringLiteral("behavior-anomaly"));
    QCOMPARE(shown[QLatin1String("category_name")].toString(),
             QStringLiteral("Agent behaviour anomaly / quality decline"));
    QCOMPARE(shown[QLatin1String("severity")].toString(), QStringLiteral("SEV2"));
    QCOMPARE(shown[QLatin1String("task_type")].toString(), QStringLiteral("email drafting"));
    QCOMPARE(shown[QLatin1String("affected_users_pct")].toDouble(), 12.5);
    QCOMPARE(shown[QLatin1String("enterprise_affected")].toInt(-1), 3);
    QCOMPARE(shown[QLatin1String("detected_at")].toString(),
             QStringLiteral("2025-01-10T07:30:00.000Z"));
    QCOMPARE(shown[QLatin1String("status")].toString(), QStringLiteral("investigating"));
    QCOMPARE(shown[QLatin1String("declared_by")].toString(), QStringLiteral("alice"));
    QCOMPARE(shown[QLatin1String("timeline")].toArray().size(), 1);
    // list --json is show --json minus the show sections (the timeline, drafts, ...).
    QJsonObject withoutSections = shown;
    for (const cli::ShowSection &section : cli::showSections()) {
        QVERIFY(withoutSections.contains(section.key));
        withoutSections.remove(section.key);
    }
    QCOMPARE(withoutSections, summary);

    const CtlRun noted = ctl({QStringLiteral("--author"), QStringLiteral("bob"),
                              QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("no"),
                              QStringLiteral("new"), QStringLiteral("progress")});
    QCOMPARE(noted.exitCode, 0);
    QCOMPARE(noted.out, QByteArray());
    QCOMPARE(noted.err, QByteArray());
    m_clock->advanceSecs(60);
    const CtlRun moved =
        ctl({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("identified"),
             QStringLiteral("--author"), QStringLiteral("carol")});
    QCOMPARE(moved.exitCode, 0);
    QCOMPARE(moved.err, QByteArray());

    const QJsonObject after =
        ctl({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).jsonObject();
    QCOMPARE(after[QLatin1String("status")].toString(), QStringLiteral("identified"));
    const QJsonArray history = after[QLatin1String("status_history")].toArray();
    QCOMPARE(history.size(), 2);
    QVERIFY(history.at(0)[QLatin1String("from")].isNull());
    QCOMPARE(history.at(0)[QLatin1String("author")].toString(), QStringLiteral("alice"));
    QCOMPARE(history.at(1)[QLatin1String("from")].toString(), QStringLiteral("investigating"));
    QCOMPARE(history.at(1)[QLatin1String("to")].toString(), QStringLiteral("identified"));
    QCOMPARE(history.at(1)[QLatin1String("author")].toString(), QStringLiteral("carol"));

    const QJsonArray timeline = after[QLatin1String("timeline")].toArray();
    QCOMPARE(timeline.size(), 3);
    const QStringList kinds{QStringLiteral("declared"), QStringLiteral("note"),
                            QStringLiteral("status_changed")};
    const QStringList authors{QStringLiteral("alice"), QStringLiteral("bob"),
                              QStringLiteral("carol")};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(timeline.at(i)[QLatin1String("kind")].toString(), kinds.at(i));
        QCOMPARE(timeline.at(i)[QLatin1String("author")].toString(), authors.at(i));
        QCOMPARE(timeline.at(i)[QLatin1String("at")].toString(),
                 utctime::toIso(test::ctlStart().addSecs(60 * i))); // a minute apart
        if (i > 0)
            QVERIFY(timeline.at(i)[QLatin1String("id")].toInteger() >
                    timeline.at(i - 1)[QLatin1String("id")].toInteger());
    }
    QCOMPARE(timeline.at(1)[QLatin1String("payload")][QLatin1String("text")].toString(),
             QStringLiteral("no new progress"));
    QCOMPARE(timeline.at(2)[QLatin1String("text")].toString(),
             QStringLiteral("Status Investigating → Identified"));

    const CtlRun text = ctl({QStringLiteral("show"), QStringLiteral("1")});
    QCOMPARE(text.exitCode, 0);
    for (const char *expected : {"Incident 1: Completion rate drop", "Identified", "email drafting",
                                 "bob: no new progress", "Status history", "Timeline"})
        QVERIFY2(text.out.contains(expected), expected);
}

void TestWarroomctl::detectedAtDefaultsToNow()
{
    m_clock->advanceSecs(95);
    QCOMPARE(ctl(declareArgs(QStringLiteral("Upstream 503s"))).exitCode, 0);
    const QDateTime declaredAt = m_clock->nowUtc();
    m_clock->advanceSecs(600); // showing later does not move it
    const QJsonObject shown =
        ctl({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).jsonObject();
    QCOMPARE(shown[QLatin1String("detected_at")].toString(), utctime::toIso(declaredAt));
    QCOMPARE(shown[QLatin1String("detected_at")].toString(),
             QStringLiteral("2026-11-29T10:01:35.000Z"));
}

void TestWarroomctl::noteTextAfterDoubleDash()
{
    QCOMPARE(ctl(declareArgs(QStringLiteral("Upstream 503s"))).exitCode, 0);
    const CtlRun noted =
        ctl({QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("--"),
             QStringLiteral("-5%"), QStringLiteral("since"), QStringLiteral("--rollback")});
    QCOMPARE(noted.exitCode, 0);
    const QJsonArray timeline =
        ctl({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")})
            .jsonObject()[QLatin1String("timeline")]
            .toArray();
    QCOMPARE(timeline.last()[QLatin1String("payload")][QLatin1String("text")].toString(),
             QStringLiteral("-5% since --rollback"));
}

void TestWarroomctl::editRecordsFieldsChanged()
{
    QCOMPARE(ctl(declareArgs(QStringLiteral("Upstream 503s"))).exitCode, 0);
    const CtlRun edited =
        ctl({QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--severity"),
             QStringLiteral("SEV1"), QStringLiteral("--affected-users-pct"), QStringLiteral("40")});
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(edited.err, QByteArray());

    const QJsonObject shown =
        ctl({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).jsonObject();
    QCOMPARE(shown[QLatin1String("severity")].toString(), QStringLiteral("SEV1"));
    QCOMPARE(shown[QLatin1String("affected_users_pct")].toDouble(), 40.0);
    QCOMPARE(shown[QLatin1String("title")].toString(),
             QStringLiteral("Upstream 503s")); // untouched
    const QJsonArray timeline = shown[QLatin1String("timeline")].toArray();
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.at(1)[QLatin1String("kind")].toString(), QStringLiteral("fields_changed"));
    const QJsonObject changes =
        timeline.at(1)[QLatin1String("payload")][QLatin1String("changes")].toObject();
    QCOMPARE(changes.keys(),
             (QStringList{QStringLiteral("affected_users_pct"), QStringLiteral("severity")}));
    QCOMPARE(changes[QLatin1String("severity")].toArray(),
             (QJsonArray{QStringLiteral("SEV2"), QStringLiteral("SEV1")}));
    QCOMPARE(changes[QLatin1String("affected_users_pct")].toArray().at(0).toDouble(-1), 0.0);
    QCOMPARE(changes[QLatin1String("affected_users_pct")].toArray().at(1).toDouble(), 40.0);

    // The same values again change nothing and record nothing.
    const QByteArray state = databaseState();
    QCOMPARE(ctl({QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--severity"),
                  QStringLiteral("SEV1")})
                 .exitCode,
             0);
    QCOMPARE(databaseState(), state);
}

void TestWarroomctl::listActiveLeavesOutRestored()
{
    QCOMPARE(ctl(declareArgs(QStringLiteral("Old outage"))).exitCode, 0);
    QCOMPARE(ctl(declareArgs(QStringLiteral("Current outage"))).exitCode, 0);
    QCOMPARE(
        ctl({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("restored")}).exitCode,
        0);

    const QJsonArray all = ctl({QStringLiteral("list"), QStringLiteral("--json")}).jsonArray();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0)[QLatin1String("id")].toInteger(), 1); // oldest first
    const QJsonArray active =
        ctl({QStringLiteral("list"), QStringLiteral("--active"), QStringLiteral("--json")})
            .jsonArray();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0)[QLatin1String("title")].toString(), QStringLiteral("Current outage"));
    const CtlRun table = ctl({QStringLiteral("list"), QStringLiteral("--active")});
    QVERIFY(table.out.contains("Current outage"));
    QVERIFY(!table.out.contains("Old outage"));
}

void TestWarroomctl::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB stands for the database path
    QTest::newRow("before the command")
        << QStringList{"--db", "DB", "--author", "dave", "note", "1", "x"};
    QTest::newRow("after the command")
        << QStringList{"note", "--db", "DB", "1", "--author", "dave", "x"};
    QTest::newRow("at the end") << QStringList{"note", "1", "x", "--author", "dave", "--db", "DB"};
    QTest::newRow("with =") << QStringList{"note", "--db=DB", "--author=dave", "1", "x"};
}

void TestWarroomctl::globalOptionsAnywhere()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(ctl(declareArgs(QStringLiteral("Upstream 503s"))).exitCode, 0);
    arguments.replaceInStrings(QStringLiteral("DB"), m_db);
    const CtlRun run = test::runCtl(arguments, environment(), *m_clock);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray timeline =
        ctl({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")})
            .jsonObject()[QLatin1String("timeline")]
            .toArray();
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.at(1)[QLatin1String("author")].toString(), QStringLiteral("dave"));
}

void TestWarroomctl::authorResolution_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value pairs
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("WARROOM_AUTHOR wins over USER")
        << QStringList{"WARROOM_AUTHOR=erin", "USER=root"} << QStringList{} << "erin";
    QTest::newRow("USER") << QStringList{"USER=frank", "USERNAME=zed"} << QStringList{} << "frank";
    QTest::newRow("USERNAME") << QStringList{"USERNAME=gina"} << QStringList{} << "gina";
    QTest::newRow("blank WARROOM_AUTHOR skipped")
        << QStringList{"WARROOM_AUTHOR= ", "USER=ivan"} << QStringList{} << "ivan";
    QTest::newRow("--author wins")
        << QStringList{"WARROOM_AUTHOR=erin"} << QStringList{"--author", "hank"} << "hank";
}

void TestWarroomctl::authorResolution()
{
    QFETCH(QStringList, variables);
    QFETCH(QStringList, extraArguments);
    QFETCH(QString, expected);
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("WARROOM_AUTHOR"));
    for (const QString &pair : variables)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    QCOMPARE(ctl(declareArgs(QStringLiteral("Upstream 503s")) + extraArguments, env).exitCode, 0);
    const QJsonObject shown =
        ctl({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).jsonObject();
    QCOMPARE(shown[QLatin1String("declared_by")].toString(), expected);
}

// --version and the default database location depend on the process: tst_warroomctl_smoke.
void TestWarroomctl::helpListsCommandsAndOptions()
{
    const CtlRun help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.err, QByteArray());
    for (const char *command :
         {"declare", "list", "show", "note", "status", "edit", "--db", "--busy-timeout-ms"})
        QVERIFY2(help.out.contains(command), command);

    const CtlRun declareHelp = ctl({QStringLiteral("declare"), QStringLiteral("--help")});
    QCOMPARE(declareHelp.exitCode, 0);
    for (const char *option :
         {"--title", "--category", "--severity", "--detected-at", "data-leak", "SEV3"})
        QVERIFY2(declareHelp.out.contains(option), option);

    QVERIFY(!QFileInfo::exists(m_db));
}

QTEST_GUILESS_MAIN(TestWarroomctl)
