#include "core/playbookengine.h"
#include "playbooktestsupport.h"

#include <QTest>

using namespace warroom;
using namespace warroom::test;

// The seed playbook's deadlines, cadences, escalation thresholds and category rules, evaluated
// by the pure engine at chosen moments. Expected times are written out here, not read from the
// playbook, so a wrong number in the data file fails these tests.
class TestPlaybookEngine : public QObject
{
    Q_OBJECT

private slots:
    void deadlines_data();
    void deadlines();
    void restorationDeadlines_data();
    void restorationDeadlines();
    void channelSyncCadence_data();
    void channelSyncCadence();
    void syncCadenceEndsAtRestorationAndRestartsOnRelapse();
    void externalUpdateCadence_data();
    void externalUpdateCadence();
    void icEngagementThreshold_data();
    void icEngagementThreshold();
    void icFlagClearsOnlyWhenAnIcIsAssigned();
    void executiveEscalation_data();
    void executiveEscalation();
    void categoryObligations_data();
    void categoryObligations();
    void keyAccountOutreach();
    void firstAnnouncement();
    void resolvedAnnouncementNeedsAPublicationAfterRestoration();
    void relapseVoidsTicksOfTheEarlierRestoration();
    void checkTick();
    void countdownText_data();
    void countdownText();

private:
    static ObligationStatus at(const Incident &incident, const QList<TimelineEvent> &events, const QString &id,
                               const QDateTime &now)
    {
        return findObligation(playbookengine::evaluateAt(seedPlaybook(), incident, events, now), id);
    }
};

// Rows "<obligation>: just before due soon / entering due soon / just before / at / just after".
static void addBoundaryRows(const char *id, Category category, qint64 dueMinutes)
{
    const QDateTime due = atMinutes(double(dueMinutes));
    const struct
    {
        const char *name;
        qint64 offsetMs;
        ObligationState state;
    } points[] = {
        {"5 min + 1 s before", -301000, ObligationState::Upcoming},
        {"5 min before", -300000, ObligationState::DueSoon},
        {"1 s before", -1000, ObligationState::DueSoon},
        {"at", 0, ObligationState::DueSoon},
        {"1 ms after", 1, ObligationState::Overdue},
        {"1 s after", 1000, ObligationState::Overdue},
    };
    for (const auto &p : points)
        QTest::addRow("%s %s", id, p.name) << QString::fromLatin1(id) << category << due << due.addMSecs(p.offsetMs)
                                          << p.state;
}

void TestPlaybookEngine::deadlines_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<ObligationState>("state");
    // T+15: on-call's checks and the IC's first decisions.
    addBoundaryRows("confirm-nature", Category::Outage, 15);
    addBoundaryRows("open-channel", Category::Outage, 15);
    addBoundaryRows("engage-ic", Category::Outage, 15);
    addBoundaryRows("ic-comms-decision", Category::Outage, 15);
    addBoundaryRows("legal-engaged", Category::DataLeak, 15);
    // T+15 to T+60 and T+1 h.
    addBoundaryRows("key-account-outreach", Category::Outage, 60);
    addBoundaryRows("support-templates", Category::Outage, 60);
    addBoundaryRows("escalate-executives", Category::Outage, 60);
    addBoundaryRows("announcement-draft", Category::Outage, 60);
    addBoundaryRows("legal-review", Category::OutputErrorLoss, 60);
    addBoundaryRows("first-announcement", Category::Outage, 60);
    addBoundaryRows("overcharge-refund", Category::BillingOvercharge, 60);
    addBoundaryRows("undercharge-no-backbilling", Category::BillingUndercharge, 60);
    addBoundaryRows("output-loss-ownership", Category::OutputErrorLoss, 60);
    addBoundaryRows("quality-decline-not-normal", Category::BehaviorAnomaly, 60);
    // The GDPR window: 72 h from awareness (detected-at), not from restoration.
    addBoundaryRows("regulatory-notification", Category::DataLeak, 72 * 60);
}

