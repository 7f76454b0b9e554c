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
    void draftsAreNamedByTheirNumberInTheIncident();
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
    QCOMPARE(first.value(QLatin1String("number")).toInt(), 1);
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
    QCOMPARE(p.value(QLatin1String("draft_number")).toInt(), 1);
    QCOMPARE(p.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(p.value(QLatin1String("published_by")).toString(), QStringLiteral("Ines"));
    QCOMPARE(p.value(QLatin1String("sha256")).toString(),
             first.value(QLatin1String("sha256")).toString());
    QVERIFY(p.value(QLatin1String("body")).toString().contains(QStringLiteral("Next update: ")));

    // The text form has a block for each.
    const CtlRun text = ctl(db, {QStringLiteral("show"), QString::number(incident)}, f.clock);
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral(
                 "Drafts\n  #1 status-page update v2 [published]: Update: email drafting tasks")),
             text.out.constData());
    QVERIFY(out.contains(QStringLiteral("[draft, needs legal]")));
    QVERIFY(out.contains(QStringLiteral("Publications\n  ")));
    QVERIFY(out.contains(
        QStringLiteral("draft #1 v2 status-page by Ines: Update: email drafting tasks")));
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
    QCOMPARE(created.out, QByteArray("1/1\n")); // incident 1, its draft #1
    const QString draft = QStringLiteral("1/1");
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
                                  << QStringList{gate, QStringLiteral("1/1"),
                                                 QStringLiteral("ship")}
                                  << 2 << QStringLiteral("not a gate step");
    QTest::newRow("bad draft") << QStringLiteral("Pia")
                               << QStringList{gate, QStringLiteral("x"), QStringLiteral("submit")}
                               << 1
                               << QStringLiteral("Draft \"x\" is not INCIDENT/NUMBER: name a "
                                                 "draft by its incident and its number there");
    QTest::newRow("draft zero") << QStringLiteral("Pia")
                                << QStringList{gate, QStringLiteral("1/0"),
                                               QStringLiteral("submit")}
                                << 1 << QStringLiteral("Draft \"1/0\" is not INCIDENT/NUMBER");
    QTest::newRow("no such draft")
        << QStringLiteral("Pia")
        << QStringList{gate, QStringLiteral("1/9"), QStringLiteral("submit")} << 1
        << QStringLiteral("Incident 1 has no draft #9: its only draft is #1. 'warroomctl show 1' "
                          "lists its drafts.");
    QTest::newRow("no such incident")
        << QStringLiteral("Pia")
        << QStringList{gate, QStringLiteral("7/1"), QStringLiteral("submit")} << 1
        << QStringLiteral("There is no incident 7.");
    // What earlier versions printed and took: the database id, refused with what to type.
    QTest::newRow("database id")
        << QStringLiteral("Pia") << QStringList{gate, QStringLiteral("1"), QStringLiteral("submit")}
        << 1 << QStringLiteral("The draft with database id 1 is draft #1 of incident 1: type 1/1.");
    QTest::newRow("unknown database id")
        << QStringLiteral("Pia") << QStringList{gate, QStringLiteral("9"), QStringLiteral("submit")}
        << 1 << QStringLiteral("Draft \"9\" is not INCIDENT/NUMBER");
    QTest::newRow("placeholders left")
        << QStringLiteral("Pia")
        << QStringList{gate, QStringLiteral("1/1"), QStringLiteral("submit"),
                       QStringLiteral("--reason"), QStringLiteral("please")}
        << 1 << QStringLiteral("{{progress_summary}}");
    QTest::newRow("approve before legal")
        << QStringLiteral("Ines")
        << QStringList{gate, QStringLiteral("1/1"), QStringLiteral("approve")} << 1
        << QStringLiteral("legal sign-off");
    QTest::newRow("changes without reason")
        << QStringLiteral("Lea")
        << QStringList{gate, QStringLiteral("1/1"), QStringLiteral("request-changes")} << 1
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

