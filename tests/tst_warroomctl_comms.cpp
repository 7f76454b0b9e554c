#include "commstestsupport.h"
#include "ctlinprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace warroom;
using test::CtlRun;

// Drafts from the command line end to end: `draft`, `gate`, and the drafts and publications
// of `show`, with cli::run in process on a manual clock that goes on from the fixture's.
class TestWarroomctlComms : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showListsDraftsAndPublications();
    void draftAndGateFromTheCommandLine();
    void draftAndGateRefusals_data();
    void draftAndGateRefusals();
};

void TestWarroomctlComms::init()
{
    test::failOnCtlWarnings();
}

namespace {

// warroomctl on db, with no author in the environment.
CtlRun ctl(const QString &db, const QStringList &arguments, const Clock &clock)
{
    return test::runCtl(QStringList{QStringLiteral("--db"), db} + arguments, QProcessEnvironment(),
                        clock);
}

} // namespace

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

    f.clock.advanceSecs(60); // warroomctl reads the board a minute later, on the same clock
    const CtlRun run = ctl(
        db, {QStringLiteral("show"), QString::number(incident), QStringLiteral("--json")}, f.clock);
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
    const CtlRun text = ctl(db, {QStringLiteral("show"), QString::number(incident)}, f.clock);
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

CtlRun as(const QString &db, const QString &author, const QStringList &arguments,
          const Clock &clock)
{
    return ctl(db, QStringList{QStringLiteral("--author"), author} + arguments, clock);
}

} // namespace

void TestWarroomctlComms::draftAndGateFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString db = staffedDatabase(dir);
    QVERIFY(!db.isEmpty());
    // The fixture's clock went with it: warroomctl's goes on a minute later.
    ManualClock clock(test::testStart().addSecs(60));
    const QString body = dir.filePath(QStringLiteral("body.txt"));
    test::writeFile(
        body, "Our agent sent three drafts to the wrong recipients. We take full responsibility.\n"
              "Next update: {{next_update_utc}}.\n");
    const CtlRun created =
        as(db, QStringLiteral("Pia"),
           {QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--template"),
            QStringLiteral("progress-update"), QStringLiteral("--title"),
            QStringLiteral("Update: {{task_type}}"), QStringLiteral("--body-file"), body},
           clock);
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out, QByteArray("1\n"));
    const QString draft = QStringLiteral("1");
    clock.advanceSecs(60); // a minute between steps, as people take

    QCOMPARE(as(db, QStringLiteral("Pia"),
                {QStringLiteral("gate"), draft, QStringLiteral("submit")}, clock)
                 .exitCode,
             0);
    const CtlRun wrongPerson =
        as(db, QStringLiteral("Pia"), {QStringLiteral("gate"), draft, QStringLiteral("sign-off")},
           clock);
    QCOMPARE(wrongPerson.exitCode, 1);
    QVERIFY(wrongPerson.errIsOneLine());
    QVERIFY2(wrongPerson.errText().contains(QStringLiteral("Only legal (Lea) can sign off")),
             wrongPerson.err.constData());
    clock.advanceSecs(60);
    QCOMPARE(as(db, QStringLiteral("Lea"),
                {QStringLiteral("gate"), draft, QStringLiteral("sign-off")}, clock)
                 .exitCode,
             0);
    clock.advanceSecs(60);
    QCOMPARE(as(db, QStringLiteral("Ines"),
                {QStringLiteral("gate"), draft, QStringLiteral("approve")}, clock)
                 .exitCode,
             0);
    clock.advanceSecs(60);
    const CtlRun published = as(db, QStringLiteral("Ines"),
                                {QStringLiteral("gate"), draft, QStringLiteral("publish")}, clock);
    QCOMPARE(published.exitCode, 0);
    // The id first, then what was queued where: nothing has been sent.
    QCOMPARE(published.out,
             QByteArray("1\nqueued #1: Status page (not configured here: another process sends "
                        "it, or post it by hand)\nNothing has been sent yet: 'warroomctl outbox "
                        "run' sends what this process is configured for; 'warroomctl outbox' "
                        "shows the delivery states.\n"));

    const QJsonObject shown =
        ctl(db, {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, clock)
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

// Everything incident 1 shows, countdowns included: on a manual clock two runs agree exactly.
static QByteArray recorded(const QString &db, const Clock &clock)
{
    return ctl(db, {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, clock)
        .out;
}

void TestWarroomctlComms::draftAndGateRefusals()
{
    QFETCH(QString, author);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString db = staffedDatabase(dir);
    QVERIFY(!db.isEmpty());
    // The fixture's clock went with it: warroomctl's goes on a minute later.
    ManualClock clock(test::testStart().addSecs(60));
    // Draft 1 straight from the template: placeholders left.
    QCOMPARE(as(db, QStringLiteral("Pia"),
                {QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--template"),
                 QStringLiteral("progress-update")},
                clock)
                 .exitCode,
             0);
    const QByteArray before = recorded(db, clock);
    QVERIFY(before.contains("\"drafts\""));
    const CtlRun run = as(db, author, arguments, clock);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errIsOneLine(), run.err.constData());
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
    QCOMPARE(recorded(db, clock), before); // nothing written
}

QTEST_GUILESS_MAIN(TestWarroomctlComms)
#include "tst_warroomctl_comms.moc"
