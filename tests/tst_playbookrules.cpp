#include "core/base/utctime.h"
#include "core/comms/commsevents.h"
#include "core/playbook/playbookengine.h"
#include "playbooktestsupport.h"

#include <QTest>

using namespace warroom;
using namespace warroom::test;

// The seed playbook's rules on top of the deadlines: the IC engagement thresholds, escalation
// when unresolved after an hour, the category obligations, and the timeline facts (role
// assignments, key-account calls, publications, ticks) that complete or reopen obligations.
class TestPlaybookRules : public QObject
{
    Q_OBJECT

private slots:
    void icEngagementThreshold_data();
    void icEngagementThreshold();
    void icFlagClearsOnlyWhenAnIcIsAssigned();
    void executiveEscalation_data();
    void executiveEscalation();
    void categoryObligations_data();
    void categoryObligations();
    void keyAccountOutreach();
    void draftObligationNeedsAReadyDraft();
    void firstAnnouncement();
    void firstAnnouncementWaitsForDelivery();
    void aPublicationBeforeTheOutboxDoesNotCount();
    void categoryNoticeCountsAsFirstAnnouncement_data();
    void categoryNoticeCountsAsFirstAnnouncement();
    void resolvedAnnouncementNeedsAPublicationAfterRestoration();
    void afterRestorationPublicationsCompleteTheirObligations();
    void legalReviewIsDoneByALegalSignOff();
    void relapseVoidsTicksOfTheEarlierRestoration();
    void checkTick();

private:
    static ObligationStatus at(const Incident &incident, const QList<TimelineEvent> &events,
                               const QString &id, const QDateTime &now)
    {
        return findObligation(playbookengine::evaluateAt(seedPlaybook(), incident, events, now),
                              id);
    }
};

void TestPlaybookRules::icEngagementThreshold_data()
{
    QTest::addColumn<double>("usersPct");
    QTest::addColumn<int>("enterprise");
    QTest::addColumn<bool>("mandatory");
    QTest::addColumn<QString>("reason");
    QTest::newRow("5% users") << 5.0 << 0 << false << QString();
    QTest::newRow("5.1% users") << 5.1 << 0 << true
                                << QStringLiteral("5.1% of users affected (more than 5%)");
    QTest::newRow("8% users") << 8.0 << 0 << true
                              << QStringLiteral("8% of users affected (more than 5%)");
    QTest::newRow("one enterprise customer") << 0.0 << 1 << false << QString();
    QTest::newRow("two enterprise customers")
        << 0.0 << 2 << true << QStringLiteral("2 enterprise customers affected (more than 1)");
    QTest::newRow("5% and one: both at the line") << 5.0 << 1 << false << QString();
    QTest::newRow("both over") << 12.0 << 3 << true
                               << QStringLiteral("12% of users affected (more than 5%); 3 "
                                                 "enterprise customers affected (more than 1)");
}

void TestPlaybookRules::icEngagementThreshold()
{
    QFETCH(double, usersPct);
    QFETCH(int, enterprise);
    QFETCH(bool, mandatory);
    QFETCH(QString, reason);
    const Incident incident = incidentAt(Category::Outage, usersPct, enterprise);
    const IcEngagement ic = playbookengine::icEngagement(seedPlaybook(), incident.fields);
    QCOMPARE(ic.required, mandatory);
    QCOMPARE(ic.reason, reason);

    // The on-call's "engage IC" decision: ticking it done ("not needed") only counts below the
    // line.
    const QList<TimelineEvent> ticked{
        tick(eventkind::ObligationDone, "engage-ic", atMinutes(3), QStringLiteral("not needed"))};
    const ObligationStatus s = at(incident, ticked, QStringLiteral("engage-ic"), atMinutes(5));
    QCOMPARE(s.mandatory, mandatory);
    QCOMPARE(s.mandatoryReason, reason);
    QCOMPARE(s.state, mandatory ? ObligationState::Upcoming : ObligationState::Done);
}

