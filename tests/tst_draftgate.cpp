#include "comms/gate/draftcheck.h"
#include "comms/gate/draftgate.h"
#include "comms/gate/gatephrases.h"
#include "core/playbook/playbook.h"
#include "nametranslator.h"

#include <QTest>

using namespace warroom;

Q_DECLARE_METATYPE(DraftState)
Q_DECLARE_METATYPE(GateAction)

// The sign-off state machine: every state × action × (legal required or not), written out.
class TestDraftGate : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void everyCombinationIsListed();
    void roles_data();
    void roles();
    void lintGate();
    void legalRequired();
    void ids();
    void nextStepIsOneSentencePerStep();
    void publishQuestionIsOneSentencePerChannel();
    void hashBindsTextAndChannel();
    void checkDraftMapsFindingsToSource();
};

namespace {

using S = DraftState;
using A = GateAction;
constexpr S D = S::Draft, R = S::InLegalReview, C = S::ChangesRequested, L = S::LegallySignedOff,
            I = S::IcApproved, P = S::Published;

// For one action: the state reached from each state, with legal review required and without.
// nullopt: refused.
struct Row
{
    A action;
    S from;
    std::optional<S> withLegal;
    std::optional<S> withoutLegal;
};

const QList<Row> &table()
{
    static const QList<Row> rows{
        // Any edit takes the draft back to draft (voiding what was signed); published is final.
        {A::Edit, D, D, D},
        {A::Edit, R, D, D},
        {A::Edit, C, D, D},
        {A::Edit, L, D, D},
        {A::Edit, I, D, D},
        {A::Edit, P, {}, {}},
        // Marking only while being written.
        {A::MarkNeedsLegal, D, D, D},
        {A::MarkNeedsLegal, R, {}, {}},
        {A::MarkNeedsLegal, C, C, C},
        {A::MarkNeedsLegal, L, {}, {}},
        {A::MarkNeedsLegal, I, {}, {}},
        {A::MarkNeedsLegal, P, {}, {}},
        // To legal review only when legal review is required, and only from draft.
        {A::SubmitForReview, D, R, {}},
        {A::SubmitForReview, R, {}, {}},
        {A::SubmitForReview, C, {}, {}},
        {A::SubmitForReview, L, {}, {}},
        {A::SubmitForReview, I, {}, {}},
        {A::SubmitForReview, P, {}, {}},
        // Sign-off only in review.
        {A::SignOff, D, {}, {}},
        {A::SignOff, R, L, L},
        {A::SignOff, C, {}, {}},
        {A::SignOff, L, {}, {}},
        {A::SignOff, I, {}, {}},
        {A::SignOff, P, {}, {}},
        // Changes can be requested by whoever reviews next.
        {A::RequestChanges, D, {}, C},
        {A::RequestChanges, R, C, C},
        {A::RequestChanges, C, {}, {}},
        {A::RequestChanges, L, C, C},
        {A::RequestChanges, I, C, C},
        {A::RequestChanges, P, {}, {}},
        // IC approval after legal sign-off, or straight from draft when no legal review is needed.
        {A::Approve, D, {}, I},
        {A::Approve, R, {}, {}},
        {A::Approve, C, {}, {}},
        {A::Approve, L, I, I},
        {A::Approve, I, {}, {}},
        {A::Approve, P, {}, {}},
        // Publishing only what the IC approved.
        {A::Publish, D, {}, {}},
        {A::Publish, R, {}, {}},
        {A::Publish, C, {}, {}},
        {A::Publish, L, {}, {}},
        {A::Publish, I, P, P},
        {A::Publish, P, {}, {}},
    };
    return rows;
}

} // namespace

void TestDraftGate::transitions_data()
{
    QTest::addColumn<DraftState>("from");
    QTest::addColumn<GateAction>("action");
    QTest::addColumn<bool>("legal");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<DraftState>("to");
    for (const Row &row : table()) {
        for (bool legal : {true, false}) {
            const std::optional<S> to = legal ? row.withLegal : row.withoutLegal;
            QTest::addRow("%s %s (legal %s)", qPrintable(draftstate::id(row.from)),
                          qPrintable(gateaction::id(row.action)),
                          legal ? "required" : "not required")
                << row.from << row.action << legal << to.has_value() << to.value_or(S::Draft);
        }
    }
}

