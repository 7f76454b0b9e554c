#include "comms/lint/linter.h"
#include "comms/templates/commstemplate.h"

#include <QTest>

using namespace warroom;

// The built-in rules (resources/lint/rules.json) against text: each rule catches what it is for,
// including paraphrases a product owner under stress would write; context (category, kind, the
// rest of the message) decides where it should; and ordinary announcement sentences raise nothing.
class TestLintCorpus : public QObject
{
    Q_OBJECT

private slots:
    void positives_data();
    void positives();
    void contextDecides_data();
    void contextDecides();
    void negativeCorpus_data();
    void negativeCorpus();
    void paraphrases_data();
    void paraphrases();
    void paraphraseNegations_data();
    void paraphraseNegations();
    void cleanAnnouncements_data();
    void cleanAnnouncements();
    void seedTemplatesStayClean();
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
void TestLintCorpus::positives_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category"); // empty: unknown
    QTest::addColumn<QString>("kind");     // empty: unknown
    QTest::addColumn<QString>("rule");

    const auto row = [](const char *name, const char *text, const char *rule,
                        const char *category = "", const char *kind = "") {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(category)
                            << QString::fromLatin1(kind) << QString::fromLatin1(rule);
    };
    // Absolute promises.
    row("promise: the playbook's words", "This will never happen again.", "absolute-promise");
    row("promise: won't happen again", "We are confident it won't happen again.",
        "absolute-promise");
    row("promise: cannot recur", "With this fix the problem cannot recur.", "absolute-promise");
    row("promise: guarantee won't recur", "We guarantee this won't recur.", "absolute-promise");
    row("promise: assure no repeat", "We can assure you there will be no repeat of this incident.",
        "absolute-promise");
    row("promise: make sure never", "We have made sure that this can never affect you again.",
        "absolute-promise");
    row("promise: rest assured", "Rest assured, it will not happen again.", "absolute-promise");
    row("promise: never again", "Never again will a prompt update go out untested.",
        "absolute-promise");
    row("promise: zero chance", "There is zero chance of this happening a second time.",
        "absolute-promise");
    row("promise: permanently eliminated", "The root cause has been permanently eliminated.",
        "absolute-promise");
    row("promise: once and for all", "We fixed the metering bug once and for all.",
        "absolute-promise");
    row("promise: will never fail", "Our agents will never fail like this again.",
        "absolute-promise");
    row("promise: 100% uptime", "We are moving to a 100% guaranteed setup.", "absolute-promise");
    row("promise: impossible", "A repeat is now impossible.", "absolute-promise");
    row("promise: never repeats", "We have put measures in place so that this never repeats.",
        "absolute-promise");
    row("promise: thing of the past", "This kind of failure is now a thing of the past.",
        "absolute-promise");
    // Defending decisions.
    row("defend: reasonable", "Rolling out the prompt update on Friday was a reasonable decision.",
        "defending-decision");
    row("defend: this was reasonable", "In hindsight this was reasonable given the data we had.",
        "defending-decision");
    row("defend: working as intended", "The agent was working as intended.", "defending-decision");
    row("defend: behaved as designed", "The model behaved exactly as designed.",
        "defending-decision");
    row("defend: by design", "Skipping those tasks is by design.", "defending-decision");
    row("defend: stand by", "We stand by the decision to ship the new prompt.",
        "defending-decision");
    row("defend: not a bug", "This is not a bug but a change in model behaviour.",
        "defending-decision");
    row("defend: best practice", "The release followed industry best practices.",
        "defending-decision");
    row("defend: unforeseeable", "The interaction between the two changes was unforeseeable.",
        "defending-decision");
    row("defend: technically up", "Technically the service was up the whole time.",
        "defending-decision");
    row("defend: acceptable limits", "Error rates stayed within acceptable limits.",
        "defending-decision");
    row("defend: customer should have", "Customers should have reviewed the drafts before sending.",
        "defending-decision");
    row("defend: made the right call",
        "We made the right call rolling out the update, given what we knew.", "defending-decision");
    row("defend: right call", "Rolling back was not needed; shipping it was the right call.",
        "defending-decision");
    // Deflecting blame upstream.
    row("blame: caused by OpenAI", "The outage was caused by OpenAI.", "upstream-blame");
    row("blame: due to an outage at", "Tasks failed due to an outage at our model provider.",
        "upstream-blame");
    row("blame: because of", "Responses were slow because of Anthropic rate limits.",
        "upstream-blame");
    row("blame: provider's outage caused", "The upstream provider's outage caused the failures.",
        "upstream-blame");
    row("blame: fault lies with", "The fault lies with our third-party model vendor.",
        "upstream-blame");
    row("blame: provider went down", "Our AI provider went down for 40 minutes.", "upstream-blame");
    row("blame: to blame", "The model vendor is to blame for the errors.", "upstream-blame");
    row("blame: beyond our control", "The disruption was beyond our control.", "upstream-blame");
    row("blame: on their side", "The problem was on OpenAI's side.", "upstream-blame");
    row("blame: not our fault", "This was not our fault.", "upstream-blame");
    row("blame: originated", "The errors originated with the upstream model API.",
        "upstream-blame");
    row("blame: GPT-4", "Drafts were wrong because of a GPT-4 regression.", "upstream-blame");
    // Status normal while quality is down.
    row("normal: status normal", "System status: normal.", "status-normal-during-anomaly",
        "behavior-anomaly");
    row("normal: all systems operational", "All systems operational.",
        "status-normal-during-anomaly", "behavior-anomaly");
    row("normal: service is fully operational", "The service is fully operational.",
        "status-normal-during-anomaly", "behavior-anomaly");
    row("normal: agents running normally", "Agents are running normally.",
        "status-normal-during-anomaly", "behavior-anomaly");
    row("normal: no impact to customers", "There is no impact to customers.",
        "status-normal-during-anomaly", "behavior-anomaly");
    row("normal: all green", "Our dashboards show all green.", "status-normal-during-anomaly",
        "behavior-anomaly");
    row("normal: running smoothly", "Everything is running smoothly.",
        "status-normal-during-anomaly", "behavior-anomaly");
    row("normal: business as usual", "It is business as usual for all accounts.",
        "status-normal-during-anomaly", "behavior-anomaly");
    row("normal: detected from the text, no category",
        "Completion rates dropped overnight and we are looking into it. Status: green.",
        "status-normal-during-anomaly");
    // Over-charge without a refund timeline.
    row("overcharge: refund without time", "Some accounts were over-charged. We will refund you.",
        "overcharge-refund-timeline");
    row("overcharge: charged twice",
        "You were charged twice for the same tokens; a refund will follow soon.",
        "overcharge-refund-timeline");
    row("overcharge: from the category",
        "We are sorry for the billing error and will make it right.", "overcharge-refund-timeline",
        "billing-overcharge");
    row("overcharge: from the kind", "We are sorry for the billing error.",
        "overcharge-refund-timeline", "", "refund-notice");
    // Under-charge with back-billing.
    row("undercharge: back-bill",
        "Accounts that were under-charged will be back-billed next month.",
        "undercharge-back-billing");
    row("undercharge: bill the difference",
        "We under-billed some accounts and will bill you for the difference.",
        "undercharge-back-billing");
    row("undercharge: recover",
        "You were undercharged; we will recover the missed charges on your next invoice.",
        "undercharge-back-billing");
    row("undercharge: retroactively", "Usage will be charged retroactively.",
        "undercharge-back-billing", "billing-undercharge");
    row("undercharge: added to invoice", "Any unbilled usage will be added to your next invoice.",
        "undercharge-back-billing");
    row("undercharge: collect", "We will collect the outstanding amount in December.",
        "undercharge-back-billing", "billing-undercharge");
    // Customer loss without ownership.
    row("loss: sent wrong email",
        "Our agent sent the wrong email to your customer. We are investigating.",
        "customer-loss-ownership");
    row("loss: wrong clause", "The agent inserted an incorrect contract clause.",
        "customer-loss-ownership");
    row("loss: caused financial loss", "The wrong order caused you a financial loss; we apologise.",
        "customer-loss-ownership");
    row("loss: apology is not ownership", "We apologise for any inconvenience.",
        "customer-loss-ownership", "output-error-loss");
    // Progress update without a next update time.
    row("update: by kind",
        "We have rolled back the prompt change and are watching completion rates.",
        "progress-update-next-time", "", "update");
    row("update: by title line", "Update: the rollback is 50% done.\nWe will keep you posted.",
        "progress-update-next-time");
    row("update: vague promise", "[Update] Still investigating. We will post another update soon.",
        "progress-update-next-time");
    // Minimizing (warning).
    row("minimize: glitch", "A minor glitch affected some drafts.", "minimizing-impact");
    row("minimize: nothing to worry", "There is nothing to worry about.", "minimizing-impact");
}

