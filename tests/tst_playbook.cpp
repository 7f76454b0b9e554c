#include "core/io/jsonlocator.h"
#include "core/playbook/playbook.h"
#include "playbooktestsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

// Loading and validating playbook files: the seed loads, and every malformed file is refused with
// a message naming the file, the line and the JSON path.
class TestPlaybook : public QObject
{
    Q_OBJECT

private slots:
    void seedLoads();
    void seedMatchesThePlaybookText();
    void malformedSeedEdits_data();
    void malformedSeedEdits();
    void malformedDocuments_data();
    void malformedDocuments();
    void byteOrderMarkIsAccepted();
    void minimalPlaybook();
    void fileProblemsNameTheFile();
    void valueLines();
    void suggestCategory_data();
    void suggestCategory();
    void checkTriggerIds();

private:
    static QByteArray seedText()
    {
        QFile file(QStringLiteral(":/playbook/default-playbook.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in playbook resource is missing");
        return file.readAll();
    }
};

void TestPlaybook::seedLoads()
{
    const Result<Playbook> pb = playbook::builtIn();
    QVERIFY2(pb, pb ? "" : qPrintable(pb.error().message));
    QCOMPARE(pb->formatVersion, 1);
    QCOMPARE(pb->dueSoonMinutes, 5);
    QCOMPARE(pb->icUsersPctAbove, 5.0);
    QCOMPARE(pb->icEnterpriseAbove, 1);
    QCOMPARE(pb->triggers.size(), 6);
    QCOMPARE(pb->categoryPrecedence.size(), category::all().size());
    QCOMPARE(pb->phases.size(), 6);
    QCOMPARE(pb->obligations.size(), 21);
    QCOMPARE(pb->source, QStringLiteral(":/playbook/default-playbook.json"));
}

// The rules the issue lists, as the data file encodes them.
void TestPlaybook::seedMatchesThePlaybookText()
{
    const Playbook &pb = test::seedPlaybook();
    const ObligationDef *sync = pb.obligation(QStringLiteral("channel-sync"));
    QVERIFY(sync && sync->cadence);
    QCOMPARE(sync->cadence->everyMinutes, 15);
    QCOMPARE(sync->cadence->resetBy, QStringList{QStringLiteral("sync_posted")});
    QCOMPARE(sync->owner, Role::OnCall);
    const ObligationDef *updates = pb.obligation(QStringLiteral("external-updates"));
    QVERIFY(updates && updates->cadence && updates->cadence->startsAtFirstReset);
    QCOMPARE(updates->cadence->everyMinutes, 30);
    const ObligationDef *engage = pb.obligation(QStringLiteral("engage-ic"));
    QVERIFY(engage && engage->mandatoryOnIcThreshold);
    QCOMPARE(engage->doneWhen.roles, QList<Role>{Role::IncidentCommander});
    const ObligationDef *escalate = pb.obligation(QStringLiteral("escalate-executives"));
    QVERIFY(escalate && escalate->onlyIfUnresolvedAtDue);
    QCOMPARE(escalate->doneWhen.roles, (QList<Role>{Role::VpEngineering, Role::Ceo}));
    QVERIFY(pb.obligation(QStringLiteral("key-account-outreach"))->doneWhen.keyAccounts ==
            KeyAccountRule::ClosedOut);
    QCOMPARE(pb.obligation(QStringLiteral("key-account-outreach"))->owner, Role::CustomerSuccess);
    QCOMPARE(pb.obligation(QStringLiteral("regulatory-notification"))->due->from,
             DueAnchor::Detected);
    QCOMPARE(pb.obligation(QStringLiteral("postmortem"))->due->from, DueAnchor::Restored);
    for (const ObligationDef &def : pb.obligations) {
        QVERIFY2(pb.phase(def.phaseId), qPrintable(def.id));
        QVERIFY2(!def.title.isEmpty(), qPrintable(def.id));
    }
}

static QByteArray replaceFirst(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("the seed playbook has no \"%s\" to replace", from.constData());
    return text.replace(at, from.size(), to);
}

void TestPlaybook::malformedSeedEdits_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("lineOf"); // the line this text starts on is the one named

