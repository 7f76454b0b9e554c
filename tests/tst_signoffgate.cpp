#include "commstestsupport.h"
#include "core/comms/commsevents.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace warroom;

// The sign-off gate through its API: flows, who may do what, voiding on edit, the lint gate.
class TestSignOffGate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void legalFlow();
    void icApprovalAloneWhenNoLegalNeeded();
    void markedDraftNeedsLegal();
    void permissions_data();
    void permissions();
    void roleHoldersFollowTheTimeline();
    void editAfterSignOffVoidsIt();
    void editDuringReviewWithdrawsIt();
    void changesRequestedThenEdited();
    void lintErrorsBlockReviewUnlessOverridden();
    void lintErrorsBlockDirectApproval();
    void placeholdersBlockEveryStep();
    void refusalExplains();

private:
    std::unique_ptr<test::CommsFixture> m_f;
};

namespace {

const QString kPia = QStringLiteral("Pia");
const QString kLea = QStringLiteral("Lea");
const QString kInes = QStringLiteral("Ines");

} // namespace

void TestSignOffGate::init()
{
    m_f = std::make_unique<test::CommsFixture>();
    QVERIFY(m_f->open());
}

void TestSignOffGate::legalFlow()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    QSignalSpy changed(m_f->drafts.get(), &DraftStore::draftsChanged);
    const QString hash = m_f->drafts->draft(id)->latest.sha256;

    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
    QCOMPARE(m_f->state(id), DraftState::InLegalReview);
    m_f->clock.advanceSecs(300);
    QVERIFY(m_f->gate->signOff(id, kLea));
    QCOMPARE(m_f->state(id), DraftState::LegallySignedOff);
    m_f->clock.advanceSecs(60);
    QVERIFY(m_f->gate->approve(id, QString(), kInes));
    QCOMPARE(m_f->state(id), DraftState::IcApproved);
    m_f->clock.advanceSecs(60);
    const Result<qint64> published = m_f->gate->publish(id, kInes);
    QVERIFY2(published, published ? "" : qPrintable(published.error().message));
    QCOMPARE(m_f->state(id), DraftState::Published);
    QCOMPARE(changed.count(), 4);

    // Sign-off and approval bound to the exact text: who, when, hash.
    const QList<Approval> approvals = m_f->drafts->approvals(id).value();
    QCOMPARE(approvals.size(), 2);
    QCOMPARE(approvals.at(0).kind, Approval::Kind::LegalSignOff);
    QCOMPARE(approvals.at(0).person, kLea);
    QCOMPARE(approvals.at(0).at, test::testStart().addSecs(300));
    QCOMPARE(approvals.at(0).sha256, hash);
    QCOMPARE(approvals.at(1).kind, Approval::Kind::IcApproval);
    QCOMPARE(approvals.at(1).person, kInes);
    QCOMPARE(approvals.at(1).sha256, hash);

    // The publication copies the text for the channel.
    const QList<Publication> pubs = m_f->drafts->publications(incident).value();
    QCOMPARE(pubs.size(), 1);
    const Draft d = m_f->drafts->draft(id).value();
    QCOMPARE(pubs.constFirst().id, *published);
    QCOMPARE(pubs.constFirst().title, QStringLiteral("Update: email drafting tasks"));
    QCOMPARE(pubs.constFirst().body, d.latest.renderedBody);
    QCOMPARE(pubs.constFirst().sha256, hash);
    QCOMPARE(pubs.constFirst().channel, Channel::StatusPage);
    QCOMPARE(pubs.constFirst().publishedBy, kInes);
    QCOMPARE(pubs.constFirst().publishedAt, test::testStart().addSecs(420));

    // Every gate step is on the timeline, the publication in the shape the playbook engine reads.
    const QStringList kinds = m_f->eventKinds(incident);
    QCOMPARE(kinds.mid(kinds.size() - 4),
             (QStringList{QString::fromLatin1(eventkind::DraftSubmitted),
                          QString::fromLatin1(eventkind::DraftSignedOff),
                          QString::fromLatin1(eventkind::DraftApproved),
                          QString::fromLatin1(eventkind::AnnouncementPublished)}));
    const TimelineEvent e = m_f->lastEvent(incident);
    QCOMPARE(e.author, kInes);
    QCOMPARE(e.payload.value(QLatin1String("draft_id")).toInteger(), id);
    QCOMPARE(e.payload.value(QLatin1String("publication_id")).toInteger(), *published);
    QCOMPARE(e.payload.value(QLatin1String("channel")).toString(), QStringLiteral("status-page"));
    QCOMPARE(e.payload.value(QLatin1String("template")).toString(),
             QStringLiteral("progress-update"));
    QCOMPARE(e.payload.value(QLatin1String("kind")).toString(), QStringLiteral("update"));
    QCOMPARE(e.payload.value(QLatin1String("sha256")).toString(), hash);
    QCOMPARE(e.payload.value(QLatin1String("published_by")).toString(), kInes);

    // Published is final.
    QVERIFY(!m_f->drafts->save(id, QStringLiteral("x"), QStringLiteral("y"), kPia));
    QVERIFY(!m_f->gate->publish(id, kInes));
    QCOMPARE(m_f->drafts->publications(incident)->size(), 1);
}