void TestPlaybookEngine::deadlines()
{
    QFETCH(QString, id);
    QFETCH(Category, category);
    QFETCH(QDateTime, due);
    QFETCH(QDateTime, now);
    QFETCH(ObligationState, state);
    const ObligationStatus s = at(incidentAt(category), {}, id, now);
    QCOMPARE(s.dueAt, due);
    QCOMPARE(s.state, state);
}

void TestPlaybookEngine::restorationDeadlines_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("minutesAfterRestoration");
    QTest::addColumn<QString>("waiting");
    QTest::newRow("resolved announcement") << QStringLiteral("resolved-announcement") << qint64(0)
                                           << QStringLiteral("due on restoration");
    QTest::newRow("proactive email") << QStringLiteral("proactive-email") << qint64(0)
                                     << QStringLiteral("due on restoration");
    QTest::newRow("postmortem") << QStringLiteral("postmortem") << qint64(72 * 60)
                                << QStringLiteral("due 72 h after restoration");
}

void TestPlaybookEngine::restorationDeadlines()
{
    QFETCH(QString, id);
    QFETCH(qint64, minutesAfterRestoration);
    QFETCH(QString, waiting);
    Incident incident = incidentAt(Category::Outage);

    // Not restored: no due time yet, whatever the time.
    ObligationStatus s = at(incident, {}, id, atMinutes(600));
    QCOMPARE(s.state, ObligationState::Upcoming);
    QVERIFY(!s.dueAt.isValid());
    QCOMPARE(s.waitingFor, waiting);

    const QDateTime restored = atMinutes(42);
    moveStatus(incident, IncidentStatus::Restored, restored);
    const QDateTime due = restored.addSecs(minutesAfterRestoration * 60);
    QCOMPARE(at(incident, {}, id, due.addSecs(-1)).state, ObligationState::DueSoon);
    QCOMPARE(at(incident, {}, id, due).state, ObligationState::DueSoon);
    s = at(incident, {}, id, due.addSecs(1));
    QCOMPARE(s.dueAt, due);
    QCOMPARE(s.state, ObligationState::Overdue);
    if (minutesAfterRestoration > 5)
        QCOMPARE(at(incident, {}, id, due.addSecs(-301)).state, ObligationState::Upcoming);

    // Closing keeps the restoration time.
    moveStatus(incident, IncidentStatus::Closed, restored.addSecs(600));
    QCOMPARE(at(incident, {}, id, due.addSecs(1)).dueAt, due);
}

void TestPlaybookEngine::channelSyncCadence_data()
{
    QTest::addColumn<QList<double>>("syncsAtMinutes");
    QTest::addColumn<double>("nowMinutes");
    QTest::addColumn<double>("dueMinutes");
    QTest::addColumn<ObligationState>("state");
    const QList<double> none;
    const double second = 1.0 / 60;
    QTest::newRow("no sync: first due at T+15") << none << 0.0 << 15.0 << ObligationState::Upcoming;
    QTest::newRow("no sync: just before due soon") << none << 10.0 - second << 15.0 << ObligationState::Upcoming;
    QTest::newRow("no sync: due soon") << none << 10.0 << 15.0 << ObligationState::DueSoon;
    QTest::newRow("no sync: at T+15") << none << 15.0 << 15.0 << ObligationState::DueSoon;
    QTest::newRow("no sync: just after T+15") << none << 15.0 + second << 15.0 << ObligationState::Overdue;
    QTest::newRow("no sync for 20 min") << none << 20.0 << 15.0 << ObligationState::Overdue;
    QTest::newRow("sync at 12: due 27, just before") << QList<double>{12} << 27.0 - second << 27.0
                                                    << ObligationState::DueSoon;
    QTest::newRow("sync at 12: at 27") << QList<double>{12} << 27.0 << 27.0 << ObligationState::DueSoon;
    QTest::newRow("sync at 12: just after 27") << QList<double>{12} << 27.0 + second << 27.0
                                              << ObligationState::Overdue;
    QTest::newRow("late sync resets from its own time") << QList<double>{12, 31} << 40.0 << 46.0
                                                        << ObligationState::Upcoming;
    QTest::newRow("overdue, then posted") << QList<double>{20} << 20.0 << 35.0 << ObligationState::Upcoming;
}