void TestLintCorpus::positives()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, kind);
    QFETCH(QString, rule);
    const auto c = category.isEmpty() ? std::nullopt : category::fromId(category);
    const QList<LintFinding> findings = lintBody(text, c, kind);
    QVERIFY2(ruleIds(findings).contains(rule),
             qPrintable(QStringLiteral("expected %1, got [%2]")
                            .arg(rule, ruleIds(findings).join(QLatin1Char(',')))));
    for (const LintFinding &f : findings) {
        QVERIFY(f.start >= 0 && f.start <= f.end && f.end <= text.size());
        QVERIFY(!f.message.isEmpty());
    }
}

void TestLintCorpus::contextDecides_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("found");

    // Provider named, but the same message takes responsibility.
    QTest::newRow("blame owned in the same message")
        << QStringLiteral("The outage was caused by our model provider. You bought our service, "
                          "and we take full "
                          "responsibility for the disruption.")
        << QString() << QString() << QStringLiteral("upstream-blame") << false;
    QTest::newRow("blame owned: responsibility is ours")
        << QStringLiteral("Requests failed because of an OpenAI outage. The responsibility for "
                          "keeping your agents "
                          "running is ours.")
        << QString() << QString() << QStringLiteral("upstream-blame") << false;
    // "Normal" is only a problem while quality is down.
    QTest::newRow("normal in an outage")
        << QStringLiteral("All systems operational.") << QStringLiteral("outage") << QString()
        << QStringLiteral("status-normal-during-anomaly") << false;
    QTest::newRow("normal in a resolved notice")
        << QStringLiteral("Agents are running normally.") << QStringLiteral("behavior-anomaly")
        << QStringLiteral("resolved") << QStringLiteral("status-normal-during-anomaly") << false;
    QTest::newRow("available but degraded, said honestly")
        << QStringLiteral(
               "The service is available, but task quality has dropped on email drafting.")
        << QStringLiteral("behavior-anomaly") << QString()
        << QStringLiteral("status-normal-during-anomaly") << false;
    QTest::newRow("normal again")
        << QStringLiteral("Completion rates are back to 95% and agents are running normally again.")
        << QStringLiteral("behavior-anomaly") << QStringLiteral("update")
        << QStringLiteral("status-normal-during-anomaly") << false;
    // Refund timelines in several forms.
    QTest::newRow("refund within days")
        << QStringLiteral("You were over-charged. Refunds will be issued within 5 business days.")
        << QString() << QString() << QStringLiteral("overcharge-refund-timeline") << false;
    QTest::newRow("refund by date")
        << QStringLiteral("We over-billed some accounts and will refund them by 4 December.")
        << QString() << QString() << QStringLiteral("overcharge-refund-timeline") << false;
    QTest::newRow("refund on next invoice")
        << QStringLiteral("You were charged twice. The refund will appear on your next invoice.")
        << QString() << QString() << QStringLiteral("overcharge-refund-timeline") << false;
    QTest::newRow("timeline first")
        << QStringLiteral("Within 48 hours, every over-charged account will receive a refund.")
        << QString() << QString() << QStringLiteral("overcharge-refund-timeline") << false;
    // Under-charge: saying we will NOT back-bill is the point.
    QTest::newRow("will not bill the difference")
        << QStringLiteral(
               "Some accounts were under-charged. We will not bill you for the difference.")
        << QString() << QString() << QStringLiteral("undercharge-back-billing") << false;
    QTest::newRow("no back-billing")
        << QStringLiteral("The under-charge is fixed, and there will be no back-billing.")
        << QString() << QString() << QStringLiteral("undercharge-back-billing") << false;
    QTest::newRow("won't recover") << QStringLiteral("We won't recover the missed charges.")
                                   << QStringLiteral("billing-undercharge") << QString()
                                   << QStringLiteral("undercharge-back-billing") << false;
    QTest::newRow("back-billing words outside an under-charge")
        << QStringLiteral("We will bill you for the difference between plans.")
        << QStringLiteral("outage") << QString() << QStringLiteral("undercharge-back-billing")
        << false;
    // Ownership accepted.
    QTest::newRow("loss owned")
        << QStringLiteral(
               "Our agent sent the wrong email to your customer. The agent is part of our "
               "product, and we take responsibility for what it did.")
        << QString() << QString() << QStringLiteral("customer-loss-ownership") << false;
    QTest::newRow("loss owned: we are responsible")
        << QStringLiteral(
               "The agent inserted an incorrect contract clause. We are responsible for that.")
        << QString() << QString() << QStringLiteral("customer-loss-ownership") << false;
    // Next update times in several forms.
    QTest::newRow("next update at time")
        << QStringLiteral("Still investigating. Next update at 04:30 UTC.") << QString()
        << QStringLiteral("update") << QStringLiteral("progress-update-next-time") << false;
    QTest::newRow("next update in minutes")
        << QStringLiteral("Rollback done. Our next update will follow in 30 minutes.") << QString()
        << QStringLiteral("update") << QStringLiteral("progress-update-next-time") << false;
    QTest::newRow("every 30 minutes")
        << QStringLiteral("We will update this page every 30 minutes.") << QString()
        << QStringLiteral("update") << QStringLiteral("progress-update-next-time") << false;
    QTest::newRow("next update placeholder")
        << QStringLiteral("Next update: {{next_update_utc}}.") << QString()
        << QStringLiteral("update") << QStringLiteral("progress-update-next-time") << false;
    QTest::newRow("first announcement needs no next-update line")
        << QStringLiteral("We are investigating failed drafting tasks.") << QString()
        << QStringLiteral("initial") << QStringLiteral("progress-update-next-time") << false;
}

