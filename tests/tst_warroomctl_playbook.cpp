#include "core/base/utctime.h"
#include "ctlinprocess.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;
using test::CtlRun;

// The playbook side of warroomctl, end to end in process: declare --trigger, sync, done, waive,
// the "obligations" and "triggers" of show --json, and --playbook FILE.
//
// warroomctl runs on a manual clock, and incidents are declared as detected 20 minutes before it:
// the T+15 deadlines are 5 minutes past and the T+60 ones 40 minutes ahead, to the second.
class TestWarroomctlPlaybook : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void declareWithTriggersAndShowObligations();
    void syncDoneAndWaive();
    void closeIsRefusedWhileObligationsAreOpen();
    void refusals_data();
    void refusals();
    void customPlaybook();
    void badPlaybookFile_data();
    void badPlaybookFile();

private:
    CtlRun ctl(const QStringList &arguments) const
    {
        return test::runCtl(QStringList{QStringLiteral("--db"), m_db} + arguments,
                            test::ctlEnvironment(QStringLiteral("alice")), *m_clock);
    }
    QString declare(const QStringList &extra = {})
    {
        const CtlRun run =
            ctl(QStringList{QStringLiteral("declare"), QStringLiteral("--title"),
                            QStringLiteral("API down"), QStringLiteral("--category"),
                            QStringLiteral("outage"), QStringLiteral("--severity"),
                            QStringLiteral("SEV1"), QStringLiteral("--affected-users-pct"),
                            QStringLiteral("8"), QStringLiteral("--detected-at"),
                            utctime::toIso(m_detected)} +
                extra);
        return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed() : QString();
    }
    QJsonObject obligation(const QString &id, const QString &obligationId) const
    {
        const QJsonObject shown =
            ctl({QStringLiteral("show"), id, QStringLiteral("--json")}).jsonObject();
        for (const QJsonValue &o : shown.value(QStringLiteral("obligations")).toArray()) {
            if (o[QLatin1String("id")].toString() == obligationId)
                return o.toObject();
        }
        return {};
    }
    int eventCount(const QString &id) const
    {
        return int(ctl({QStringLiteral("show"), id, QStringLiteral("--json")})
                       .jsonObject()
                       .value(QStringLiteral("timeline"))
                       .toArray()
                       .size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<ManualClock> m_clock;
    QDateTime m_detected;
};

void TestWarroomctlPlaybook::init()
{
    test::failOnCtlWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("ctl.sqlite"));
    m_clock = std::make_unique<ManualClock>(test::ctlStart());
    m_detected = test::ctlStart().addSecs(-20 * 60);
}