    const auto row = [](const char *name, const char *from, const char *to, const char *path,
                        const char *message, const char *lineOf) {
        QTest::newRow(name) << QByteArray(from) << QByteArray(to) << QString::fromLatin1(path)
                            << QString::fromUtf8(message) << QByteArray(lineOf);
    };
    // Versions.
    row("unknown format_version", "\"format_version\": 1", "\"format_version\": 2",
        "format_version", "format version 2 is not supported; this build reads format version 1",
        "\"format_version\": 2");
    row("format_version as text", "\"format_version\": 1", "\"format_version\": \"1\"",
        "format_version", "must be a number, not a text", "\"format_version\"");
    row("fractional format_version", "\"format_version\": 1", "\"format_version\": 1.5",
        "format_version", "must be a whole number", "\"format_version\"");
    row("format_version missing", "\"format_version\": 1,", "", "format_version", "is missing",
        "{");
    // Wrong types.
    row("name is a number", "\"name\": \"Agent incident response playbook\"", "\"name\": 7", "name",
        "must be a text in quotes, not a number", "\"name\": 7");
    row("minutes as text", "\"minutes\": 15}", "\"minutes\": \"15\"}",
        "phases[0].obligations[0].due.minutes", "must be a number, not a text",
        "\"minutes\": \"15\"");
    row("checklist is a text",
        "\"checklist\": [\"Continue technical investigation and restoration\"]",
        "\"checklist\": \"Continue technical investigation and restoration\"",
        "phases[1].obligations[0].checklist", "must be a list [ ... ], not a text",
        "\"checklist\": \"Continue");
    row("obligation is a list", "{\n                    \"id\": \"open-channel\"",
        "[],{\n                    \"id\": \"open-channel\"", "phases[0].obligations[1]",
        "must be an object { ... }, not a list", "[],{");
    row("key_accounts unknown", "\"key_accounts\": \"closed_out\"", "\"key_accounts\": \"all\"",
        "phases[1].obligations[1].done_when.key_accounts",
        "\"all\" is not allowed here; use one of: attempted, closed_out", "\"all\"");
    row("key_accounts_attempted is text", "\"key_accounts\": \"closed_out\"",
        "\"key_accounts_attempted\": \"yes\"",
        "phases[1].obligations[1].done_when.key_accounts_attempted",
        "must be true or false, not a text", "\"yes\"");
    row("channels without publications", "\"done_when\": {\"roles\": [\"incident-commander\"]}",
        "\"done_when\": {\"roles\": [\"incident-commander\"], \"channels\": [\"email\"]}",
        "phases[0].obligations[2].done_when.channels",
        "counts publications; list \"announcement_published\" among the events", "\"channels\"");
    row("unknown channel", "\"channels\": [\"status-page\", \"email\"]",
        "\"channels\": [\"status-page\", \"fax\"]",
        "phases[2].obligations[3].done_when.channels[1]", "\"fax\" is not a channel", "\"fax\"");
    row("draft_ready without drafts", "\"done_when\": {\"roles\": [\"incident-commander\"]}",
        "\"done_when\": {\"roles\": [\"incident-commander\"], \"draft_ready\": true}",
        "phases[0].obligations[2].done_when.draft_ready",
        "judges drafts; list \"draft_created\" among the events", "\"draft_ready\"");
    row("manual_done on a cadence", "\"id\": \"channel-sync\",",
        "\"id\": \"channel-sync\", \"manual_done\": false,", "phases[1].obligations[0].manual_done",
        "a recurring obligation is always ticked by hand", "\"channel-sync\", \"manual_done\"");
    row("legal review without categories",
        "\"legal_review\": {\n        \"categories\": [\"data-leak\", \"output-error-loss\"]\n    "
        "},",
        "", "phases[2].obligations[2].applies_when.legal_review_required",
        "no category needs legal review", "\"applies_when\": {\"legal_review_required\"");
    row("IC threshold out of range", "\"users_pct_above\": 5", "\"users_pct_above\": 500",
        "ic_engagement.users_pct_above", "must be a number from 0 to 100", "500");
    // Missing fields.
    row("title missing", "\"title\": \"Open the incident channel (Slack / war room)\",", "",
        "phases[0].obligations[1].title", "is missing",
        "{\n                    \"id\": \"open-channel\"");
    row("owner missing", "\"owner\": \"support\",", "", "phases[1].obligations[2].owner",
        "is missing; use a role id", "{\n                    \"id\": \"support-templates\"");
    row("neither due nor cadence",
        "\"due\": {\"from\": \"restored\", \"minutes\": 0},\n                    \"done_when\": "
        "{\n                        \"events\": [\"announcement_published\"],\n"
        "                        \"announcement_kinds\": [\"customer-email\"]",
        "\"done_when\": {\"events\": [\"announcement_published\"], \"announcement_kinds\": "
        "[\"customer-email\"]",
        "phases[4].obligations[1]", "needs either \"due\" (a deadline) or \"cadence\"",
        "{\n                    \"id\": \"proactive-email\"");
    // Unknown ids.
    row("unknown role id", "\"owner\": \"legal\"", "\"owner\": \"cto\"",
        "phases[5].obligations[1].owner",
        "\"cto\" is not a role; use one of: on-call, incident-commander", "\"cto\"");
    row("unknown role in done_when", "\"roles\": [\"legal\"]", "\"roles\": [\"lawyer\"]",
        "phases[3].obligations[0].done_when.roles[0]", "\"lawyer\" is not a role", "\"lawyer\"");
    row("unknown category", "\"categories\": [\"billing-overcharge\"]",
        "\"categories\": [\"overbilling\"]", "phases[3].obligations[1].applies_when.categories[0]",
        "\"overbilling\" is not a category", "\"overbilling\"");
    row("unknown trigger category", "\"suggests\": \"data-leak\"", "\"suggests\": \"leak\"",
        "triggers[5].suggests", "\"leak\" is not a category", "\"leak\"");
    row("unknown event kind", "\"reset_by\": [\"sync_posted\"]", "\"reset_by\": [\"sync_post\"]",
        "phases[1].obligations[0].cadence.reset_by[0]",
        "\"sync_post\" is not a timeline event kind", "\"sync_post\"");
    row("unknown anchor", "\"from\": \"restored\", \"minutes\": 4320",
        "\"from\": \"resolved\", \"minutes\": 4320", "phases[5].obligations[0].due.from",
        "\"resolved\" is not allowed here; use one of: detected, restored",
        "\"from\": \"resolved\"");
    row("unknown key", "\"owner\": \"support\"", "\"owener\": \"support\"",
        "phases[1].obligations[2].owener", "unknown key \"owener\"", "\"owener\"");
    row("unknown mandatory condition", "\"mandatory_when\": \"ic-engagement-threshold\"",
        "\"mandatory_when\": \"always\"", "phases[0].obligations[2].mandatory_when",
        "\"always\" is not allowed here", "\"always\"");
    // Negative and zero durations.
    row("negative deadline", "\"minutes\": 4320}", "\"minutes\": -5}",
        "phases[5].obligations[0].due.minutes", "must not be negative (got -5)", "-5");
    row("zero cadence", "\"every_minutes\": 15", "\"every_minutes\": 0",
        "phases[1].obligations[0].cadence.every_minutes", "must be at least 1 (got 0)",
        "\"every_minutes\": 0");
    row("negative due-soon window", "\"due_soon_minutes\": 5", "\"due_soon_minutes\": -1",
        "due_soon_minutes", "must not be negative", "\"due_soon_minutes\"");
    // Duplicate ids.
    row("duplicate obligation id", "\"id\": \"support-templates\"", "\"id\": \"confirm-nature\"",
        "phases[1].obligations[2].id",
        "obligation id \"confirm-nature\" is already used at phases[0].obligations[0]",
        "\"id\": \"confirm-nature\",\n                    \"title\": \"Monitor");
    row("duplicate phase id", "\"id\": \"restoration\"", "\"id\": \"first-hour\"", "phases[4].id",
        "phase id \"first-hour\" is used twice",
        "\"id\": \"first-hour\",\n            \"title\": \"On restoration\"");
    row("duplicate trigger id", "\"id\": \"billing-undercharge\"", "\"id\": \"billing-overcharge\"",
        "triggers[4].id", "trigger id \"billing-overcharge\" is used twice",
        "\"id\": \"billing-overcharge\",\n            \"title\": \"Systematic token billing "
        "anomaly: users under");
    row("bad id spelling", "\"id\": \"open-channel\"", "\"id\": \"Open Channel\"",
        "phases[0].obligations[1].id", "\"Open Channel\" is not a valid id", "\"Open Channel\"");
    // Rules that contradict each other.
    row("due and cadence", "\"every_minutes\": 30,",
        "\"every_minutes\": 30}, \"due\": {\"from\": \"detected\", \"minutes\": 1}, "
        "\"applies_when\": {",
        "phases[2].obligations[4].cadence", "has either \"due\" or \"cadence\", not both",
        "\"cadence\": {\n                        \"every_minutes\": 30");
    row("unresolved_at_due after restoration",
        "\"due\": {\"from\": \"detected\", \"minutes\": 60},\n                    "
        "\"applies_when\": {\"unresolved_at_due\": true}",
        "\"due\": {\"from\": \"restored\", \"minutes\": 60},\n                    "
        "\"applies_when\": {\"unresolved_at_due\": true}",
        "phases[2].obligations[0].applies_when.unresolved_at_due",
        "needs a \"due\" counted from \"detected\"",
        "\"applies_when\": {\"unresolved_at_due\": true}");
    row("empty done_when", "\"done_when\": {\"roles\": [\"legal\"]}", "\"done_when\": {}",
        "phases[3].obligations[0].done_when", "names no condition", "\"done_when\": {}");
    row("unknown announcement kind", "\"announcement_kinds\": [\"resolved\"]",
        "\"announcement_kinds\": [\"all-clear\"]",
        "phases[4].obligations[0].done_when.announcement_kinds[0]",
        "\"all-clear\" is not a kind of announcement; use one of: initial, update",
        "\"all-clear\"");
    row("announcement kind twice", "\"announcement_kinds\": [\"resolved\"]",
        "\"announcement_kinds\": [\"resolved\", \"resolved\"]",
        "phases[4].obligations[0].done_when.announcement_kinds[1]", "\"resolved\" is listed twice",
        "\"announcement_kinds\": [\"resolved\", ");
    row("announcement kinds without an announcement event",
        "\"done_when\": {\"legal_signoff\": true}",
        "\"done_when\": {\"events\": [\"draft_signed_off\"], \"announcement_kinds\": "
        "[\"initial\"]}",
        "phases[2].obligations[2].done_when.announcement_kinds",
        "applies only to announcement events; list announcement_published or draft_created",
        "\"announcement_kinds\": [\"initial\"]}");
    row("empty announcement kinds in a cadence",
        "\"reset_by\": [\"announcement_published\"],\n                        "
        "\"announcement_kinds\": [\"initial\", \"update\", \"data-incident\", "
        "\"ownership-statement\", "
        "\"refund-notice\", \"billing-fixed\"],",
        "\"reset_by\": [\"announcement_published\"], \"announcement_kinds\": [],",
        "phases[2].obligations[4].cadence.announcement_kinds", "must not be an empty list",
        "\"announcement_kinds\": [],");
    row("precedence misses a suggested category", "\"data-leak\",\n        \"output-error-loss\"",
        "\"output-error-loss\"", "category_precedence",
        "does not list \"data-leak\", which triggers[5].suggests suggests",
        "\"category_precedence\"");
}