void TestPlaybookRules::icFlagClearsOnlyWhenAnIcIsAssigned()
{
    Incident incident = incidentAt(Category::Outage, 8.0);
    QList<TimelineEvent> events;
    ObligationStatus s = at(incident, events, QStringLiteral("engage-ic"), atMinutes(16));
    QVERIFY(s.mandatory);
    QCOMPARE(s.state, ObligationState::Overdue);

    events.append(roleAssigned("customer-success", QStringLiteral("Eve"), atMinutes(17)));
    QVERIFY(at(incident, events, QStringLiteral("engage-ic"), atMinutes(18)).mandatory);

    events.append(roleAssigned("incident-commander", QStringLiteral("Frank"), atMinutes(18)));
    s = at(incident, events, QStringLiteral("engage-ic"), atMinutes(19));
    QVERIFY(!s.mandatory);
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledAt, atMinutes(18));
    QCOMPARE(s.settledBy, QStringLiteral("bob"));
    QVERIFY2(s.note.contains(QStringLiteral("Frank")), qPrintable(s.note));

    events.append(timelineEvent(eventkind::RoleUnassigned, atMinutes(25),
                                {{QStringLiteral("role"), QStringLiteral("incident-commander")},
                                 {QStringLiteral("person"), QStringLiteral("Frank")}}));
    s = at(incident, events, QStringLiteral("engage-ic"), atMinutes(26));
    QVERIFY(s.mandatory);
    QCOMPARE(s.state, ObligationState::Overdue);

    // Below the line an IC is welcome but not required; a field edit crossing it flags it at once.
    incident.fields.affectedUsersPct = 4.0;
    QVERIFY(!at(incident, events, QStringLiteral("engage-ic"), atMinutes(26)).mandatory);
}

void TestPlaybookRules::executiveEscalation_data()
{
    QTest::addColumn<double>("restoredAtMinutes"); // < 0: still unresolved
    QTest::addColumn<double>("nowMinutes");
    QTest::addColumn<ObligationState>("state");
    const double second = 1.0 / 60;
    QTest::newRow("unresolved, just before T+60")
        << -1.0 << 60.0 - second << ObligationState::DueSoon;
    QTest::newRow("unresolved, at T+60") << -1.0 << 60.0 << ObligationState::DueSoon;
    QTest::newRow("unresolved, just after T+60")
        << -1.0 << 60.0 + second << ObligationState::Overdue;
    QTest::newRow("restored at T+59") << 59.0 << 120.0 << ObligationState::NotApplicable;
    QTest::newRow("restored exactly at T+60") << 60.0 << 120.0 << ObligationState::NotApplicable;
    QTest::newRow("restored at T+61") << 61.0 << 120.0 << ObligationState::Overdue;
}

void TestPlaybookRules::executiveEscalation()
{
    QFETCH(double, restoredAtMinutes);
    QFETCH(double, nowMinutes);
    QFETCH(ObligationState, state);
    Incident incident = incidentAt(Category::Outage);
    if (restoredAtMinutes >= 0)
        moveStatus(incident, IncidentStatus::Restored, atMinutes(restoredAtMinutes));
    const QString id = QStringLiteral("escalate-executives");
    QCOMPARE(at(incident, {}, id, atMinutes(nowMinutes)).state, state);

    if (state == ObligationState::Overdue) {
        QList<TimelineEvent> events{
            roleAssigned("vp-engineering", QStringLiteral("Grace"), atMinutes(50))};
        QCOMPARE(at(incident, events, id, atMinutes(nowMinutes)).state, ObligationState::Overdue);
        events.append(roleAssigned("ceo", QStringLiteral("Heidi"), atMinutes(52)));
        const ObligationStatus s = at(incident, events, id, atMinutes(nowMinutes));
        QCOMPARE(s.state, ObligationState::Done);
        QCOMPARE(s.settledAt, atMinutes(52));
    }
}