void TestSignOffGate::icApprovalAloneWhenNoLegalNeeded()
{
    const qint64 incident = m_f->staffedIncident(Category::Outage);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    const Result<void> submit = m_f->gate->submitForReview(id, QString(), kPia);
    QVERIFY(!submit);
    QVERIFY(submit.error().message.contains(QStringLiteral("needs no legal review")));
    QVERIFY(m_f->gate->approve(id, QString(), kInes));
    QCOMPARE(m_f->state(id), DraftState::IcApproved);
    // The product owner may publish what the IC approved.
    QVERIFY(m_f->gate->publish(id, kPia));
    QCOMPARE(m_f->state(id), DraftState::Published);
}

void TestSignOffGate::markedDraftNeedsLegal()
{
    const qint64 incident = m_f->staffedIncident(Category::BillingOvercharge);
    QVERIFY(m_f->importKeyAccounts()); // an email publication needs recipients
    const qint64 id = m_f->createDraft(incident, QStringLiteral("overcharge-refund"));
    QVERIFY(m_f->drafts->save(
        id, QStringLiteral("Refund for the over-charge"),
        QStringLiteral("We over-charged some accounts. Refunds will be issued within 5 business "
                       "days, automatically."),
        kPia));
    QVERIFY(m_f->drafts->markNeedsLegal(id, kPia));
    const Result<void> direct = m_f->gate->approve(id, QString(), kInes);
    QVERIFY(!direct);
    QVERIFY(direct.error().message.contains(QStringLiteral("legal sign-off")));
    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
    QVERIFY(m_f->gate->signOff(id, kLea));
    QVERIFY(m_f->gate->approve(id, QString(), kInes));
    QVERIFY(m_f->gate->publish(id, kInes));
}

void TestSignOffGate::permissions_data()
{
    QTest::addColumn<QString>("step"); // the step to try, after the steps before it succeeded
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("pia signs off") << QStringLiteral("sign-off") << kPia << false;
    QTest::newRow("ines signs off") << QStringLiteral("sign-off") << kInes << false;
    QTest::newRow("lea signs off") << QStringLiteral("sign-off") << kLea << true;
    QTest::newRow("lea, other spelling")
        << QStringLiteral("sign-off") << QStringLiteral(" lea ") << true;
    QTest::newRow("ines requests changes in review")
        << QStringLiteral("request-changes-in-review") << kInes << false;
    QTest::newRow("lea requests changes in review")
        << QStringLiteral("request-changes-in-review") << kLea << true;
    QTest::newRow("lea approves") << QStringLiteral("approve") << kLea << false;
    QTest::newRow("pia approves") << QStringLiteral("approve") << kPia << false;
    QTest::newRow("ines approves") << QStringLiteral("approve") << kInes << true;
    QTest::newRow("lea requests changes after sign-off")
        << QStringLiteral("request-changes-signed") << kLea << false;
    QTest::newRow("ines requests changes after sign-off")
        << QStringLiteral("request-changes-signed") << kInes << true;
    QTest::newRow("lea publishes") << QStringLiteral("publish") << kLea << false;
    QTest::newRow("someone else publishes")
        << QStringLiteral("publish") << QStringLiteral("Sam") << false;
    QTest::newRow("pia publishes") << QStringLiteral("publish") << kPia << true;
    QTest::newRow("ines publishes") << QStringLiteral("publish") << kInes << true;
}