void TestPlaybook::malformedSeedEdits()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(QByteArray, lineOf);
    const QByteArray text = replaceFirst(seedText(), from, to);
    const qsizetype marker = text.indexOf(lineOf);
    QVERIFY2(marker >= 0, lineOf.constData());
    const int line = int(text.left(marker).count('\n')) + 1;

    const Result<Playbook> pb = playbook::parse(text, QStringLiteral("custom.json"));
    QVERIFY(!pb);
    QCOMPARE(pb.error().code, Error::Code::InvalidInput);
    QCOMPARE(pb.error().field, path);
    const QString expectedStart = QStringLiteral("custom.json:%1: %2: ").arg(line).arg(path);
    QVERIFY2(pb.error().message.startsWith(expectedStart),
             qPrintable(pb.error().message + QStringLiteral("\nexpected to start with: ") +
                        expectedStart));
    QVERIFY2(pb.error().message.contains(message), qPrintable(pb.error().message));
}

void TestPlaybook::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray("  \n")
                                << QStringLiteral("team.json: the file is empty");
    QTest::newRow("not JSON") << QByteArray("format_version = 1\n")
                              << QStringLiteral("team.json:1:1: not valid JSON: ");
    QTest::newRow("trailing comma, line 3")
        << QByteArray("{\n  \"format_version\": 1,\n  \"name\": \"x\",\n}\n")
        << QStringLiteral("team.json:4:1: not valid JSON: ");
    QTest::newRow("unclosed") << QByteArray("{\"format_version\": 1,\n \"phases\": [")
                              << QStringLiteral("team.json:2:");
    QTest::newRow("a list at the top")
        << QByteArray("[1, 2]")
        << QStringLiteral("team.json:1: the top level must be a JSON object");
    QTest::newRow("no phases")
        << QByteArray(
               "{\"format_version\": 1, \"name\": \"x\", \"triggers\": [],\n"
               " \"ic_engagement\": {\"users_pct_above\": 5, \"enterprise_customers_above\": 1},\n"
               " \"phases\": []}")
        << QStringLiteral("team.json:3: phases: must not be an empty list");
    QTest::newRow("YAML") << QByteArray("format_version: 1\nname: x\n")
                          << QStringLiteral("not valid JSON");
}