void TestPlaybookRules::categoryObligations_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<QStringList>("applicable");
    QTest::newRow("outage") << Category::Outage << QStringList{};
    QTest::newRow("upstream") << Category::UpstreamUnavailable << QStringList{};
    QTest::newRow("behaviour anomaly")
        << Category::BehaviorAnomaly << QStringList{QStringLiteral("quality-decline-not-normal")};
    QTest::newRow("over-charge") << Category::BillingOvercharge
                                 << QStringList{QStringLiteral("overcharge-refund")};
    QTest::newRow("under-charge") << Category::BillingUndercharge
                                  << QStringList{QStringLiteral("undercharge-no-backbilling")};
    QTest::newRow("customer loss")
        << Category::OutputErrorLoss
        << QStringList{QStringLiteral("legal-engaged"), QStringLiteral("legal-review"),
                       QStringLiteral("output-loss-ownership")}; // sorted
    QTest::newRow("data leak") << Category::DataLeak
                               << QStringList{QStringLiteral("legal-engaged"),
                                              QStringLiteral("legal-review"),
                                              QStringLiteral("regulatory-notification")};
}

void TestPlaybookRules::categoryObligations()
{
    QFETCH(Category, category);
    QFETCH(QStringList, applicable);
    const QStringList categoryRules{
        QStringLiteral("legal-engaged"),          QStringLiteral("legal-review"),
        QStringLiteral("overcharge-refund"),      QStringLiteral("undercharge-no-backbilling"),
        QStringLiteral("output-loss-ownership"),  QStringLiteral("quality-decline-not-normal"),
        QStringLiteral("regulatory-notification")};
    const QList<ObligationStatus> all =
        playbookengine::evaluateAt(seedPlaybook(), incidentAt(category), {}, atMinutes(1));
    QStringList found;
    for (const ObligationStatus &s : all) {
        if (categoryRules.contains(s.id) && s.state != ObligationState::NotApplicable)
            found.append(s.id);
        if (s.state == ObligationState::NotApplicable)
            QVERIFY2(s.waitingFor.startsWith(QStringLiteral("only for: ")),
                     qPrintable(s.waitingFor));
    }
    found.sort();
    QCOMPARE(found, applicable);
    // Legal engagement is done by assigning the legal role.
    if (applicable.contains(QStringLiteral("legal-engaged"))) {
        const QList<TimelineEvent> events{
            roleAssigned("legal", QStringLiteral("Ivan"), atMinutes(9))};
        QCOMPARE(
            at(incidentAt(category), events, QStringLiteral("legal-engaged"), atMinutes(20)).state,
            ObligationState::Done);
    }
}

void TestPlaybookRules::keyAccountOutreach()
{
    const Incident incident = incidentAt(Category::Outage);
    const QString id = QStringLiteral("key-account-outreach");
    const auto account = [](qint64 accountId) {
        return QJsonObject{{QStringLiteral("id"), accountId},
                           {QStringLiteral("name"), QStringLiteral("Acct %1").arg(accountId)}};
    };
    const auto call = [](qint64 accountId, const char *status, double minutes,
                         const char *channel = "phone") {
        return timelineEvent(eventkind::CallAttempt, atMinutes(minutes),
                             {{QStringLiteral("account_id"), accountId},
                              {QStringLiteral("status"), QString::fromLatin1(status)},
                              {QStringLiteral("channel"), QString::fromLatin1(channel)}});
    };
    QList<TimelineEvent> events;
    ObligationStatus s = at(incident, events, id, atMinutes(30));
    QCOMPARE(s.progress, QStringLiteral("no key accounts selected yet"));

    events.append(timelineEvent(
        eventkind::AccountsSelected, atMinutes(20),
        {{QStringLiteral("accounts"), QJsonArray{account(1), account(2), account(3)}}}));
    events.append(call(1, "reached", 25));
    events.append(call(2, "unreachable", 26));
    events.append(call(3, "calling", 27));
    s = at(incident, events, id, atMinutes(30));
    QCOMPARE(s.state, ObligationState::Upcoming);
    QCOMPARE(s.progress, QStringLiteral("1 of 3 key accounts closed out; open: Acct 2 (unreachable "
                                        "on phone, Slack not tried), Acct 3 (calling)"));

    // Merely attempting is not outreach: a message left, "calling" for ten minutes, unreachable
    // on one channel keep it open.
    events.append(call(3, "left-message", 40));
    QCOMPARE(at(incident, events, id, atMinutes(50)).state, ObligationState::Upcoming);
    // Closed out: unreachable on both phone and Slack, or declined.
    events.append(call(2, "unreachable", 52, "slack"));
    events.append(call(3, "declined", 55));
    s = at(incident, events, id, atMinutes(56));
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledAt, atMinutes(55));
    QCOMPARE(s.note, QStringLiteral("3 of 3 key accounts closed out"));

    // Adding an account to the selection reopens it until that account is closed out too;
    // "calling" is never final.
    events.append(timelineEvent(eventkind::AccountsSelected, atMinutes(58),
                                {{QStringLiteral("accounts"),
                                  QJsonArray{account(1), account(2), account(3), account(4)}}}));
    QVERIFY(!at(incident, events, id, atMinutes(59)).isSettled());
    events.append(call(4, "calling", 59));
    QVERIFY(!at(incident, events, id, atMinutes(59.5)).isSettled());
    events.append(call(4, "reached", 62));
    QCOMPARE(at(incident, events, id, atMinutes(63)).settledAt, atMinutes(62));
    // A later call that finds an account reached before unreachable now reopens it.
    events.append(call(1, "unreachable", 70));
    s = at(incident, events, id, atMinutes(71));
    QCOMPARE(s.state, ObligationState::Overdue);
    QVERIFY2(s.progress.contains(QStringLiteral("Acct 1 (unreachable on phone, Slack not tried)")),
             qPrintable(s.progress));
}