void TestLintCorpus::contextDecides()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, kind);
    QFETCH(QString, rule);
    QFETCH(bool, found);
    const auto c = category.isEmpty() ? std::nullopt : category::fromId(category);
    const QStringList ids = ruleIds(lintBody(text, c, kind));
    QVERIFY2(ids.contains(rule) == found, qPrintable(ids.join(QLatin1Char(','))));
}

void TestLintCorpus::negativeCorpus_data()
{
    QTest::addColumn<QString>("sentence");
    // Sentences of the kind real status pages and customer emails carry. None may raise a
    // finding, whatever the incident's category.
    const char *const corpus[] = {
        "We are investigating reports of failed email drafting tasks.",
        "At 02:50 UTC we detected a drop in the agent completion rate on email drafting.",
        "Approximately 8% of users running email drafting tasks are affected.",
        "We are observing a decline in task quality on contract review and are investigating.",
        "The service remains available, but some agents produce lower-quality drafts.",
        "Initial root cause: yesterday's prompt update introduced a regression.",
        "Current status: rolling back the prompt update.",
        "Expected restoration: 04:30 UTC.",
        "Failed tasks during the affected period will not count against your monthly quota.",
        "This will be reflected in next month's invoice.",
        "We will update progress every 30 minutes.",
        "A full postmortem will follow within 72 hours.",
        "Apologies for the disruption.",
        "We are sorry for the trouble this has caused your team.",
        "Our engineers rolled back the change at 03:40 UTC.",
        "Completion rates are recovering and we are monitoring closely.",
        "Some requests may take longer than usual while queues drain.",
        "Due to the high volume of tickets, replies may take a little longer today.",
        "We have moved affected traffic to a secondary model while we work on a fix.",
        "We are working with our model provider to restore full capacity.",
        "Requests to the upstream model API are succeeding again.",
        "Your data was not affected by this incident.",
        "No action is needed on your side.",
        "If you see drafts from this period that look wrong, please reply to this email.",
        "Your customer success manager will call you today.",
        "We will share a full root cause analysis once it is complete.",
        "We are adding an automated check that blocks prompt updates which lower completion rates.",
        "We are also improving our alerting so that we detect quality drops within minutes.",
        "Refunds will be issued within 5 business days to the payment method on file.",
        "You do not need to do anything to receive the refund.",
        "The issue is fixed, and usage is metered correctly again.",
        "You do not owe us anything for that period.",
        "The next update will be posted at 05:00 UTC.",
        "Thank you for your patience while we resolve this.",
        "We know you rely on our agents for time-sensitive work.",
        "Agents running email drafting tasks returned incomplete drafts for about 40 minutes.",
        "We have paused the affected workflow until the fix is verified.",
        "Scheduled tasks that failed will be retried automatically.",
        "Please contact support if a retried task still fails.",
        "We have identified the cause and are deploying a fix.",
        "The fix has been deployed to 50% of traffic.",
        "Latest status: https://status.example.com",
        "This incident affected enterprise and self-serve customers alike.",
        "We will contact each affected enterprise customer directly.",
        "Our team is available around the clock until this is resolved.",
        "We take this seriously and are reviewing how the update was tested.",
        "Tasks submitted after 04:10 UTC are processed normally.",
        "The billing dashboard may show delayed usage figures for a few hours.",
        "We found the problem ourselves and have corrected it.",
        "We will make sure you are never charged for failed tasks.",
        "We will never share your data with third parties.",
        "Customers on the Enterprise plan have a dedicated contact for this incident.",
        "The affected period was 02:40 to 03:55 UTC on 29 November.",
        "Agents running fine-tuned models were not affected.",
        "Performance has returned to normal levels.",
        "Service is operating normally for most users while we investigate the remaining errors.",
        "Our upstream model provider had degraded performance, and we take full responsibility for "
        "the impact.",
        "Customers who were charged for failed tasks will receive credits on their next invoice.",
        "We are taking steps to prevent similar issues, including additional load testing.",
        "No customer data was lost or exposed.",
    };
    for (const char *s : corpus)
        QTest::newRow(s) << QString::fromUtf8(s);
}