void TestPlaybook::malformedDocuments()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Result<Playbook> pb = playbook::parse(text, QStringLiteral("team.json"));
    QVERIFY(!pb);
    QVERIFY2(pb.error().message.contains(message), qPrintable(pb.error().message));
}

void TestPlaybook::byteOrderMarkIsAccepted()
{
    const Result<Playbook> pb =
        playbook::parse("\xEF\xBB\xBF" + seedText(), QStringLiteral("bom.json"));
    QVERIFY2(pb, pb ? "" : qPrintable(pb.error().message));
}

void TestPlaybook::minimalPlaybook()
{
    const QByteArray text = R"({
        "format_version": 1, "name": "Small team",
        "ic_engagement": {"users_pct_above": 10, "enterprise_customers_above": 0},
        "triggers": [],
        "phases": [{"id": "now", "title": "Now", "obligations": [
            {"id": "page-someone", "title": "Page someone", "owner": "on-call", "due": {"from": "detected", "minutes": 0}}
        ]}]
    })";
    const Result<Playbook> pb = playbook::parse(text, QStringLiteral("small.json"));
    QVERIFY2(pb, pb ? "" : qPrintable(pb.error().message));
    QCOMPARE(pb->dueSoonMinutes, 5); // the default when the file does not say
    QCOMPARE(pb->icUsersPctAbove, 10.0);
    QCOMPARE(pb->obligations.size(), 1);
    QCOMPARE(pb->obligations.constFirst().phaseId, QStringLiteral("now"));
    QVERIFY(pb->obligations.constFirst().checklist.isEmpty());
    QVERIFY(!playbook::suggestCategory(*pb, {QStringLiteral("anything")}));
}

