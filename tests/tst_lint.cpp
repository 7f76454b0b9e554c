#include "comms/lint/linter.h"
#include "core/comms/announcementkind.h"

#include <QTest>

using namespace warroom;

// The lint engine: loading rule files, placeholder and channel checks, offsets and fields.
class TestLint : public QObject
{
    Q_OBJECT

private slots:
    void builtinRulesLoad();
    void placeholderFindings();
    void channelLimits();
    void offsetsPointAtTheWords();
    void titleAndBodyFields();
    void curlyQuotesAndNbsp();
    void helpers();
    void badRuleFiles_data();
    void badRuleFiles();
    void organisationRuleFile();
    void denseMegabyteIsLintedWhole();
    void megabyteWithoutSentenceEnds();
    void megabyteLineOfPlaceholders();
};

namespace {

QStringList ruleIds(const QList<LintFinding> &findings)
{
    QStringList ids;
    for (const LintFinding &f : findings)
        ids.append(f.ruleId);
    return ids;
}

QList<LintFinding> lintBody(const QString &body, std::optional<Category> category = std::nullopt,
                            const QString &kind = QString())
{
    return lint(LintRuleSet::builtin(), LintText{QString(), body},
                LintContext{category, kind, std::nullopt});
}

} // namespace
void TestLint::builtinRulesLoad()
{
    const LintRuleSet &rules = LintRuleSet::builtin();
    const QStringList expected{QStringLiteral("absolute-promise"),
                               QStringLiteral("defending-decision"),
                               QStringLiteral("upstream-blame"),
                               QStringLiteral("status-normal-during-anomaly"),
                               QStringLiteral("overcharge-refund-timeline"),
                               QStringLiteral("undercharge-back-billing"),
                               QStringLiteral("customer-loss-ownership"),
                               QStringLiteral("progress-update-next-time"),
                               QStringLiteral("minimizing-impact"),
                               QStringLiteral("placeholder-syntax"),
                               QStringLiteral("placeholder-unknown"),
                               QStringLiteral("placeholder-unfilled"),
                               QStringLiteral("channel-limit")};
    QStringList ids;
    for (const LintRule &rule : rules.rules()) {
        ids.append(rule.id);
        QVERIFY2(!rule.message.isEmpty() && !rule.playbook.isEmpty(), qPrintable(rule.id));
    }
    QCOMPARE(ids, expected);
    QVERIFY(rules.rule(QStringLiteral("upstream-blame")));
    QVERIFY(!rules.rule(QStringLiteral("no-such-rule")));
}
void TestLint::placeholderFindings()
{
    const QString body =
        QStringLiteral("Cause: {{root_cause}}. Type {{task_tpye}}. Broken {{unclosed\nok");
    const QList<LintFinding> findings = lintBody(body);
    QCOMPARE(ruleIds(findings), (QStringList{QStringLiteral("placeholder-unfilled"),
                                             QStringLiteral("placeholder-unknown"),
                                             QStringLiteral("placeholder-syntax")}));
    QCOMPARE(body.mid(findings.at(0).start, findings.at(0).end - findings.at(0).start),
             QStringLiteral("{{root_cause}}"));
    QCOMPARE(body.mid(findings.at(1).start, findings.at(1).end - findings.at(1).start),
             QStringLiteral("{{task_tpye}}"));
    QVERIFY(findings.at(1).suggestion.contains(QStringLiteral("{{task_type}}")));
    QCOMPARE(body.mid(findings.at(2).start, findings.at(2).end - findings.at(2).start),
             QStringLiteral("{{unclosed"));
    for (const LintFinding &f : findings)
        QCOMPARE(f.severity, LintSeverity::Error);
}