void TestPlaybookEngine::channelSyncCadence()
{
    QFETCH(QList<double>, syncsAtMinutes);
    QFETCH(double, nowMinutes);
    QFETCH(double, dueMinutes);
    QFETCH(ObligationState, state);
    QList<TimelineEvent> events;
    for (double m : syncsAtMinutes) // "no new progress" is a sync like any other
        events.append(timelineEvent(eventkind::SyncPosted, atMinutes(m), {{QStringLiteral("text"), QStringLiteral("no new progress")}}));
    const ObligationStatus s = at(incidentAt(Category::Outage), events, QStringLiteral("channel-sync"), atMinutes(nowMinutes));
    QVERIFY(s.recurring);
    QCOMPARE(s.dueAt, atMinutes(dueMinutes));
    QCOMPARE(s.state, state);
    if (!syncsAtMinutes.isEmpty()) {
        QCOMPARE(s.lastResetAt, atMinutes(syncsAtMinutes.constLast()));
        QCOMPARE(s.lastResetBy, QStringLiteral("bob"));
    }
}

void TestPlaybookEngine::syncCadenceEndsAtRestorationAndRestartsOnRelapse()
{
    Incident incident = incidentAt(Category::Outage);
    const QList<TimelineEvent> events{timelineEvent(eventkind::SyncPosted, atMinutes(10))};
    moveStatus(incident, IncidentStatus::Restored, atMinutes(20));
    ObligationStatus s = at(incident, events, QStringLiteral("channel-sync"), atMinutes(90));
    QCOMPARE(s.state, ObligationState::NotApplicable);

    // A relapse restarts the count from the relapse, not from the sync before it.
    moveStatus(incident, IncidentStatus::Investigating, atMinutes(50));
    s = at(incident, events, QStringLiteral("channel-sync"), atMinutes(55));
    QCOMPARE(s.dueAt, atMinutes(65));
    QCOMPARE(s.state, ObligationState::Upcoming);

    // Ticking the sync done by hand counts as posting it.
    const QList<TimelineEvent> ticked = events + QList<TimelineEvent>{tick(eventkind::ObligationDone, "channel-sync", atMinutes(60))};
    QCOMPARE(at(incident, ticked, QStringLiteral("channel-sync"), atMinutes(61)).dueAt, atMinutes(75));
}

void TestPlaybookEngine::externalUpdateCadence_data()
{
    QTest::addColumn<QList<double>>("publishedAtMinutes");
    QTest::addColumn<double>("nowMinutes");
    QTest::addColumn<double>("dueMinutes"); // < 0: no due time yet
    QTest::addColumn<ObligationState>("state");
    const double second = 1.0 / 60;
    QTest::newRow("nothing published: waits") << QList<double>{} << 200.0 << -1.0 << ObligationState::Upcoming;
    QTest::newRow("first at 40: due 70, just before") << QList<double>{40} << 70.0 - second << 70.0
                                                     << ObligationState::DueSoon;
    QTest::newRow("first at 40: at 70") << QList<double>{40} << 70.0 << 70.0 << ObligationState::DueSoon;
    QTest::newRow("first at 40: just after 70") << QList<double>{40} << 70.0 + second << 70.0
                                               << ObligationState::Overdue;
    QTest::newRow("first at 40: 25 min later") << QList<double>{40} << 65.0 - second << 70.0
                                              << ObligationState::Upcoming;
    QTest::newRow("update at 65: due 95") << QList<double>{40, 65} << 71.0 << 95.0 << ObligationState::Upcoming;
}