void TestPlaybook::fileProblemsNameTheFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.json"));
    Result<Playbook> pb = playbook::loadFile(missing);
    QVERIFY(!pb);
    QCOMPARE(pb.error().code, Error::Code::Io);
    QVERIFY2(pb.error().message.contains(missing), qPrintable(pb.error().message));

    pb = playbook::loadFile(dir.path());
    QVERIFY2(!pb && pb.error().message.contains(QStringLiteral("not a file")),
             qPrintable(pb.error().message));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    test::writeFile(broken, "{\"format_version\": 1,\n\"name\": }");
    pb = playbook::loadFile(broken);
    QVERIFY(!pb);
    QVERIFY2(pb.error().message.startsWith(broken + QStringLiteral(":2:")),
             qPrintable(pb.error().message));

    const QString copy = dir.filePath(QStringLiteral("copy.json"));
    test::writeFile(copy, seedText());
    pb = playbook::loadFile(copy);
    QVERIFY2(pb, pb ? "" : qPrintable(pb.error().message));
    QCOMPARE(pb->source, copy);
}

void TestPlaybook::valueLines()
{
    const QByteArray text =
        "{\n \"a\": 1,\n \"b\": [\n  {\"c\": \"x\\\"y\"},\n  [2,\n   3]\n ],\n \"d\\n\": {}\n}";
    const QHash<QString, int> lines = jsonlocator::valueLines(text);
    QCOMPARE(lines.value(QString()), 1);
    QCOMPARE(lines.value(QStringLiteral("a")), 2);
    QCOMPARE(lines.value(QStringLiteral("b")), 3);
    QCOMPARE(lines.value(QStringLiteral("b[0]")), 4);
    QCOMPARE(lines.value(QStringLiteral("b[0].c")), 4);
    QCOMPARE(lines.value(QStringLiteral("b[1]")), 5);
    QCOMPARE(lines.value(QStringLiteral("b[1][1]")), 6);
    QCOMPARE(lines.value(QStringLiteral("d\n")), 8);
    QCOMPARE(jsonlocator::positionOf("ab\ncd", 4).line, 2);
    QCOMPARE(jsonlocator::positionOf("ab\ncd", 4).column, 2);
}