void TestLintCorpus::negativeCorpus()
{
    QFETCH(QString, sentence);
    QList<std::optional<Category>> contexts{std::nullopt};
    for (Category c : category::all())
        contexts.append(c);
    for (const auto &c : contexts) {
        // Message-level "require" rules judge whole messages, not single sentences: only the
        // rules that flag words may speak here.
        QStringList ids;
        for (const LintFinding &f : lintBody(sentence, c)) {
            const LintRule *rule = LintRuleSet::builtin().rule(f.ruleId);
            if (rule->check != LintRule::Check::Require)
                ids.append(f.ruleId);
        }
        QVERIFY2(ids.isEmpty(),
                 qPrintable(QStringLiteral("%1 under %2: %3")
                                .arg(sentence, c ? category::id(*c) : QStringLiteral("no category"),
                                     ids.join(QLatin1Char(',')))));
    }
    // Without context no rule at all speaks.
    QVERIFY2(lintBody(sentence).isEmpty(),
             qPrintable(ruleIds(lintBody(sentence)).join(QLatin1Char(','))));
}

// The same mistakes in other words: what a product owner under stress writes instead of the
// textbook sentence. Each row names the rule that must catch it; the category is given only where
// the rule depends on it.
void TestLintCorpus::paraphrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("rule");
    const auto row = [](const char *text, const char *rule, const char *category = "") {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(category)
                            << QString::fromLatin1(rule);
    };
    // absolute-promise
    row("You will never see this again.", "absolute-promise");
    row("This cannot possibly happen again.", "absolute-promise");
    row("With the new checks this will not occur in the future.", "absolute-promise");
    row("We have fixed this permanently.", "absolute-promise");
    row("The metering bug is solved for good.", "absolute-promise");
    row("A recurrence is no longer possible.", "absolute-promise");
    row("This is the last time this will happen to you.", "absolute-promise");
    row("We have eliminated any possibility of a repeat.", "absolute-promise");
    row("Our agents will always be accurate from now on.", "absolute-promise");
    row("We guarantee 100% accuracy for every drafting task.", "absolute-promise");
    row("Customers will never be affected by this again.", "absolute-promise");
    // defending-decision
    row("The model acted as designed.", "defending-decision");
    row("This was expected behaviour.", "defending-decision");
    row("That is the intended behavior of the agent.", "defending-decision");
    row("What you saw was expected.", "defending-decision");
    row("The system is working as intended.", "defending-decision");
    row("The agent followed its instructions correctly.", "defending-decision");
    row("The agent correctly followed your configuration.", "defending-decision");
    row("The agent did exactly what it was told to do.", "defending-decision");
    row("The agent did exactly what you asked.", "defending-decision");
    row("We stand by the decision.", "defending-decision");
    row("We stand behind our choice to ship the prompt on Friday.", "defending-decision");
    row("We still believe the rollout was the right call.", "defending-decision");
    row("The decision was the right one.", "defending-decision");
    row("There was nothing wrong with the new prompt.", "defending-decision");
    row("We did nothing wrong.", "defending-decision");
    row("No mistakes were made on our side.", "defending-decision");
    row("We acted appropriately given the information we had.", "defending-decision");
    row("Any reasonable team would have done the same.", "defending-decision");
    row("It's a feature, not a bug.", "defending-decision");
    row("The responsibility to review outputs lies with the customer.", "defending-decision");
    row("Customers are expected to review every draft before sending.", "defending-decision");
    // upstream-blame
    row("The root cause was OpenAI's API.", "upstream-blame");
    row("Our model provider let us down.", "upstream-blame");
    row("We were let down by our upstream provider.", "upstream-blame");
    row("This was an upstream issue.", "upstream-blame");
    row("The problem lies squarely with Anthropic.", "upstream-blame");
    row("Responsibility for this outage rests with OpenAI.", "upstream-blame");
    row("There was nothing we could have done.", "upstream-blame");
    row("It was out of our hands.", "upstream-blame");
    // status-normal-during-anomaly
    row("No issues have been detected.", "status-normal-during-anomaly", "behavior-anomaly");
    row("Everything looks fine on our end.", "status-normal-during-anomaly", "behavior-anomaly");
    row("All services are up.", "status-normal-during-anomaly", "behavior-anomaly");
    row("We are not aware of any issues.", "status-normal-during-anomaly", "behavior-anomaly");
    row("Agents are functioning as expected.", "status-normal-during-anomaly", "behavior-anomaly");
    // overcharge-refund-timeline: an over-charge in other words, with no refund date
    row("We charged some accounts more than we should have. We will make it right.",
        "overcharge-refund-timeline");
    row("You paid more than you owed for October.", "overcharge-refund-timeline");
    row("Your invoice was too high; refunds will follow in due course.",
        "overcharge-refund-timeline");
    row("We charged you for tokens you did not use.", "overcharge-refund-timeline");
    // undercharge-back-billing: adding the missing amount to a later invoice
    row("The difference will be added to your next invoice.", "undercharge-back-billing",
        "billing-undercharge");
    row("We will adjust your upcoming bill to recover the shortfall.", "undercharge-back-billing");
    row("You will see the unbilled usage on a future statement.", "undercharge-back-billing");
    row("The missing amount will appear on your next invoice.", "undercharge-back-billing",
        "billing-undercharge");
    row("Your next invoice will include the usage we did not bill.", "undercharge-back-billing",
        "billing-undercharge");
    row("We did not charge you for some tasks; we will invoice you separately for the missed "
        "usage.",
        "undercharge-back-billing");
    row("You will be asked to pay the difference.", "undercharge-back-billing",
        "billing-undercharge");
    row("The shortfall will be carried over to your following billing cycle.",
        "undercharge-back-billing");
    row("A catch-up charge will appear on your next bill.", "undercharge-back-billing",
        "billing-undercharge");
    // customer-loss-ownership: the loss in other words, without ownership
    row("The agent deleted your records by mistake. We are investigating.",
        "customer-loss-ownership");
    row("The agent made a wrong decision on your behalf.", "customer-loss-ownership");
    row("The error cost your business money; we apologise.", "customer-loss-ownership");
    // progress-update-next-time: an update in other words, without the next time
    row("Status update: the rollback continues. More to follow.", "progress-update-next-time");
    row("Update (04:10 UTC): still investigating. Stay tuned.", "progress-update-next-time");
    // minimizing-impact
    row("Only a small number of users were affected.", "minimizing-impact");
    row("This was an isolated incident.", "minimizing-impact");
    row("The impact was negligible.", "minimizing-impact");
    row("There is no cause for concern.", "minimizing-impact");
    row("A slight disruption affected drafting.", "minimizing-impact");
}