void TestSignOffGate::permissions()
{
    QFETCH(QString, step);
    QFETCH(QString, who);
    QFETCH(bool, allowed);
    const qint64 incident = m_f->staffedIncident(Category::OutputErrorLoss);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->drafts->save(
        id, QStringLiteral("Update: {{task_type}}"),
        QStringLiteral("The agent is part of our product, and we take responsibility for what it "
                       "did. Next update: {{next_update_utc}}."),
        kPia));
    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
    if (step != QLatin1String("sign-off") && step != QLatin1String("request-changes-in-review"))
        QVERIFY(m_f->gate->signOff(id, kLea));
    if (step == QLatin1String("publish"))
        QVERIFY(m_f->gate->approve(id, QString(), kInes));

    const DraftState before = m_f->state(id);
    const int events = int(m_f->eventKinds(incident).size());
    Result<void> result;
    if (step == QLatin1String("sign-off"))
        result = m_f->gate->signOff(id, who);
    else if (step.startsWith(QLatin1String("request-changes")))
        result = m_f->gate->requestChanges(id, QStringLiteral("Say what the agent did."), who);
    else if (step == QLatin1String("approve"))
        result = m_f->gate->approve(id, QString(), who);
    else if (Result<qint64> p = m_f->gate->publish(id, who); !p)
        result = p.error();
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().field, QStringLiteral("person"));
        QVERIFY2(result.error().message.contains(who.trimmed()),
                 qPrintable(result.error().message));
        QCOMPARE(m_f->state(id), before); // nothing written
        QCOMPARE(m_f->eventKinds(incident).size(), events);
    }
}

void TestSignOffGate::roleHoldersFollowTheTimeline()
{
    const qint64 incident = m_f->declare(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
    Result<void> r = m_f->gate->signOff(id, kLea);
    QVERIFY(!r);
    QCOMPARE(r.error().message,
             QStringLiteral("Nobody holds the Legal role on incident %1 yet, and only its holder "
                            "can sign off: assign it first.")
                 .arg(incident));
    QVERIFY(m_f->assign(incident, Role::Legal, kLea));
    QVERIFY(m_f->assign(incident, Role::Legal, QStringLiteral("Leo"))); // replaced
    r = m_f->gate->signOff(id, kLea);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("Only legal (Leo) can sign off")),
             qPrintable(r.error().message));
    QVERIFY(m_f->gate->signOff(id, QStringLiteral("Leo")));
}

void TestSignOffGate::editAfterSignOffVoidsIt()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
    QVERIFY(m_f->gate->signOff(id, kLea));
    QVERIFY(m_f->gate->approve(id, QString(), kInes));
    const QString signedHash = m_f->drafts->draft(id)->latest.sha256;

    const Draft d = m_f->drafts->draft(id).value();
    const auto saved = m_f->drafts->save(id, d.latest.title,
                                         d.latest.body + QStringLiteral(" We are sorry."), kPia);
    QVERIFY(saved && saved->voided);
    QCOMPARE(m_f->state(id), DraftState::Draft);
    const QList<TimelineEvent> events = m_f->incidents->timeline(incident).value();
    const TimelineEvent voided = events.at(events.size() - 2);
    QCOMPARE(voided.kind, QString::fromLatin1(eventkind::DraftVoided));
    QCOMPARE(voided.payload.value(QLatin1String("from")).toString(), QStringLiteral("ic-approved"));
    const QJsonArray list = voided.payload.value(QLatin1String("voided")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("person")).toString(), kLea);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("sha256")).toString(), signedHash);
    QCOMPARE(list.at(1).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("ic-approval"));
    QCOMPARE(events.constLast().kind, QString::fromLatin1(eventkind::DraftSaved));

    // Nothing signed carries over: publishing and approving both need the steps again.
    QVERIFY(!m_f->gate->publish(id, kInes));
    QVERIFY(!m_f->gate->approve(id, QString(), kInes));
    // Even back to the very same text: a sign-off binds to a version, not only a hash.
    QVERIFY(m_f->drafts->save(id, d.latest.title, d.latest.body, kPia));
    QCOMPARE(m_f->drafts->draft(id)->latest.sha256, signedHash);
    QCOMPARE(m_f->state(id), DraftState::Draft);
    QVERIFY(!m_f->gate->publish(id, kInes));
    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
    QVERIFY(m_f->gate->signOff(id, kLea));
    QVERIFY(m_f->gate->approve(id, QString(), kInes));
    QVERIFY(m_f->gate->publish(id, kInes));
}