void TestPlaybook::suggestCategory_data()
{
    QTest::addColumn<QStringList>("ticked");
    QTest::addColumn<QString>("category"); // empty: no suggestion
    QTest::newRow("nothing ticked") << QStringList{} << QString();
    QTest::newRow("completion drop") << QStringList{QStringLiteral("completion-rate-drop")}
                                     << QStringLiteral("behavior-anomaly");
    QTest::newRow("upstream") << QStringList{QStringLiteral("upstream-unavailable")}
                              << QStringLiteral("upstream-unavailable");
    QTest::newRow("complaints") << QStringList{QStringLiteral("repeated-erroneous-output")}
                                << QStringLiteral("output-error-loss");
    QTest::newRow("over-charge") << QStringList{QStringLiteral("billing-overcharge")}
                                 << QStringLiteral("billing-overcharge");
    QTest::newRow("under-charge") << QStringList{QStringLiteral("billing-undercharge")}
                                  << QStringLiteral("billing-undercharge");
    QTest::newRow("data leak") << QStringList{QStringLiteral("data-leaked")}
                               << QStringLiteral("data-leak");
    QTest::newRow("leak wins over a completion drop")
        << QStringList{QStringLiteral("completion-rate-drop"), QStringLiteral("data-leaked")}
        << QStringLiteral("data-leak");
    QTest::newRow("billing wins over upstream")
        << QStringList{QStringLiteral("upstream-unavailable"),
                       QStringLiteral("billing-undercharge")}
        << QStringLiteral("billing-undercharge");
    QTest::newRow("unknown ids are ignored") << QStringList{QStringLiteral("nope")} << QString();
}

void TestPlaybook::suggestCategory()
{
    QFETCH(QStringList, ticked);
    QFETCH(QString, category);
    const std::optional<Category> suggested =
        playbook::suggestCategory(test::seedPlaybook(), ticked);
    QCOMPARE(suggested ? category::id(*suggested) : QString(), category);
}

void TestPlaybook::checkTriggerIds()
{
    const Playbook &pb = test::seedPlaybook();
    QVERIFY(playbook::checkTriggerIds(pb, {}));
    QVERIFY(playbook::checkTriggerIds(
        pb, {QStringLiteral("data-leaked"), QStringLiteral("upstream-unavailable")}));
    Result<void> r = playbook::checkTriggerIds(pb, {QStringLiteral("leak")});
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("\"leak\" is not a trigger condition")),
             qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("completion-rate-drop")),
             qPrintable(r.error().message));
    r = playbook::checkTriggerIds(pb,
                                  {QStringLiteral("data-leaked"), QStringLiteral("data-leaked")});
    QVERIFY2(!r && r.error().message.contains(QStringLiteral("given twice")),
             qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestPlaybook)
#include "tst_playbook.moc"