void TestLintCorpus::paraphrases()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, rule);
    const auto c = category.isEmpty() ? std::nullopt : category::fromId(category);
    const QStringList ids = ruleIds(lintBody(text, c));
    QVERIFY2(
        ids.contains(rule),
        qPrintable(QStringLiteral("expected %1, got [%2]").arg(rule, ids.join(QLatin1Char(',')))));
}

// The paraphrases' honest counterparts: the same words saying the right thing.
void TestLintCorpus::paraphraseNegations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("rule");
    const auto row = [](const char *text, const char *rule, const char *category) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(category)
                            << QString::fromLatin1(rule);
    };
    row("The difference will not be added to your next invoice.", "undercharge-back-billing",
        "billing-undercharge");
    row("You will not need to pay the difference.", "undercharge-back-billing",
        "billing-undercharge");
    row("Nothing will be added to your next invoice, and we will not bill you for the "
        "difference.",
        "undercharge-back-billing", "billing-undercharge");
    row("This is expected to be fixed by 04:30 UTC.", "defending-decision", "behavior-anomaly");
    row("It is expected that completion rates recover within the hour.", "defending-decision",
        "behavior-anomaly");
    row("The agent did not correctly follow its instructions, and that is our failure.",
        "defending-decision", "output-error-loss");
    row("No issues were found in other task types.", "status-normal-during-anomaly",
        "behavior-anomaly");
    row("All other services are available; task quality on email drafting has dropped.",
        "status-normal-during-anomaly", "behavior-anomaly");
    row("Our model provider had an outage; the responsibility for the disruption is ours.",
        "upstream-blame", "upstream-unavailable");
    row("Refunds will be issued within 5-7 business days.", "overcharge-refund-timeline",
        "billing-overcharge");
    row("Update: rollback at 50%. We will provide the next update at 05:00 UTC.",
        "progress-update-next-time", "behavior-anomaly");
}