void TestPlaybookEngine::externalUpdateCadence()
{
    QFETCH(QList<double>, publishedAtMinutes);
    QFETCH(double, nowMinutes);
    QFETCH(double, dueMinutes);
    QFETCH(ObligationState, state);
    QList<TimelineEvent> events;
    for (double m : publishedAtMinutes)
        events.append(timelineEvent(eventkind::AnnouncementPublished, atMinutes(m), {{QStringLiteral("channel"), QStringLiteral("status-page")}}));
    const ObligationStatus s = at(incidentAt(Category::Outage), events, QStringLiteral("external-updates"), atMinutes(nowMinutes));
    QCOMPARE(s.state, state);
    if (dueMinutes < 0) {
        QVERIFY(!s.dueAt.isValid());
        QCOMPARE(s.waitingFor, QStringLiteral("starts when the first announcement is published"));
    } else {
        QCOMPARE(s.dueAt, atMinutes(dueMinutes));
    }
}

void TestPlaybookEngine::icEngagementThreshold_data()
{
    QTest::addColumn<double>("usersPct");
    QTest::addColumn<int>("enterprise");
    QTest::addColumn<bool>("mandatory");
    QTest::addColumn<QString>("reason");
    QTest::newRow("5% users") << 5.0 << 0 << false << QString();
    QTest::newRow("5.1% users") << 5.1 << 0 << true << QStringLiteral("5.1% of users affected (more than 5%)");
    QTest::newRow("8% users") << 8.0 << 0 << true << QStringLiteral("8% of users affected (more than 5%)");
    QTest::newRow("one enterprise customer") << 0.0 << 1 << false << QString();
    QTest::newRow("two enterprise customers") << 0.0 << 2 << true
                                              << QStringLiteral("2 enterprise customers affected (more than 1)");
    QTest::newRow("5% and one: both at the line") << 5.0 << 1 << false << QString();
    QTest::newRow("both over") << 12.0 << 3 << true
                               << QStringLiteral("12% of users affected (more than 5%); 3 enterprise customers affected (more than 1)");
}

void TestPlaybookEngine::icEngagementThreshold()
{
    QFETCH(double, usersPct);
    QFETCH(int, enterprise);
    QFETCH(bool, mandatory);
    QFETCH(QString, reason);
    const Incident incident = incidentAt(Category::Outage, usersPct, enterprise);
    const IcEngagement ic = playbookengine::icEngagement(seedPlaybook(), incident.fields);
    QCOMPARE(ic.required, mandatory);
    QCOMPARE(ic.reason, reason);

    // The on-call's "engage IC" decision: ticking it done ("not needed") only counts below the line.
    const QList<TimelineEvent> ticked{tick(eventkind::ObligationDone, "engage-ic", atMinutes(3), QStringLiteral("not needed"))};
    const ObligationStatus s = at(incident, ticked, QStringLiteral("engage-ic"), atMinutes(5));
    QCOMPARE(s.mandatory, mandatory);
    QCOMPARE(s.mandatoryReason, reason);
    QCOMPARE(s.state, mandatory ? ObligationState::Upcoming : ObligationState::Done);
}

void TestPlaybookEngine::icFlagClearsOnlyWhenAnIcIsAssigned()
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
                        {{QStringLiteral("role"), QStringLiteral("incident-commander")}, {QStringLiteral("person"), QStringLiteral("Frank")}}));
    s = at(incident, events, QStringLiteral("engage-ic"), atMinutes(26));
    QVERIFY(s.mandatory);
    QCOMPARE(s.state, ObligationState::Overdue);

    // Below the line an IC is welcome but not required; a field edit crossing it flags it at once.
    incident.fields.affectedUsersPct = 4.0;
    QVERIFY(!at(incident, events, QStringLiteral("engage-ic"), atMinutes(26)).mandatory);
}