// The board's "Draft #1" of the second incident is what warroomctl prints and takes (2/1), though
// its database id is 2; show and outbox give both.
void TestWarroomctlComms::draftsAreNamedByTheirNumberInTheIncident()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("numbers.sqlite"));
    {
        test::CommsFixture f;
        QVERIFY(f.open(db));
        QCOMPARE(f.staffedIncident(Category::Outage), qint64(1));
        QCOMPARE(f.staffedIncident(Category::Outage), qint64(2));
        QCOMPARE(f.createDraft(1), qint64(1)); // incident 1's draft #1 has the database id 1
    }
    ManualClock clock(test::testStart().addSecs(60));
    const QString body = dir.filePath(QStringLiteral("body.txt"));
    test::writeFile(body, "We rolled the prompt update back; completion rates are recovering.\n"
                          "Next update: {{next_update_utc}}.\n");
    const CtlRun created =
        as(db, QStringLiteral("Pia"),
           {QStringLiteral("draft"), QStringLiteral("2"), QStringLiteral("--template"),
            QStringLiteral("progress-update"), QStringLiteral("--title"),
            QStringLiteral("Update: {{task_type}}"), QStringLiteral("--body-file"), body},
           clock);
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out, QByteArray("2/1\n"));

    // The old form, the database id 2, is refused with what to type instead.
    const CtlRun byId =
        as(db, QStringLiteral("Ines"),
           {QStringLiteral("gate"), QStringLiteral("2"), QStringLiteral("approve")}, clock);
    QCOMPARE(byId.exitCode, 1);
    QVERIFY(byId.errIsOneLine());
    QVERIFY2(byId.errText().contains(QStringLiteral(
                 "The draft with database id 2 is draft #1 of incident 2: type 2/1.")),
             byId.err.constData());

    clock.advanceSecs(60);
    const QString draft = QString::fromUtf8(created.out).trimmed();
    QCOMPARE(as(db, QStringLiteral("Ines"),
                {QStringLiteral("gate"), draft, QStringLiteral("approve")}, clock)
                 .exitCode,
             0);
    clock.advanceSecs(60);
    const CtlRun published = as(db, QStringLiteral("Ines"),
                                {QStringLiteral("gate"), draft, QStringLiteral("publish")}, clock);
    QCOMPARE(published.exitCode, 0);

    const QJsonObject shown =
        ctl(db, {QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json")}, clock)
            .jsonObject();
    const QJsonArray drafts = shown.value(QLatin1String("drafts")).toArray();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0).toObject().value(QLatin1String("id")).toInteger(), qint64(2));
    QCOMPARE(drafts.at(0).toObject().value(QLatin1String("number")).toInt(), 1);
    QCOMPARE(drafts.at(0).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("published"));
    const QJsonObject publication =
        shown.value(QLatin1String("publications")).toArray().at(0).toObject();
    QCOMPARE(publication.value(QLatin1String("draft_id")).toInteger(), qint64(2));
    QCOMPARE(publication.value(QLatin1String("draft_number")).toInt(), 1);
    QStringList texts;
    for (const QJsonValue &e : shown.value(QLatin1String("timeline")).toArray()) {
        const QJsonObject event = e.toObject();
        texts.append(event.value(QLatin1String("text")).toString());
        if (event.value(QLatin1String("payload")).toObject().contains(QLatin1String("draft_id")))
            QCOMPARE(event.value(QLatin1String("payload"))
                         .toObject()
                         .value(QLatin1String("draft_number"))
                         .toInt(),
                     1);
    }
    QVERIFY2(texts.contains(QStringLiteral("Started draft #1: Progress update, Status page")),
             qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY2(texts.filter(QStringLiteral("Published draft #1 v1 (Progress update)")).size() == 1,
             qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY(texts.filter(QStringLiteral("draft 2")).isEmpty());

    // The text form and the outbox name it the same way.
    const QString text =
        QString::fromUtf8(ctl(db, {QStringLiteral("show"), QStringLiteral("2")}, clock).out);
    QVERIFY2(text.contains(QStringLiteral("Drafts\n  #1 status-page update v1 [published]: ")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Started draft #1: Progress update, Status page")),
             qPrintable(text));
    const CtlRun outbox = as(db, QStringLiteral("Ines"), {QStringLiteral("outbox")}, clock);
    QCOMPARE(outbox.exitCode, 0);
    QVERIFY2(outbox.out.startsWith("#1 incident 2 publication 1 (draft #1) Status page: queued"),
             outbox.out.constData());
}

QTEST_GUILESS_MAIN(TestWarroomctlComms)
#include "tst_warroomctl_comms.moc"