void TestLintCorpus::paraphraseNegations()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(QString, rule);
    const QStringList ids = ruleIds(lintBody(text, category::fromId(category)));
    QVERIFY2(!ids.contains(rule), qPrintable(ids.join(QLatin1Char(','))));
}

// Whole legitimate announcements, the kind the playbook asks for: no rule that flags words may
// speak, under any category, for the announcement's own kind.
void TestLintCorpus::cleanAnnouncements_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    const auto row = [](const char *name, const char *kind, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(kind);
    };
    row("quality decline", "initial",
        "At 02:50 UTC we detected agent completion rate on email drafting dropping from about 95% "
        "to about 75%. Approximately 8% of users running email drafting tasks are affected. "
        "Initial root cause: yesterday's prompt update introduced a regression. Current status: "
        "rolling back. We will update progress every 30 minutes.");
    row("progress update", "update",
        "Update: the rollback is complete on 60% of traffic and completion rates are recovering. "
        "We expect full restoration by 04:30 UTC. Next update: 04:00 UTC.");
    row("upstream owned", "update",
        "Requests to our upstream model provider failed between 01:10 and 01:55 UTC. You bought "
        "our service, and we take responsibility for the disruption. We have added a second "
        "provider for failover. Next update at 02:30 UTC.");
    row("overcharge refund", "refund-notice",
        "A fault in our token metering over-charged some accounts between 1 and 3 November. "
        "Refunds will be issued within 5 business days to the payment method on file; you do not "
        "need to do anything.");
    row("undercharge fixed", "billing-fixed",
        "A metering fault charged some accounts less than their usage. The issue is fixed, and "
        "usage is metered correctly again. You do not owe us anything for that period: we will "
        "not bill you for the difference, and nothing will be added to your next invoice.");
    row("customer loss owned", "ownership-statement",
        "On 28 November our agent sent an incorrect quote to one of your customers. The agent is "
        "part of our product, and we take responsibility for what it did on your behalf. We will "
        "share the root cause analysis when it is complete.");
    row("resolved", "resolved",
        "Resolved at 04:20 UTC. Agents running email drafting tasks are working normally again. "
        "About 8% of users were affected for 90 minutes. We are adding an automated check that "
        "blocks prompt updates which lower completion rates.");
    row("postmortem", "postmortem",
        "Our upstream provider changed a default, and our release process did not catch the "
        "resulting regression. We should have caught this before release. What we are changing: "
        "canary tests on every prompt update, and alerting on completion rates within 5 minutes.");
}