void TestPlaybookEngine::executiveEscalation_data()
{
    QTest::addColumn<double>("restoredAtMinutes"); // < 0: still unresolved
    QTest::addColumn<double>("nowMinutes");
    QTest::addColumn<ObligationState>("state");
    const double second = 1.0 / 60;
    QTest::newRow("unresolved, just before T+60") << -1.0 << 60.0 - second << ObligationState::DueSoon;
    QTest::newRow("unresolved, at T+60") << -1.0 << 60.0 << ObligationState::DueSoon;
    QTest::newRow("unresolved, just after T+60") << -1.0 << 60.0 + second << ObligationState::Overdue;
    QTest::newRow("restored at T+59") << 59.0 << 120.0 << ObligationState::NotApplicable;
    QTest::newRow("restored exactly at T+60") << 60.0 << 120.0 << ObligationState::NotApplicable;
    QTest::newRow("restored at T+61") << 61.0 << 120.0 << ObligationState::Overdue;
}

void TestPlaybookEngine::executiveEscalation()
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
        QList<TimelineEvent> events{roleAssigned("vp-engineering", QStringLiteral("Grace"), atMinutes(50))};
        QCOMPARE(at(incident, events, id, atMinutes(nowMinutes)).state, ObligationState::Overdue);
        events.append(roleAssigned("ceo", QStringLiteral("Heidi"), atMinutes(52)));
        const ObligationStatus s = at(incident, events, id, atMinutes(nowMinutes));
        QCOMPARE(s.state, ObligationState::Done);
        QCOMPARE(s.settledAt, atMinutes(52));
    }
}

void TestPlaybookEngine::categoryObligations_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<QStringList>("applicable");
    QTest::newRow("outage") << Category::Outage << QStringList{};
    QTest::newRow("upstream") << Category::UpstreamUnavailable << QStringList{};
    QTest::newRow("behaviour anomaly") << Category::BehaviorAnomaly << QStringList{QStringLiteral("quality-decline-not-normal")};
    QTest::newRow("over-charge") << Category::BillingOvercharge << QStringList{QStringLiteral("overcharge-refund")};
    QTest::newRow("under-charge") << Category::BillingUndercharge << QStringList{QStringLiteral("undercharge-no-backbilling")};
    QTest::newRow("customer loss") << Category::OutputErrorLoss
                                   << QStringList{QStringLiteral("legal-engaged"), QStringLiteral("legal-review"),
                                                  QStringLiteral("output-loss-ownership")}; // sorted
    QTest::newRow("data leak") << Category::DataLeak
                               << QStringList{QStringLiteral("legal-engaged"), QStringLiteral("legal-review"),
                                              QStringLiteral("regulatory-notification")};
}

void TestPlaybookEngine::categoryObligations()
{
    QFETCH(Category, category);
    QFETCH(QStringList, applicable);
    const QStringList categoryRules{QStringLiteral("legal-engaged"), QStringLiteral("legal-review"),
                                    QStringLiteral("overcharge-refund"), QStringLiteral("undercharge-no-backbilling"),
                                    QStringLiteral("output-loss-ownership"), QStringLiteral("quality-decline-not-normal"),
                                    QStringLiteral("regulatory-notification")};
    const QList<ObligationStatus> all = playbookengine::evaluateAt(seedPlaybook(), incidentAt(category), {}, atMinutes(1));
    QStringList found;
    for (const ObligationStatus &s : all) {
        if (categoryRules.contains(s.id) && s.state != ObligationState::NotApplicable)
            found.append(s.id);
        if (s.state == ObligationState::NotApplicable)
            QVERIFY2(s.waitingFor.startsWith(QStringLiteral("only for: ")), qPrintable(s.waitingFor));
    }
    found.sort();
    QCOMPARE(found, applicable);
    // Legal engagement is done by assigning the legal role.
    if (applicable.contains(QStringLiteral("legal-engaged"))) {
        const QList<TimelineEvent> events{roleAssigned("legal", QStringLiteral("Ivan"), atMinutes(9))};
        QCOMPARE(at(incidentAt(category), events, QStringLiteral("legal-engaged"), atMinutes(20)).state, ObligationState::Done);
    }
}