void TestLint::channelLimits()
{
    const LintRuleSet &rules = LintRuleSet::builtin();
    const QString title81 = QString(81, QLatin1Char('x'));
    QList<LintFinding> f = lint(rules, {title81, QStringLiteral("Body.")},
                                {std::nullopt, QString(), Channel::StatusPage});
    QCOMPARE(ruleIds(f), QStringList{QStringLiteral("channel-limit")});
    QCOMPARE(f.constFirst().field, LintField::Title);
    QCOMPARE(f.constFirst().start, qsizetype(80)); // the part beyond the limit
    QCOMPARE(f.constFirst().end, qsizetype(81));
    QVERIFY(f.constFirst().message.contains(QStringLiteral("81")));
    // 80 is fine; the same title is too long for an in-app banner (60).
    QVERIFY(lint(rules, {title81.left(80), QStringLiteral("Body.")},
                 {std::nullopt, QString(), Channel::StatusPage})
                .isEmpty());
    QCOMPARE(ruleIds(lint(rules, {title81.left(80), QStringLiteral("Body.")},
                          {std::nullopt, QString(), Channel::InApp})),
             QStringList{QStringLiteral("channel-limit")});
    // An in-app body of 281 characters is over; emoji count as one character each.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x9A\xA8"); // two UTF-16 units
    QVERIFY(lint(rules, {QStringLiteral("T"), emoji.repeated(280)},
                 {std::nullopt, QString(), Channel::InApp})
                .isEmpty());
    f = lint(rules, {QStringLiteral("T"), emoji.repeated(281)},
             {std::nullopt, QString(), Channel::InApp});
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.constFirst().start, qsizetype(560));
    // A status page needs a title; a key-account message may go without one.
    QCOMPARE(ruleIds(lint(rules, {QString(), QStringLiteral("Body.")},
                          {std::nullopt, QString(), Channel::StatusPage})),
             QStringList{QStringLiteral("channel-limit")});
    QVERIFY(lint(rules, {QString(), QStringLiteral("Body.")},
                 {std::nullopt, QString(), Channel::KeyAccount})
                .isEmpty());
    // Without a channel there are no limits.
    QVERIFY(lint(rules, {title81.repeated(3), QStringLiteral("Body.")}, {}).isEmpty());
}

void TestLint::offsetsPointAtTheWords()
{
    const QString body = QStringLiteral("We fixed it. This will never happen again. Thanks.");
    const QList<LintFinding> f = lintBody(body);
    QCOMPARE(f.size(), 1);
    QCOMPARE(body.mid(f.constFirst().start, f.constFirst().end - f.constFirst().start),
             QStringLiteral("never happen again"));
    // Several patterns catching the same words report them once.
    const QString both = QStringLiteral("We guarantee this won't happen again.");
    QCOMPARE(lintBody(both).size(), 1);
}

void TestLint::titleAndBodyFields()
{
    const LintText text{QStringLiteral("Never again"), QStringLiteral("Caused by OpenAI.")};
    const QList<LintFinding> f = lint(LintRuleSet::builtin(), text, {});
    QCOMPARE(f.size(), 2);
    QCOMPARE(f.at(0).field, LintField::Title);
    QCOMPARE(f.at(0).start, qsizetype(0));
    QCOMPARE(f.at(0).end, qsizetype(11));
    QCOMPARE(f.at(1).field, LintField::Body);
    QCOMPARE(text.body.mid(f.at(1).start, f.at(1).end - f.at(1).start),
             QStringLiteral("Caused by OpenAI"));
    // A require finding with no trigger words points at the title.
    const QList<LintFinding> r =
        lint(LintRuleSet::builtin(), {QStringLiteral("Billing"), QStringLiteral("Sorry.")},
             {Category::BillingOvercharge, QString(), std::nullopt});
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.constFirst().field, LintField::Title);
    QCOMPARE(r.constFirst().end, qsizetype(7));
}

void TestLint::curlyQuotesAndNbsp()
{
    // Pasted from a word processor: curly apostrophe, non-breaking space.
    const QString body = QString::fromUtf8("We promise it won\u2019t\u00a0happen again.");
    const QList<LintFinding> f = lintBody(body);
    QCOMPARE(ruleIds(f), QStringList{QStringLiteral("absolute-promise")});
    QCOMPARE(f.constFirst().end, body.size() - 1); // offsets are into the original text
}

void TestLint::helpers()
{
    const QList<LintFinding> f =
        lintBody(QStringLiteral("A minor glitch. This will never happen again. Not our fault."));
    QVERIFY(lintfindings::hasErrors(f));
    QCOMPARE(lintfindings::errorRuleIds(f),
             (QStringList{QStringLiteral("absolute-promise"), QStringLiteral("upstream-blame")}));
    const QList<LintFinding> warningOnly = lintBody(QStringLiteral("A minor glitch."));
    QCOMPARE(warningOnly.size(), 1);
    QVERIFY(!lintfindings::hasErrors(warningOnly));
    QCOMPARE(lintseverity::id(warningOnly.constFirst().severity), QStringLiteral("warning"));
}