void TestSignOffGate::editDuringReviewWithdrawsIt()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
    const Draft d = m_f->drafts->draft(id).value();
    QVERIFY(
        m_f->drafts->save(id, d.latest.title, d.latest.body + QStringLiteral("\n"), kPia)->voided);
    QCOMPARE(m_f->state(id), DraftState::Draft);
    const QList<TimelineEvent> events = m_f->incidents->timeline(incident).value();
    QCOMPARE(events.at(events.size() - 2).payload.value(QLatin1String("from")).toString(),
             QStringLiteral("in-legal-review"));
    QVERIFY(
        events.at(events.size() - 2).payload.value(QLatin1String("voided")).toArray().isEmpty());
    QVERIFY(!m_f->gate->signOff(id, kLea));
}

void TestSignOffGate::changesRequestedThenEdited()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->makeClean(id));
    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
    QCOMPARE(m_f->gate->requestChanges(id, QStringLiteral("  "), kLea).error().field,
             QStringLiteral("reason"));
    QVERIFY(m_f->gate->requestChanges(id, QStringLiteral("Name the data involved."), kLea));
    QCOMPARE(m_f->state(id), DraftState::ChangesRequested);
    QCOMPARE(m_f->lastEvent(incident).payload.value(QLatin1String("reason")).toString(),
             QStringLiteral("Name the data involved."));
    QVERIFY(!m_f->gate->submitForReview(id, QString(), kPia));
    QVERIFY(!m_f->gate->signOff(id, kLea));
    const Draft d = m_f->drafts->draft(id).value();
    const auto saved = m_f->drafts->save(id, d.latest.title,
                                         d.latest.body + QStringLiteral(" No passwords."), kPia);
    QVERIFY(saved && !saved->voided); // nothing was signed, nothing to void
    QCOMPARE(m_f->state(id), DraftState::Draft);
    QCOMPARE(m_f->lastEvent(incident).kind, QString::fromLatin1(eventkind::DraftSaved));
    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
}

void TestSignOffGate::lintErrorsBlockReviewUnlessOverridden()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->drafts->save(
        id, QStringLiteral("Update"),
        QStringLiteral("The leak was caused by our model provider. It will never happen again. "
                       "Next update: {{next_update_utc}}."),
        kPia));
    const Result<void> blocked = m_f->gate->submitForReview(id, QString(), kPia);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().field, QStringLiteral("lint"));
    QVERIFY2(blocked.error().message.contains(QStringLiteral("upstream-blame, absolute-promise")),
             qPrintable(blocked.error().message));
    QCOMPARE(m_f->state(id), DraftState::Draft);

    QVERIFY(m_f->gate->submitForReview(
        id, QStringLiteral("Legal asked for this wording on the call."), kPia));
    QCOMPARE(m_f->state(id), DraftState::InLegalReview);
    // Shown to legal with the draft, and logged on the timeline.
    QCOMPARE(m_f->drafts->draft(id)->lintOverride,
             QStringLiteral("Legal asked for this wording on the call."));
    const TimelineEvent e = m_f->lastEvent(incident);
    QCOMPARE(e.payload.value(QLatin1String("override_reason")).toString(),
             QStringLiteral("Legal asked for this wording on the call."));
    QCOMPARE(e.payload.value(QLatin1String("lint_errors")).toArray().size(), 2);
    QVERIFY(describeEvent(e).contains(QStringLiteral("overridden")));
    // An edit clears the override: the new text is judged afresh.
    const Draft d = m_f->drafts->draft(id).value();
    QVERIFY(m_f->drafts->save(id, d.latest.title, d.latest.body + QStringLiteral(" "), kPia));
    QVERIFY(m_f->drafts->draft(id)->lintOverride.isEmpty());
    QVERIFY(!m_f->gate->submitForReview(id, QString(), kPia));
}