void TestPlaybookRules::draftObligationNeedsAReadyDraft()
{
    const Incident incident = incidentAt(Category::Outage);
    const QString id = QStringLiteral("announcement-draft");
    // Created from a template, still full of placeholders: not a draft of the announcement yet.
    QList<TimelineEvent> events{draftEvent(eventkind::DraftCreated, 7, atMinutes(20),
                                           {QStringLiteral("eta"), QStringLiteral("cause")})};
    ObligationStatus s = at(incident, events, id, atMinutes(21));
    QCOMPARE(s.state, ObligationState::Upcoming);
    // Named by its number within the incident (the first draft created), not its database id 7.
    QCOMPARE(s.progress, QStringLiteral("draft #1: 2 placeholders to fill ({{eta}}, {{cause}})"));
    events.append(
        draftEvent(eventkind::DraftSaved, 7, atMinutes(30), {}, {QStringLiteral("never-again")}));
    s = at(incident, events, id, atMinutes(31));
    QCOMPARE(s.state, ObligationState::Upcoming);
    QCOMPARE(s.progress, QStringLiteral("draft #1: 1 lint error (never-again)"));
    events.append(draftEvent(eventkind::DraftSaved, 7, atMinutes(40)));
    s = at(incident, events, id, atMinutes(41));
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledAt, atMinutes(40));
    QCOMPARE(s.settledBy, QStringLiteral("pia"));
    // Saved again with a placeholder: the evidence is withdrawn, the obligation reopens.
    events.append(draftEvent(eventkind::DraftSaved, 7, atMinutes(45), {QStringLiteral("eta")}));
    s = at(incident, events, id, atMinutes(46));
    QCOMPARE(s.state, ObligationState::Upcoming);
    QVERIFY2(s.progress.contains(QStringLiteral("{{eta}}")), qPrintable(s.progress));
    // A ready draft of another kind (the postmortem) does not count.
    events.append(draftEvent(eventkind::DraftCreated, 8, atMinutes(47), {}, {}, "postmortem"));
    QCOMPARE(at(incident, events, id, atMinutes(48)).state, ObligationState::Upcoming);
    // Ticking it done is not how it completes: the tick is not counted.
    events.append(tick(eventkind::ObligationDone, "announcement-draft", atMinutes(49)));
    s = at(incident, events, id, atMinutes(50));
    QCOMPARE(s.state, ObligationState::Upcoming);
    QVERIFY(!s.manualDone);
    QVERIFY(!playbookengine::checkTick(s, false));
    QVERIFY(playbookengine::checkTick(s, true)); // deciding against it is a waiver
}