void TestPlaybookEngine::keyAccountOutreach()
{
    const Incident incident = incidentAt(Category::Outage);
    const QString id = QStringLiteral("key-account-outreach");
    const auto account = [](qint64 accountId) {
        return QJsonObject{{QStringLiteral("id"), accountId}, {QStringLiteral("name"), QStringLiteral("Acct %1").arg(accountId)}};
    };
    const auto call = [](qint64 accountId, const char *status, double minutes) {
        return timelineEvent(eventkind::CallAttempt, atMinutes(minutes),
                     {{QStringLiteral("account_id"), accountId}, {QStringLiteral("status"), QString::fromLatin1(status)},
                      {QStringLiteral("channel"), QStringLiteral("phone")}});
    };
    QList<TimelineEvent> events;
    ObligationStatus s = at(incident, events, id, atMinutes(30));
    QCOMPARE(s.progress, QStringLiteral("no key accounts selected yet"));

    events.append(timelineEvent(eventkind::AccountsSelected, atMinutes(20),
                        {{QStringLiteral("accounts"), QJsonArray{account(1), account(2), account(3)}}}));
    events.append(call(1, "reached", 25));
    events.append(call(2, "unreachable", 26));
    events.append(call(3, "not-started", 27)); // a reset, not an attempt
    s = at(incident, events, id, atMinutes(30));
    QCOMPARE(s.state, ObligationState::Upcoming);
    QCOMPARE(s.progress, QStringLiteral("2 of 3 key accounts attempted"));

    events.append(call(3, "left-message", 40));
    s = at(incident, events, id, atMinutes(41));
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledAt, atMinutes(40));
    QCOMPARE(s.progress, QStringLiteral("3 of 3 key accounts attempted"));

    // Adding an account to the selection reopens it until that account is attempted too.
    events.append(timelineEvent(eventkind::AccountsSelected, atMinutes(45),
                        {{QStringLiteral("accounts"), QJsonArray{account(1), account(2), account(3), account(4)}}}));
    QCOMPARE(at(incident, events, id, atMinutes(46)).state, ObligationState::Upcoming);
    events.append(call(4, "calling", 50));
    QCOMPARE(at(incident, events, id, atMinutes(51)).settledAt, atMinutes(50));
}

void TestPlaybookEngine::firstAnnouncement()
{
    const Incident incident = incidentAt(Category::Outage);
    const QString id = QStringLiteral("first-announcement");
    // Deciding against publishing needs a recorded reason: that is a waive.
    QList<TimelineEvent> events{tick(eventkind::ObligationWaived, "first-announcement", atMinutes(30), QStringLiteral("internal only"))};
    ObligationStatus s = at(incident, events, id, atMinutes(90));
    QCOMPARE(s.state, ObligationState::Waived);
    QCOMPARE(s.note, QStringLiteral("internal only"));
    QCOMPARE(s.settledBy, QStringLiteral("carol"));

    // Publishing after all is what happened: the facts win over the waive.
    events.append(timelineEvent(eventkind::AnnouncementPublished, atMinutes(50)));
    s = at(incident, events, id, atMinutes(90));
    QCOMPARE(s.state, ObligationState::Done);
    QCOMPARE(s.settledAt, atMinutes(50));
    QCOMPARE(at(incident, events, QStringLiteral("announcement-draft"), atMinutes(90)).state, ObligationState::Done);
}