void TestSignOffGate::lintErrorsBlockDirectApproval()
{
    const qint64 incident = m_f->staffedIncident(Category::Outage);
    const qint64 id = m_f->createDraft(incident);
    QVERIFY(m_f->drafts->save(
        id, QStringLiteral("Update"),
        QStringLiteral("It was working as intended. Next update: {{next_update_utc}}."), kPia));
    QCOMPARE(m_f->gate->approve(id, QString(), kInes).error().field, QStringLiteral("lint"));
    QVERIFY(m_f->gate->approve(id, QStringLiteral("Quoting the customer's own words."), kInes));
    QCOMPARE(m_f->drafts->approvals(id)->constFirst().lintOverride,
             QStringLiteral("Quoting the customer's own words."));
    // Warnings alone do not block.
    const qint64 other = m_f->createDraft(incident);
    QVERIFY(m_f->drafts->save(other, QStringLiteral("Update"),
                              QStringLiteral("A minor glitch. Next update: {{next_update_utc}}."),
                              kPia));
    QVERIFY(m_f->gate->approve(other, QString(), kInes));
}

void TestSignOffGate::placeholdersBlockEveryStep()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id =
        m_f->createDraft(incident); // straight from the template: {{progress_summary}} ...
    const Result<void> r = m_f->gate->submitForReview(id, QStringLiteral("please"), kPia);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("text"));
    QVERIFY2(r.error().message.contains(QStringLiteral("{{progress_summary}}")),
             qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("{{team_signature}}")));
    const qint64 outage = m_f->staffedIncident(Category::Outage);
    const qint64 direct = m_f->createDraft(outage);
    QCOMPARE(m_f->gate->approve(direct, QStringLiteral("please"), kInes).error().field,
             QStringLiteral("text"));
    QCOMPARE(m_f->state(direct), DraftState::Draft);
}

void TestSignOffGate::refusalExplains()
{
    const qint64 incident = m_f->staffedIncident(Category::DataLeak);
    const qint64 id = m_f->createDraft(incident);
    Draft d = m_f->drafts->draft(id).value();
    QVERIFY(m_f->gate->refusal(d, GateAction::Edit, kPia).isEmpty());
    QVERIFY(m_f->gate->refusal(d, GateAction::SubmitForReview, kPia)
                .contains(QStringLiteral("placeholders")));
    QVERIFY(m_f->makeClean(id));
    d = m_f->drafts->draft(id).value();
    QVERIFY(m_f->gate->refusal(d, GateAction::SubmitForReview, kPia).isEmpty());
    QVERIFY(m_f->gate->refusal(d, GateAction::SignOff, kLea)
                .contains(QStringLiteral("in legal review")));
    QVERIFY(m_f->gate->refusal(d, GateAction::Approve, kInes)
                .contains(QStringLiteral("legal sign-off")));
    QVERIFY(m_f->gate->submitForReview(id, QString(), kPia));
    d = m_f->drafts->draft(id).value();
    QVERIFY(m_f->gate->refusal(d, GateAction::SignOff, kLea).isEmpty());
    // One sentence: who may, and who you are.
    QCOMPARE(m_f->gate->refusal(d, GateAction::SignOff, kInes),
             QStringLiteral("Only legal (Lea) can sign off; you are “Ines”."));
    QCOMPARE(m_f->gate->refusal(d, GateAction::RequestChanges, kPia),
             QStringLiteral("Only legal (Lea) can request changes; you are “Pia”."));
    QVERIFY(!m_f->gate->refusal(d, GateAction::SignOff, QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSignOffGate)
#include "tst_signoffgate.moc"