void TestPlaybookRules::firstAnnouncement()
{
    const Incident incident = incidentAt(Category::Outage);
    const QString id = QStringLiteral("first-announcement");
    // Deciding against publishing needs a recorded reason: that is a waive.
    QList<TimelineEvent> events{tick(eventkind::ObligationWaived, "first-announcement",
                                     atMinutes(30), QStringLiteral("internal only"))};
    ObligationStatus s = at(incident, events, id, atMinutes(90));
    QCOMPARE(s.state, ObligationState::Waived);
    QCOMPARE(s.note, QStringLiteral("internal only"));
    QCOMPARE(s.settledBy, QStringLiteral("carol"));

    // An email to some customers or a postmortem is not the first external announcement.
    events.append(published("customer-email", atMinutes(40)));
    events.append(published("postmortem", atMinutes(41)));
    QCOMPARE(at(incident, events, id, atMinutes(90)).state, ObligationState::Waived);

    // Publishing after all is what happened: the facts win over the waive, once the
    // announcement is out on every channel the playbook names (status page and email).
    events.append(published("initial", atMinutes(50)));
    s = at(incident, events, id, atMinutes(90));
    QCOMPARE(s.state, ObligationState::Waived);
    QCOMPARE(s.progress, QStringLiteral("not yet published on: Email to affected customers; "
                                        "delivered: Status page at %1")
                             .arg(atMinutes(50).toString(QStringLiteral("HH:mm 'UTC'"))));
    events.append(published("initial", atMinutes(55), "email"));
    s = at(incident, events, id, atMinutes(90));
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledAt, atMinutes(55));

    // Without a waiver, one channel leaves it open, and the board names the missing one.
    const QList<TimelineEvent> statusPageOnly{published("initial", atMinutes(50))};
    s = at(incident, statusPageOnly, id, atMinutes(61));
    QCOMPARE(s.state, ObligationState::Overdue);
    QVERIFY2(
        s.progress.startsWith(QStringLiteral("not yet published on: Email to affected customers")),
        qPrintable(s.progress));
}

// Issue 12: "published" is not "delivered". The first announcement is done when the status page
// and every email it queued have reached their audience (delivered or posted by hand); Slack and
// webhook rows never decide it; the board names what is still queued, retrying or failed.
void TestPlaybookRules::firstAnnouncementWaitsForDelivery()
{
    const Incident incident = incidentAt(Category::Outage);
    const QString id = QStringLiteral("first-announcement");
    QList<TimelineEvent> events{
        published("initial", atMinutes(20), "status-page",
                  {{QStringLiteral("sp"), QStringLiteral("status-page")},
                   {QStringLiteral("sl"), QStringLiteral("slack")}}),
        published(
            "initial", atMinutes(21), "email",
            {{QStringLiteral("m1"), QStringLiteral("email"), QStringLiteral("a@x.example")},
             {QStringLiteral("m2"), QStringLiteral("email"), QStringLiteral("b@y.example")}})};
    ObligationStatus s = at(incident, events, id, atMinutes(30));
    QVERIFY(!s.isSettled());
    QVERIFY2(s.progress.contains(QStringLiteral("Status page: draft #1 published at")),
             qPrintable(s.progress));
    QVERIFY2(s.progress.contains(QStringLiteral("not delivered yet: Status page queued")),
             qPrintable(s.progress));
    QVERIFY2(s.progress.contains(QStringLiteral("Email to a@x.example queued")),
             qPrintable(s.progress));

    events.append(deliveryEvent(eventkind::AnnouncementDelivered, QStringLiteral("sp"),
                                "status-page", atMinutes(22)));
    events.append(deliveryEvent(eventkind::AnnouncementDelivered, QStringLiteral("m1"), "email",
                                atMinutes(23), QString(), QStringLiteral("a@x.example")));
    events.append(deliveryEvent(eventkind::AnnouncementDeliveryRetrying, QStringLiteral("m2"),
                                "email", atMinutes(23), QStringLiteral("421 try later"),
                                QStringLiteral("b@y.example")));
    s = at(incident, events, id, atMinutes(30));
    QVERIFY(!s.isSettled());
    QCOMPARE(s.progress,
             QStringLiteral("Email to affected customers: draft #1 published at %1, not "
                            "delivered yet: Email to b@y.example retrying (421 try later); "
                            "delivered: Status page at %2")
                 .arg(utctime::hhmm(atMinutes(21)), utctime::hhmm(atMinutes(22))));

    events.append(deliveryEvent(eventkind::AnnouncementDeliveryFailed, QStringLiteral("m2"),
                                "email", atMinutes(25), QStringLiteral("550 no such user"),
                                QStringLiteral("b@y.example")));
    s = at(incident, events, id, atMinutes(30));
    QVERIFY(!s.isSettled());
    QVERIFY2(s.progress.contains(QStringLiteral("Email to b@y.example failed (550 no such user)")),
             qPrintable(s.progress));

    // Slack never arrived (its row is still queued): it does not matter. A post by hand of the
    // failed email completes it, at that moment, by that person.
    events.append(deliveryEvent(eventkind::AnnouncementPostedByHand, QStringLiteral("m2"), "email",
                                atMinutes(27), QString(), QStringLiteral("b@y.example")));
    s = at(incident, events, id, atMinutes(30));
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledAt, atMinutes(27));
    QCOMPARE(s.settledBy, QStringLiteral("hana"));

    // A failed row queued again is open again.
    events.removeLast();
    events.append(deliveryEvent(eventkind::AnnouncementDeliveryRequeued, QStringLiteral("m2"),
                                "email", atMinutes(28), QString(), QStringLiteral("b@y.example")));
    s = at(incident, events, id, atMinutes(30));
    QVERIFY(!s.isSettled());
    QVERIFY2(s.progress.contains(QStringLiteral("Email to b@y.example queued")),
             qPrintable(s.progress));
}