void TestPlaybookEngine::resolvedAnnouncementNeedsAPublicationAfterRestoration()
{
    Incident incident = incidentAt(Category::Outage);
    const QString id = QStringLiteral("resolved-announcement");
    QList<TimelineEvent> events{timelineEvent(eventkind::AnnouncementPublished, atMinutes(30))};
    moveStatus(incident, IncidentStatus::Restored, atMinutes(45));
    QCOMPARE(at(incident, events, id, atMinutes(50)).state, ObligationState::Overdue);
    events.append(timelineEvent(eventkind::AnnouncementPublished, atMinutes(52)));
    QCOMPARE(at(incident, events, id, atMinutes(53)).state, ObligationState::Done);
}

void TestPlaybookEngine::relapseVoidsTicksOfTheEarlierRestoration()
{
    Incident incident = incidentAt(Category::Outage);
    moveStatus(incident, IncidentStatus::Restored, atMinutes(45));
    const QList<TimelineEvent> events{tick(eventkind::ObligationDone, "proactive-email", atMinutes(46))};
    QCOMPARE(at(incident, events, QStringLiteral("proactive-email"), atMinutes(47)).state, ObligationState::Done);
    moveStatus(incident, IncidentStatus::Investigating, atMinutes(60));
    moveStatus(incident, IncidentStatus::Restored, atMinutes(80));
    const ObligationStatus s = at(incident, events, QStringLiteral("proactive-email"), atMinutes(81));
    QCOMPARE(s.dueAt, atMinutes(80));
    QCOMPARE(s.state, ObligationState::Overdue);
}

void TestPlaybookEngine::checkTick()
{
    const Incident outage = incidentAt(Category::Outage, 8.0);
    const QList<TimelineEvent> events{tick(eventkind::ObligationDone, "open-channel", atMinutes(2), QStringLiteral("#inc-1")),
                                      tick(eventkind::ObligationWaived, "support-templates", atMinutes(3), QStringLiteral("no tickets"))};
    const auto check = [&](const char *id) {
        return playbookengine::checkTick(at(outage, events, QString::fromLatin1(id), atMinutes(4)));
    };
    QVERIFY(check("confirm-nature"));
    QVERIFY(check("channel-sync")); // recurring: every tick is a new sync
    Result<void> r = check("open-channel");
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("already done")), qPrintable(r.error().message));
    r = check("support-templates");
    QVERIFY2(!r && r.error().message.contains(QStringLiteral("already waived by carol")), qPrintable(r.error().message));
    r = check("legal-review");
    QVERIFY2(!r && r.error().message.contains(QStringLiteral("does not apply")), qPrintable(r.error().message));
    r = check("engage-ic");
    QVERIFY2(!r && r.error().message.contains(QStringLiteral("mandatory (8% of users affected")), qPrintable(r.error().message));
}

void TestPlaybookEngine::countdownText_data()
{
    QTest::addColumn<qint64>("msecsLeft");
    QTest::addColumn<QString>("text");
    QTest::newRow("15 min") << qint64(15 * 60000) << QStringLiteral("15:00");
    QTest::newRow("a fraction of a second left rounds up") << qint64(200) << QStringLiteral("0:01");
    QTest::newRow("exactly due") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("just under an hour") << qint64(3599000) << QStringLiteral("59:59");
    QTest::newRow("an hour") << qint64(3600000) << QStringLiteral("1:00 h");
    QTest::newRow("72 h") << qint64(72) * 3600000 << QStringLiteral("72:00 h");
    QTest::newRow("1 ms overdue") << qint64(-1) << QStringLiteral("overdue 0:00");
    QTest::newRow("overdue 4:12") << qint64(-(4 * 60 + 12) * 1000 - 500) << QStringLiteral("overdue 4:12");
    QTest::newRow("overdue over an hour") << qint64(-(65 * 60) * 1000) << QStringLiteral("overdue 1:05 h");
}

void TestPlaybookEngine::countdownText()
{
    QFETCH(qint64, msecsLeft);
    QFETCH(QString, text);
    QCOMPARE(obligationstate::countdownText(msecsLeft), text);
}

QTEST_GUILESS_MAIN(TestPlaybookEngine)
#include "tst_playbookengine.moc"