void TestDraftGate::transitions()
{
    QFETCH(DraftState, from);
    QFETCH(GateAction, action);
    QFETCH(bool, legal);
    QFETCH(bool, allowed);
    QFETCH(DraftState, to);
    const Result<DraftState> next = draftgate::nextState(from, action, legal);
    QCOMPARE(next.ok(), allowed);
    if (allowed) {
        QCOMPARE(*next, to);
    } else {
        QCOMPARE(next.error().code, Error::Code::InvalidInput);
        QVERIFY(next.error().message.size() > 20); // says why, in words
    }
}

void TestDraftGate::everyCombinationIsListed()
{
    QCOMPARE(table().size(), draftstate::all().size() * gateaction::all().size());
    for (S s : draftstate::all()) {
        for (A a : gateaction::all()) {
            const bool listed = std::any_of(table().cbegin(), table().cend(), [&](const Row &r) {
                return r.from == s && r.action == a;
            });
            QVERIFY2(listed, qPrintable(draftstate::id(s) + QLatin1Char(' ') + gateaction::id(a)));
        }
    }
}

void TestDraftGate::roles_data()
{
    QTest::addColumn<GateAction>("action");
    QTest::addColumn<DraftState>("from");
    QTest::addColumn<QList<Role>>("roles");
    QTest::newRow("anyone edits") << A::Edit << I << QList<Role>{};
    QTest::newRow("anyone marks") << A::MarkNeedsLegal << D << QList<Role>{};
    QTest::newRow("anyone submits") << A::SubmitForReview << D << QList<Role>{};
    QTest::newRow("legal signs off") << A::SignOff << R << QList<Role>{Role::Legal};
    QTest::newRow("legal requests changes in review")
        << A::RequestChanges << R << QList<Role>{Role::Legal};
    QTest::newRow("IC requests changes after sign-off")
        << A::RequestChanges << L << QList<Role>{Role::IncidentCommander};
    QTest::newRow("IC requests changes on a draft")
        << A::RequestChanges << D << QList<Role>{Role::IncidentCommander};
    QTest::newRow("IC approves") << A::Approve << L << QList<Role>{Role::IncidentCommander};
    QTest::newRow("IC or product owner publishes")
        << A::Publish << I << QList<Role>{Role::IncidentCommander, Role::ProductOwner};
}

void TestDraftGate::roles()
{
    QFETCH(GateAction, action);
    QFETCH(DraftState, from);
    QFETCH(QList<Role>, roles);
    QCOMPARE(draftgate::rolesAllowed(action, from), roles);
}

void TestDraftGate::lintGate()
{
    QVERIFY(draftgate::lintGated(A::SubmitForReview, D));
    QVERIFY(draftgate::lintGated(A::Approve, D));  // no legal review: approval is the first gate
    QVERIFY(!draftgate::lintGated(A::Approve, L)); // legal already saw the override
    QVERIFY(!draftgate::lintGated(A::SignOff, R));
    QVERIFY(!draftgate::lintGated(A::Publish, I));
    QVERIFY(!draftgate::lintGated(A::Edit, D));
}

void TestDraftGate::legalRequired()
{
    // The seed playbook is the one source of which categories need legal review.
    const Playbook seed = playbook::builtIn().value();
    for (Category c : category::all()) {
        const bool needs = c == Category::DataLeak || c == Category::OutputErrorLoss;
        QCOMPARE(seed.needsLegalReview(c), needs);
    }
}

void TestDraftGate::ids()
{
    for (S s : draftstate::all()) {
        QCOMPARE(draftstate::fromId(draftstate::id(s)), s);
        QVERIFY(!draftstate::displayName(s).isEmpty());
    }
    QVERIFY(!draftstate::fromId(QStringLiteral("approved")));
    for (A a : gateaction::all())
        QVERIFY(!gateaction::displayName(a).isEmpty());
}