// A publication written before version 6 has no "deliveries": nothing shows it went out, so it
// does not complete an obligation; the board says what to do.
void TestPlaybookRules::aPublicationBeforeTheOutboxDoesNotCount()
{
    const Incident incident = incidentAt(Category::Outage);
    TimelineEvent legacy = published("initial", atMinutes(20));
    legacy.payload.remove(QStringLiteral("deliveries"));
    TimelineEvent legacyEmail = published("initial", atMinutes(21), "email");
    legacyEmail.payload.remove(QStringLiteral("deliveries"));
    const ObligationStatus s =
        at(incident, {legacy, legacyEmail}, QStringLiteral("first-announcement"), atMinutes(30));
    QVERIFY(!s.isSettled());
    QVERIFY2(s.progress.startsWith(
                 QStringLiteral("Status page: draft #1 published at %1 before War Room tracked "
                                "deliveries: nothing shows it went out; confirm it did and waive "
                                "the obligation with that reason, or publish again")
                     .arg(utctime::hhmm(atMinutes(20)))),
             qPrintable(s.progress));
}

void TestPlaybookRules::categoryNoticeCountsAsFirstAnnouncement_data()
{
    QTest::addColumn<QString>("announcementKind");
    QTest::addColumn<bool>("counts");
    QTest::newRow("initial") << QStringLiteral("initial") << true;
    QTest::newRow("update") << QStringLiteral("update") << true;
    QTest::newRow("data incident notice") << QStringLiteral("data-incident") << true;
    QTest::newRow("ownership statement") << QStringLiteral("ownership-statement") << true;
    QTest::newRow("refund notice") << QStringLiteral("refund-notice") << true;
    QTest::newRow("billing fixed") << QStringLiteral("billing-fixed") << true;
    QTest::newRow("resolved") << QStringLiteral("resolved") << false;
    QTest::newRow("customer email") << QStringLiteral("customer-email") << false;
    QTest::newRow("postmortem") << QStringLiteral("postmortem") << false;
    QTest::newRow("no kind recorded") << QString() << false;
}