void TestLint::badRuleFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    const QByteArray good =
        R"({"id": "r", "severity": "error", "check": "forbid", "patterns": ["x+y"], "message": "m", "playbook": "p"})";
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("rules.json: offset");
    QTest::newRow("no rules") << QByteArray(R"({"rules": []})") << QStringLiteral("rules:");
    QTest::newRow("bad id") << QByteArray(R"({"rules": [{"id": "Bad Id"}]})")
                            << QStringLiteral("rule 1.id");
    QTest::newRow("bad severity") << QByteArray(R"({"rules": [{"id": "r", "severity": "fatal"}]})")
                                  << QStringLiteral("rule 1 (r).severity");
    QTest::newRow("bad check")
        << QByteArray(R"({"rules": [{"id": "r", "severity": "error", "check": "guess"}]})")
        << QStringLiteral("not a check");
    QTest::newRow("forbid without patterns")
        << QByteArray(
               R"({"rules": [{"id": "r", "severity": "error", "check": "forbid", "message": "m", "playbook": "p"}]})")
        << QStringLiteral("needs at least one pattern");
    QTest::newRow("invalid regex")
        << QByteArray(
               R"({"rules": [{"id": "r", "severity": "error", "check": "forbid", "patterns": ["ok", "(unclosed"], "message": "m", "playbook": "p"}]})")
        << QStringLiteral("rule 1 (r).patterns[1]: invalid regular expression");
    QTest::newRow("matches empty")
        << QByteArray(
               R"({"rules": [{"id": "r", "severity": "error", "check": "forbid", "patterns": ["a*"], "message": "m", "playbook": "p"}]})")
        << QStringLiteral("matches empty text");
    QTest::newRow("unknown macro")
        << QByteArray(
               R"({"rules": [{"id": "r", "severity": "error", "check": "forbid", "patterns": ["x<<nope>>"], "message": "m", "playbook": "p"}]})")
        << QStringLiteral("unknown macro <<nope>>");
    QTest::newRow("self-referencing macro")
        << QByteArray(
               R"({"macros": {"a": "x<<a>>"}, "rules": [{"id": "r", "severity": "error", "check": "forbid", "patterns": ["<<a>>"], "message": "m", "playbook": "p"}]})")
        << QStringLiteral("nest");
    QTest::newRow("unknown set")
        << QByteArray(
               R"({"rules": [{"id": "r", "severity": "error", "check": "require", "patterns": ["@nope"], "message": "m", "playbook": "p"}]})")
        << QStringLiteral("unknown pattern set @nope");
    QTest::newRow("unknown category")
        << QByteArray(
               R"({"rules": [{"id": "r", "severity": "error", "check": "forbid", "patterns": ["x"], "when": {"categories": ["billing"]}, "message": "m", "playbook": "p"}]})")
        << QStringLiteral("\"billing\" is not a category");
    QTest::newRow("unknown kind")
        << QByteArray(
               R"({"rules": [{"id": "r", "severity": "error", "check": "forbid", "patterns": ["x"], "except_kinds": ["memo"], "message": "m", "playbook": "p"}]})")
        << QStringLiteral("\"memo\" is not an announcement kind");
    QTest::newRow("no playbook line")
        << QByteArray(
               R"({"rules": [{"id": "r", "severity": "error", "check": "forbid", "patterns": ["x"], "message": "m"}]})")
        << QStringLiteral("playbook");
    QTest::newRow("patterns on a built-in check")
        << QByteArray(
               R"({"rules": [{"id": "r", "severity": "error", "check": "channel_limits", "patterns": ["x"], "message": "m", "playbook": "p"}]})")
        << QStringLiteral("takes no patterns");
    QTest::newRow("duplicate id") << QByteArray("{\"rules\": [" + good + ", " + good + "]}")
                                  << QStringLiteral("rule 2");
}