void TestWarroomctlPlaybook::declareWithTriggersAndShowObligations()
{
    const QString id = declare({QStringLiteral("--trigger"), QStringLiteral("upstream-unavailable"),
                                QStringLiteral("--trigger=completion-rate-drop")});
    QVERIFY(!id.isEmpty());
    const CtlRun shown = ctl({QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject json = shown.jsonObject();

    const QJsonArray triggers = json.value(QStringLiteral("triggers")).toArray();
    QCOMPARE(triggers.size(), 2);
    QCOMPARE(triggers.at(0)[QLatin1String("id")].toString(),
             QStringLiteral("completion-rate-drop"));
    QCOMPARE(triggers.at(1)[QLatin1String("title")].toString(),
             QStringLiteral("Upstream model API (Anthropic / OpenAI / self-hosted) unavailable"));
    QCOMPARE(json.value(QStringLiteral("timeline"))
                 .toArray()
                 .at(0)[QLatin1String("payload")][QLatin1String("triggers")]
                 .toArray()
                 .size(),
             2);

    // Every obligation of the playbook, with its due time and state.
    const QJsonArray obligations = json.value(QStringLiteral("obligations")).toArray();
    QCOMPARE(obligations.size(), 21);
    for (const QJsonValue &o : obligations) {
        for (const char *key :
             {"id", "title", "owner", "state", "due_at", "countdown", "mandatory", "phase"})
            QVERIFY2(o.toObject().contains(QLatin1String(key)), key);
    }
    const QJsonObject engage = obligation(id, QStringLiteral("engage-ic"));
    QCOMPARE(engage.value(QStringLiteral("state")).toString(), QStringLiteral("overdue"));
    QCOMPARE(engage.value(QStringLiteral("due_at")).toString(),
             utctime::toIso(m_detected.addSecs(15 * 60)));
    QVERIFY(engage.value(QStringLiteral("mandatory")).toBool());
    QCOMPARE(engage.value(QStringLiteral("mandatory_reason")).toString(),
             QStringLiteral("8% of users affected (more than 5%)"));
    QCOMPARE(engage.value(QStringLiteral("seconds_left")).toInteger(), -300);
    QCOMPARE(engage.value(QStringLiteral("countdown")).toString(),
             QStringLiteral("overdue 5 m 00 s"));
    const QJsonObject first = obligation(id, QStringLiteral("first-announcement"));
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("upcoming"));
    QCOMPARE(first.value(QStringLiteral("due_at")).toString(),
             utctime::toIso(m_detected.addSecs(60 * 60)));
    const QJsonObject postmortem = obligation(id, QStringLiteral("postmortem"));
    QVERIFY(postmortem.value(QStringLiteral("due_at")).isNull());
    QCOMPARE(postmortem.value(QStringLiteral("waiting_for")).toString(),
             QStringLiteral("due 72 h after restoration"));
    QCOMPARE(
        obligation(id, QStringLiteral("legal-review")).value(QStringLiteral("state")).toString(),
        QStringLiteral("not-applicable"));

    const CtlRun text = ctl({QStringLiteral("show"), id});
    QVERIFY(text.out.contains("Playbook obligations"));
    QVERIFY(text.out.contains("MANDATORY: 8% of users affected (more than 5%)"));
    // Open obligations say what their evidence still lacks.
    QVERIFY2(text.out.contains("key-account-outreach") &&
                 text.out.contains("— no key accounts selected yet"),
             text.out.constData());
}

void TestWarroomctlPlaybook::syncDoneAndWaive()
{
    const QString id = declare();
    QVERIFY(!id.isEmpty());
    QCOMPARE(
        obligation(id, QStringLiteral("channel-sync")).value(QStringLiteral("state")).toString(),
        QStringLiteral("overdue"));
    CtlRun run = ctl({QStringLiteral("sync"), id, QStringLiteral("no"), QStringLiteral("new"),
                      QStringLiteral("progress")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.endsWith("recorded here only: Slack is not set up for this process (set "
                              "WARROOM_SLACK_WEBHOOK_URL to post syncs to the incident "
                              "channel).\n"),
             run.out.constData());
    const QJsonObject sync = obligation(id, QStringLiteral("channel-sync"));
    QCOMPARE(sync.value(QStringLiteral("state")).toString(), QStringLiteral("upcoming"));
    QCOMPARE(sync.value(QStringLiteral("seconds_left")).toInteger(), 15 * 60);

    // alice holds no role yet: refused, the message names who may, the attempt is recorded.
    run = ctl({QStringLiteral("done"), id, QStringLiteral("open-channel"), QStringLiteral("--note"),
               QStringLiteral("#inc-7")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errIsOneLine());
    QVERIFY2(run.errText().contains(QStringLiteral("Only the On-call engineer (nobody holds it "
                                                   "yet) or the incident commander")),
             qPrintable(run.errText()));
    QCOMPARE(ctl({QStringLiteral("assign"), id, QStringLiteral("on-call"), QStringLiteral("alice"),
                  QStringLiteral("--override")})
                 .exitCode,
             0);
    run = ctl({QStringLiteral("done"), id, QStringLiteral("open-channel"), QStringLiteral("--note"),
               QStringLiteral("#inc-7")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject open = obligation(id, QStringLiteral("open-channel"));
    QCOMPARE(open.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(open.value(QStringLiteral("settled_by")).toString(), QStringLiteral("alice"));
    QCOMPARE(open.value(QStringLiteral("note")).toString(), QStringLiteral("#inc-7"));

    // The first announcement is the incident commander's to waive.
    QCOMPARE(ctl({QStringLiteral("assign"), id, QStringLiteral("incident-commander"),
                  QStringLiteral("alice"), QStringLiteral("--override")})
                 .exitCode,
             0);
    run = ctl({QStringLiteral("waive"), id, QStringLiteral("first-announcement"),
               QStringLiteral("--reason"), QStringLiteral("internal tooling only")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject first = obligation(id, QStringLiteral("first-announcement"));
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("waived"));
    QCOMPARE(first.value(QStringLiteral("note")).toString(),
             QStringLiteral("internal tooling only"));
    // declared, sync, refused, assigned, done, assigned, waived
    QCOMPARE(eventCount(id), 7);
}

void TestWarroomctlPlaybook::closeIsRefusedWhileObligationsAreOpen()
{
    const QString id = declare();
    QCOMPARE(ctl({QStringLiteral("status"), id, QStringLiteral("restored")}).exitCode, 0);
    const int before = eventCount(id);
    const CtlRun refused = ctl({QStringLiteral("status"), id, QStringLiteral("closed")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.errIsOneLine());
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().startsWith(
                 QStringLiteral("warroomctl: Cannot close incident %1: ").arg(id)),
             qPrintable(refused.errText()));
    QVERIFY2(refused.errText().contains(QStringLiteral("Publish the \"resolved\" announcement")),
             qPrintable(refused.errText()));
    QVERIFY2(refused.errText().endsWith(QStringLiteral("then close.\n")),
             qPrintable(refused.errText()));
    QCOMPARE(eventCount(id), before);
    QCOMPARE(ctl({QStringLiteral("show"), id, QStringLiteral("--json")})
                 .jsonObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("restored"));
}

void TestWarroomctlPlaybook::refusals_data()
{
    QTest::addColumn<QStringList>("arguments"); // "ID" stands for the incident's id
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString id = QStringLiteral("ID");
    QTest::newRow("waive without --reason")
        << QStringList{QStringLiteral("waive"), id, QStringLiteral("first-announcement")} << 2
        << QStringLiteral("waive needs --reason");
    QTest::newRow("waive with a blank reason")
        << QStringList{QStringLiteral("waive"), id, QStringLiteral("first-announcement"),
                       QStringLiteral("--reason"), QStringLiteral(" ")}
        << 1
        << QStringLiteral("Waiving \"Publish the first external announcement (status page + "
                          "email)\" needs a reason: say why it is not being done. "
                          "(first-announcement)");
    QTest::newRow("unknown obligation")
        << QStringList{QStringLiteral("done"), id, QStringLiteral("open-chanel")} << 1
        << QStringLiteral("\"open-chanel\" is not an obligation of the playbook");
    QTest::newRow("mandatory IC engagement")
        << QStringList{QStringLiteral("done"), id, QStringLiteral("engage-ic")} << 1
        << QStringLiteral("\"Engage IC: decide whether an incident commander is required\" is "
                          "mandatory (8% of users affected");
    QTest::newRow("not applicable")
        << QStringList{QStringLiteral("done"), id, QStringLiteral("overcharge-refund")} << 1
        << QStringLiteral("does not apply to this incident");
    QTest::newRow("done needs the obligation")
        << QStringList{QStringLiteral("done"), id} << 2
        << QStringLiteral("done needs the argument OBLIGATION");
    QTest::newRow("sync needs text") << QStringList{QStringLiteral("sync"), id} << 2
                                     << QStringLiteral("sync needs the argument TEXT");
    QTest::newRow("blank sync") << QStringList{QStringLiteral("sync"), id, QStringLiteral(" ")} << 1
                                << QStringLiteral("\"no new progress\" is a valid sync");
    QTest::newRow("unknown incident")
        << QStringList{QStringLiteral("done"), QStringLiteral("99"), QStringLiteral("open-channel")}
        << 1 << QStringLiteral("There is no incident 99");
    QTest::newRow("unknown trigger")
        << QStringList{QStringLiteral("declare"), QStringLiteral("--title"),
                       QStringLiteral("T"),       QStringLiteral("--category"),
                       QStringLiteral("outage"),  QStringLiteral("--severity"),
                       QStringLiteral("SEV2"),    QStringLiteral("--trigger"),
                       QStringLiteral("leak")}
        << 1
        << QStringLiteral("--trigger: \"leak\" is not a trigger condition of the playbook; use one "
                          "of: completion-rate-drop");
    QTest::newRow("trigger twice")
        << QStringList{QStringLiteral("declare"),     QStringLiteral("--title"),
                       QStringLiteral("T"),           QStringLiteral("--category"),
                       QStringLiteral("outage"),      QStringLiteral("--severity"),
                       QStringLiteral("SEV2"),        QStringLiteral("--trigger"),
                       QStringLiteral("data-leaked"), QStringLiteral("--trigger"),
                       QStringLiteral("data-leaked")}
        << 1 << QStringLiteral("Trigger condition \"data-leaked\" is given twice");
}

void TestWarroomctlPlaybook::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString id = declare();
    QVERIFY(!id.isEmpty());
    arguments.replaceInStrings(QStringLiteral("ID"), id);
    const int before = eventCount(id);
    const QByteArray list = ctl({QStringLiteral("list"), QStringLiteral("--json")}).out;
    const CtlRun run = ctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errIsOneLine(), run.err.constData());
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QCOMPARE(eventCount(id), before);
    QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("--json")}).out, list);
}

void TestWarroomctlPlaybook::customPlaybook()
{
    const QString file = m_dir->filePath(QStringLiteral("ours.json"));
    test::writeFile(file, R"({
        "format_version": 1, "name": "Small team", "due_soon_minutes": 10,
        "ic_engagement": {"users_pct_above": 50, "enterprise_customers_above": 5},
        "triggers": [{"id": "pager", "title": "The pager went off", "suggests": "outage"}],
        "category_precedence": ["outage"],
        "phases": [{"id": "now", "title": "Now", "obligations": [
            {"id": "call-boss", "title": "Call the boss", "owner": "ceo", "due": {"from": "detected", "minutes": 30}}
        ]}]
    })");
    const QString pb = QStringLiteral("--playbook=") + file;
    const CtlRun declared =
        ctl({pb, QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("T"),
             QStringLiteral("--category"), QStringLiteral("outage"), QStringLiteral("--severity"),
             QStringLiteral("SEV3"), QStringLiteral("--trigger"), QStringLiteral("pager"),
             QStringLiteral("--detected-at"), utctime::toIso(m_detected)});
    QCOMPARE(declared.exitCode, 0);
    const QString id = QString::fromUtf8(declared.out).trimmed();
    const QJsonObject json =
        ctl({QStringLiteral("show"), id, QStringLiteral("--json"), pb}).jsonObject();
    const QJsonArray obligations = json.value(QStringLiteral("obligations")).toArray();
    QCOMPARE(obligations.size(), 1);
    QCOMPARE(obligations.at(0)[QLatin1String("id")].toString(), QStringLiteral("call-boss"));
    QCOMPARE(obligations.at(0)[QLatin1String("owner")].toString(), QStringLiteral("ceo"));
    QCOMPARE(obligations.at(0)[QLatin1String("state")].toString(),
             QStringLiteral("due-soon")); // 10 min left, window 10
    QCOMPARE(
        json.value(QStringLiteral("triggers")).toArray().at(0)[QLatin1String("title")].toString(),
        QStringLiteral("The pager went off"));
    QCOMPARE(ctl({pb, QStringLiteral("done"), id, QStringLiteral("call-boss")}).exitCode, 1);
    QCOMPARE(ctl({pb, QStringLiteral("assign"), id, QStringLiteral("ceo"), QStringLiteral("alice"),
                  QStringLiteral("--override")})
                 .exitCode,
             0);
    QCOMPARE(ctl({pb, QStringLiteral("done"), id, QStringLiteral("call-boss")}).exitCode, 0);

    // With the built-in playbook the same incident shows the seed's obligations; the stored
    // trigger the seed does not know is still listed, without a title.
    const QJsonObject seed =
        ctl({QStringLiteral("show"), id, QStringLiteral("--json")}).jsonObject();
    QCOMPARE(seed.value(QStringLiteral("obligations")).toArray().size(), 21);
    QVERIFY(
        seed.value(QStringLiteral("triggers")).toArray().at(0)[QLatin1String("title")].isNull());
}

void TestWarroomctlPlaybook::badPlaybookFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("message");    // %1 is the file
    QTest::newRow("missing") << QByteArray()
                             << QStringLiteral("Playbook %1 does not exist or is not a file.");
    QTest::newRow("not JSON") << QByteArray("phases:\n  - now\n")
                              << QStringLiteral("%1:1:1: not valid JSON");
    QTest::newRow("newer format") << QByteArray("{\n\"format_version\": 3}")
                                  << QStringLiteral(
                                         "%1:2: format_version: format version 3 is not supported");
    QTest::newRow("unknown role")
        << QByteArray(R"({"format_version": 1, "name": "x", "triggers": [],
"ic_engagement": {"users_pct_above": 5, "enterprise_customers_above": 1},
"phases": [{"id": "p", "title": "P", "obligations": [
  {"id": "o", "title": "O", "owner": "intern", "due": {"from": "detected", "minutes": 5}}]}]})")
        << QStringLiteral("%1:4: phases[0].obligations[0].owner: \"intern\" is not a role");
}

void TestWarroomctlPlaybook::badPlaybookFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString file = m_dir->filePath(QStringLiteral("team.json"));
    if (!content.isEmpty())
        test::writeFile(file, content);
    for (const QStringList &command : {QStringList{QStringLiteral("list")},
                                       QStringList{QStringLiteral("show"), QStringLiteral("1")}}) {
        const CtlRun run = ctl(QStringList{QStringLiteral("--playbook"), file} + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errIsOneLine(), run.err.constData());
        QVERIFY2(run.errText().startsWith(QStringLiteral("warroomctl: ") + message.arg(file)),
                 qPrintable(run.errText()));
    }
    QVERIFY(!QFileInfo::exists(m_db)); // refused before the database was opened
}

QTEST_GUILESS_MAIN(TestWarroomctlPlaybook)
#include "tst_warroomctl_playbook.moc"