void TestPlaybookRules::categoryNoticeCountsAsFirstAnnouncement()
{
    QFETCH(QString, announcementKind);
    QFETCH(bool, counts);
    const Incident incident = incidentAt(Category::Outage);
    const QJsonObject payload{{QStringLiteral("kind"), announcementKind},
                              {QStringLiteral("draft_id"), 1},
                              {QStringLiteral("unfilled"), QJsonArray()},
                              {QStringLiteral("lint_errors"), QJsonArray()},
                              {QStringLiteral("deliveries"), QJsonArray()}};
    QJsonObject byEmail = payload;
    byEmail.insert(QStringLiteral("channel"), QStringLiteral("email"));
    QJsonObject onStatusPage = payload;
    onStatusPage.insert(QStringLiteral("channel"), QStringLiteral("status-page"));
    const QList<TimelineEvent> events{
        timelineEvent(eventkind::DraftCreated, atMinutes(20), payload),
        timelineEvent(eventkind::AnnouncementPublished, atMinutes(30), onStatusPage),
        timelineEvent(eventkind::AnnouncementPublished, atMinutes(30), byEmail)};
    const ObligationState expected = counts ? ObligationState::Done : ObligationState::Upcoming;
    for (const char *id : {"announcement-draft", "first-announcement"})
        QCOMPARE(at(incident, events, QString::fromLatin1(id), atMinutes(40)).state, expected);
    // The 30-minute update cadence starts with the first announcement only.
    const ObligationStatus updates =
        at(incident, events, QStringLiteral("external-updates"), atMinutes(40));
    QCOMPARE(updates.dueAt.isValid(), counts);
    if (counts)
        QCOMPARE(updates.dueAt, atMinutes(60));
}

void TestPlaybookRules::resolvedAnnouncementNeedsAPublicationAfterRestoration()
{
    Incident incident = incidentAt(Category::Outage);
    const QString id = QStringLiteral("resolved-announcement");
    QList<TimelineEvent> events{published("initial", atMinutes(30))};
    moveStatus(incident, IncidentStatus::Restored, atMinutes(45));
    QCOMPARE(at(incident, events, id, atMinutes(50)).state, ObligationState::Overdue);
    // A progress update after restoration is not the "resolved" announcement.
    events.append(published("update", atMinutes(51)));
    QCOMPARE(at(incident, events, id, atMinutes(52)).state, ObligationState::Overdue);
    events.append(published("resolved", atMinutes(52)));
    const ObligationStatus s = at(incident, events, id, atMinutes(53));
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledAt, atMinutes(52));
}

void TestPlaybookRules::afterRestorationPublicationsCompleteTheirObligations()
{
    Incident incident = incidentAt(Category::Outage);
    // Published before restoration: too early to count.
    QList<TimelineEvent> events{published("customer-email", atMinutes(30)),
                                published("postmortem", atMinutes(31))};
    moveStatus(incident, IncidentStatus::Restored, atMinutes(45));
    QCOMPARE(at(incident, events, QStringLiteral("proactive-email"), atMinutes(50)).state,
             ObligationState::Overdue);
    QCOMPARE(at(incident, events, QStringLiteral("postmortem"), atMinutes(50)).state,
             ObligationState::Upcoming);
    events.append(published("customer-email", atMinutes(55)));
    events.append(published("postmortem", atMinutes(24 * 60)));
    QCOMPARE(at(incident, events, QStringLiteral("proactive-email"), atMinutes(56)).state,
             ObligationState::Done);
    QCOMPARE(at(incident, events, QStringLiteral("postmortem"), atMinutes(24 * 60 + 1)).state,
             ObligationState::Done);
}