void TestLint::badRuleFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<LintRuleSet> parsed = LintRuleSet::fromJson(json, QStringLiteral("rules.json"));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.startsWith(QStringLiteral("rules.json: ")));
}

void TestLint::organisationRuleFile()
{
    // An organisation adds its own rule with a set and a macro.
    const QByteArray json = R"json({
        "macros": {"comp": "(?:competitor|rival)"},
        "sets": {"softeners": ["\\bkindly\\b"]},
        "rules": [{"id": "no-competitors", "severity": "warning", "check": "forbid",
                   "patterns": ["\\b<<comp>>s?\\b"], "unless_sentence": ["@softeners"],
                   "message": "Do not mention competitors.", "playbook": "House style"}]})json";
    const Result<LintRuleSet> parsed = LintRuleSet::fromJson(json, QStringLiteral("house.json"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    const QList<LintFinding> f = lint(
        *parsed,
        {QString(), QStringLiteral("Unlike our Rivals, we fix things. Kindly ignore rivals.")}, {});
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.constFirst().ruleId, QStringLiteral("no-competitors"));
    QCOMPARE(f.constFirst().severity, LintSeverity::Warning);
    QCOMPARE(f.constFirst().start, qsizetype(11));
}

// Linear in the text: a megabyte dense with findings is linted whole, every finding in place. Not
// timed (tests assert no speed); the quadratic engine this guards against took over a minute here,
// far beyond the test's timeout. Figures: docs/performance.md.
void TestLint::denseMegabyteIsLintedWhole()
{
    const QString sentence =
        QStringLiteral("This will never happen again. We stand by the decision.\n");
    const int repeats = 1024 * 1024 / int(sentence.size()) + 1;
    const QString body = sentence.repeated(repeats);
    QVERIFY(body.size() > 1024 * 1024);
    const QList<LintFinding> findings = lintBody(body);
    QCOMPARE(findings.size(), 2 * repeats);
    for (int i = 0; i < repeats; i += repeats / 7) {
        const LintFinding &promise = findings.at(2 * i);
        const LintFinding &defence = findings.at(2 * i + 1);
        QCOMPARE(promise.ruleId, QStringLiteral("absolute-promise"));
        QCOMPARE(promise.start, i * sentence.size() + 10);
        QCOMPARE(body.mid(promise.start, promise.end - promise.start),
                 QStringLiteral("never happen again"));
        QCOMPARE(defence.ruleId, QStringLiteral("defending-decision"));
        QCOMPARE(body.mid(defence.start, defence.end - defence.start),
                 QStringLiteral("We stand by the decision"));
    }
    QCOMPARE(findings.constLast().ruleId, QStringLiteral("defending-decision"));
}

// One "sentence" of a megabyte (no full stop, no blank line): the sentence conditions look at a
// bounded window around each match, so every match still costs the same.
void TestLint::megabyteWithoutSentenceEnds()
{
    const QString chunk = QStringLiteral("all systems operational and ");
    const int repeats = 1024 * 1024 / int(chunk.size()) + 1;
    const QList<LintFinding> findings =
        lintBody(chunk.repeated(repeats), Category::BehaviorAnomaly);
    QCOMPARE(findings.size(), repeats);
    for (const LintFinding &f : findings)
        QCOMPARE(f.ruleId, QStringLiteral("status-normal-during-anomaly"));
    // Within the window a degradation word still clears the match, as in a real sentence.
    QVERIFY(lintBody(QStringLiteral("All systems operational, but task quality has dropped"),
                     Category::BehaviorAnomaly)
                .isEmpty());
}

// Placeholders on one long line: the end of the line is found once, not once per placeholder.
void TestLint::megabyteLineOfPlaceholders()
{
    const QString chunk = QStringLiteral("{{task_type}} and ");
    const int repeats = 1024 * 1024 / int(chunk.size()) + 1;
    const QList<LintFinding> findings = lintBody(chunk.repeated(repeats) + QStringLiteral("{{x"));
    QCOMPARE(findings.size(), repeats + 1);
    QCOMPARE(findings.first().ruleId, QStringLiteral("placeholder-unfilled"));
    QCOMPARE(findings.constLast().ruleId, QStringLiteral("placeholder-syntax"));
    QCOMPARE(findings.constLast().start, repeats * chunk.size());
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