// Issue 13: the hint under the gate buttons and the publish question are whole sentences per
// step and per channel. Under a translation that marks the names ("⟨Publish⟩", "⟨Status page⟩"),
// a sentence that lower-cased a name into its text would contain "⟨publish⟩".
void TestDraftGate::nextStepIsOneSentencePerStep()
{
    const test::NameTranslator names({"warroom::DraftGate"});
    QSet<QString> sentences;
    for (A a : gateaction::all()) {
        const QString name = gateaction::displayName(a);
        QVERIFY2(name.startsWith(QStringLiteral("⟨")), qPrintable(name));
        const QString step = gatephrase::nextStep(a);
        QVERIFY2(step.startsWith(QStringLiteral("Next step: ")) && step.endsWith(QLatin1Char('.')),
                 qPrintable(step));
        QVERIFY2(!step.contains(name.toLower()) && !step.contains(name), qPrintable(step));
        sentences.insert(step);
    }
    QCOMPARE(sentences.size(), gateaction::all().size());
    QCOMPARE(gatephrase::nextStep(A::SubmitForReview),
             QStringLiteral("Next step: send the draft to legal review."));
}

void TestDraftGate::publishQuestionIsOneSentencePerChannel()
{
    const test::NameTranslator names({"warroom::Channel"});
    QSet<QString> questions;
    for (Channel c : channel::all()) {
        const QString name = channel::displayName(c);
        QVERIFY2(name.startsWith(QStringLiteral("⟨")), qPrintable(name));
        const QString question =
            gatephrase::publishQuestion(c, 3, QStringLiteral("Status page; Slack"));
        QVERIFY2(question.startsWith(QStringLiteral("Publish draft #3 ")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("? It will be queued for: Status page; Slack. "
                                                  "Nothing is sent until the outbox delivers it")),
                 qPrintable(question));
        QVERIFY2(!question.contains(name.toLower()) && !question.contains(name),
                 qPrintable(question));
        questions.insert(question);
    }
    QCOMPARE(questions.size(), channel::all().size());
}

void TestDraftGate::hashBindsTextAndChannel()
{
    const QString h =
        announcementHash(Channel::StatusPage, QStringLiteral("Title"), QStringLiteral("Body"));
    QCOMPARE(h.size(), 64);
    // Known value: `printf 'status-page\nTitle\nBody' | sha256sum`.
    QCOMPARE(h, QStringLiteral("debce2138ebfccb05366ae292a3b4dbd0d923c5992d6108fc67f8ff7f2d5ef0a"));
    QVERIFY(h != announcementHash(Channel::Email, QStringLiteral("Title"), QStringLiteral("Body")));
    QVERIFY(h != announcementHash(Channel::StatusPage, QStringLiteral("Title"),
                                  QStringLiteral("Body ")));
    QVERIFY(h != announcementHash(Channel::StatusPage, QStringLiteral("Title\nBody"), QString()));
}

void TestDraftGate::checkDraftMapsFindingsToSource()
{
    const QString body =
        QStringLiteral("Agents on {{task_type}} failed because of OpenAI. Cause: {{root_cause}}.");
    const PlaceholderValues values{{QStringLiteral("task_type"), QStringLiteral("email drafting")}};
    const DraftCheck check = checkDraft(LintRuleSet::builtin(), Channel::StatusPage,
                                        QStringLiteral("Update"), body, values, {});
    QCOMPARE(check.body.text,
             QStringLiteral(
                 "Agents on email drafting failed because of OpenAI. Cause: {{root_cause}}."));
    QVERIFY(!check.complete());
    QVERIFY(check.hasErrors());
    QCOMPARE(check.sha256,
             announcementHash(Channel::StatusPage, QStringLiteral("Update"), check.body.text));
    QStringList spans;
    for (const LintFinding &f : check.findings)
        spans.append(f.ruleId + QLatin1Char('=') + body.mid(f.start, f.end - f.start));
    QCOMPARE(spans, (QStringList{QStringLiteral("upstream-blame=because of OpenAI"),
                                 QStringLiteral("placeholder-unfilled={{root_cause}}")}));
    // The same findings in the rendered text, for the preview.
    const LintFinding &rendered = check.renderedFindings.constFirst();
    QCOMPARE(check.body.text.mid(rendered.start, rendered.end - rendered.start),
             QStringLiteral("because of OpenAI"));
}

QTEST_GUILESS_MAIN(TestDraftGate)
#include "tst_draftgate.moc"