void TestPlaybookRules::legalReviewIsDoneByALegalSignOff()
{
    const Incident incident = incidentAt(Category::DataLeak);
    const QString id = QStringLiteral("legal-review");
    const QJsonObject draft2{{QStringLiteral("draft_id"), 2}, {QStringLiteral("version"), 2}};
    QList<TimelineEvent> events{timelineEvent(eventkind::DraftApproved, atMinutes(20), draft2)};
    QCOMPARE(at(incident, events, id, atMinutes(30)).state, ObligationState::Upcoming);
    QCOMPARE(at(incident, events, id, atMinutes(30)).progress,
             QStringLiteral("no legal sign-off yet"));
    events.append(timelineEvent(eventkind::DraftSignedOff, atMinutes(35), draft2,
                                QStringLiteral("Hana Kim")));
    ObligationStatus s = at(incident, events, id, atMinutes(40));
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledBy, QStringLiteral("Hana Kim"));

    // An edit voids the sign-off: the review is open again, and the board says why.
    events.append(timelineEvent(eventkind::DraftVoided, atMinutes(42),
                                {{QStringLiteral("draft_id"), 2}, {QStringLiteral("version"), 3}},
                                QStringLiteral("Pat")));
    events.append(draftEvent(eventkind::DraftSaved, 2, atMinutes(42)));
    s = at(incident, events, id, atMinutes(43));
    QCOMPARE(s.state, ObligationState::Upcoming);
    QCOMPARE(s.progress, QStringLiteral("legal sign-off voided by Pat's edit at %1 (it was Hana "
                                        "Kim's, on draft #2 v2)")
                             .arg(atMinutes(42).toString(QStringLiteral("HH:mm 'UTC'"))));
    // Ticking it done by hand does not stand in for legal's signature.
    events.append(tick(eventkind::ObligationDone, "legal-review", atMinutes(44)));
    QCOMPARE(at(incident, events, id, atMinutes(45)).state, ObligationState::Upcoming);
    // Legal signs the new text off: done again, from that moment.
    events.append(timelineEvent(eventkind::DraftSignedOff, atMinutes(50),
                                {{QStringLiteral("draft_id"), 2}, {QStringLiteral("version"), 3}},
                                QStringLiteral("Hana Kim")));
    s = at(incident, events, id, atMinutes(51));
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledAt, atMinutes(50));
}

void TestPlaybookRules::relapseVoidsTicksOfTheEarlierRestoration()
{
    Incident incident = incidentAt(Category::Outage);
    moveStatus(incident, IncidentStatus::Restored, atMinutes(45));
    const QList<TimelineEvent> events{tick(eventkind::ObligationWaived, "proactive-email",
                                           atMinutes(46), QStringLiteral("no customers saw it"))};
    QCOMPARE(at(incident, events, QStringLiteral("proactive-email"), atMinutes(47)).state,
             ObligationState::Waived);
    moveStatus(incident, IncidentStatus::Investigating, atMinutes(60));
    moveStatus(incident, IncidentStatus::Restored, atMinutes(80));
    const ObligationStatus s =
        at(incident, events, QStringLiteral("proactive-email"), atMinutes(81));
    QCOMPARE(s.dueAt, atMinutes(80));
    QCOMPARE(s.state, ObligationState::Overdue);
}

void TestPlaybookRules::checkTick()
{
    const Incident outage = incidentAt(Category::Outage, 8.0);
    const QList<TimelineEvent> events{
        tick(eventkind::ObligationDone, "open-channel", atMinutes(2), QStringLiteral("#inc-1")),
        tick(eventkind::ObligationWaived, "support-templates", atMinutes(3),
             QStringLiteral("no tickets"))};
    const auto check = [&](const char *id) {
        return playbookengine::checkTick(at(outage, events, QString::fromLatin1(id), atMinutes(4)));
    };
    QVERIFY(check("confirm-nature"));
    QVERIFY(check("channel-sync")); // recurring: every tick is a new sync
    Result<void> r = check("open-channel");
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("already done")),
             qPrintable(r.error().message));
    r = check("support-templates");
    QVERIFY2(!r && r.error().message.contains(QStringLiteral("already waived by carol")),
             qPrintable(r.error().message));
    r = check("legal-review");
    QVERIFY2(!r && r.error().message.contains(QStringLiteral("does not apply")),
             qPrintable(r.error().message));
    r = check("first-announcement"); // completed by publications, not by a tick
    QVERIFY2(!r && r.error().message.contains(QStringLiteral("waive it with the reason")),
             qPrintable(r.error().message));
    QVERIFY(playbookengine::checkTick(
        at(outage, events, QStringLiteral("first-announcement"), atMinutes(4)), true));
    r = check("engage-ic");
    QVERIFY2(!r && r.error().message.contains(QStringLiteral("mandatory (8% of users affected")),
             qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestPlaybookRules)
#include "tst_playbookrules.moc"