void TestLintCorpus::cleanAnnouncements()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QList<std::optional<Category>> contexts{std::nullopt};
    for (Category c : category::all())
        contexts.append(c);
    for (const auto &c : contexts) {
        QStringList ids;
        for (const LintFinding &f : lintBody(text, c, kind)) {
            if (LintRuleSet::builtin().rule(f.ruleId)->check == LintRule::Check::Forbid)
                ids.append(f.ruleId + QStringLiteral(" at \"") +
                           text.mid(f.start, f.end - f.start) + QLatin1Char('"'));
        }
        QVERIFY2(ids.isEmpty(), qPrintable((c ? category::id(*c) : QStringLiteral("no category")) +
                                           QStringLiteral(": ") + ids.join(QStringLiteral("; "))));
    }
}

// The ten seed templates, as written (placeholders unfilled), under every category: no rule that
// flags words speaks. (tst_templates fills them in and checks every rule for their own category.)
void TestLintCorpus::seedTemplatesStayClean()
{
    const QList<CommsTemplate> templates = commstemplate::builtin();
    QCOMPARE(templates.size(), 10);
    for (const CommsTemplate &t : templates) {
        for (Category c : category::all()) {
            const QList<LintFinding> findings = lint(LintRuleSet::builtin(), {t.title, t.body},
                                                     LintContext{c, t.kind, std::nullopt});
            for (const LintFinding &f : findings)
                QVERIFY2(LintRuleSet::builtin().rule(f.ruleId)->check != LintRule::Check::Forbid,
                         qPrintable(t.key + QLatin1Char(' ') + category::id(c) + QLatin1Char(' ') +
                                    f.ruleId));
        }
    }
}

QTEST_GUILESS_MAIN(TestLintCorpus)
#include "tst_lintcorpus.moc"
