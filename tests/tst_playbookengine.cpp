#include "core/playbook/playbookengine.h"
#include "playbooktestsupport.h"

#include <QTest>

using namespace warroom;
using namespace warroom::test;

// The seed playbook's deadlines and cadences, evaluated by the pure engine at the boundaries
// (just before, at, just after). Expected times are written out here, not read from the
// playbook, so a wrong number in the data file fails these tests. The rules that complete or
// flag obligations are in tst_playbookrules.cpp.
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
    void countdownText_data();
    void countdownText();
    void durationText_data();
    void durationText();

private:
    static ObligationStatus at(const Incident &incident, const QList<TimelineEvent> &events,
                               const QString &id, const QDateTime &now)
    {
        return findObligation(playbookengine::evaluateAt(seedPlaybook(), incident, events, now),
                              id);
    }
};

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
        QTest::addRow("%s %s", id, p.name)
            << QString::fromLatin1(id) << category << due << due.addMSecs(p.offsetMs) << p.state;
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
    QTest::newRow("proactive email")
        << QStringLiteral("proactive-email") << qint64(0) << QStringLiteral("due on restoration");
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
    QTest::newRow("no sync: just before due soon")
        << none << 10.0 - second << 15.0 << ObligationState::Upcoming;
    QTest::newRow("no sync: due soon") << none << 10.0 << 15.0 << ObligationState::DueSoon;
    QTest::newRow("no sync: at T+15") << none << 15.0 << 15.0 << ObligationState::DueSoon;
    QTest::newRow("no sync: just after T+15")
        << none << 15.0 + second << 15.0 << ObligationState::Overdue;
    QTest::newRow("no sync for 20 min") << none << 20.0 << 15.0 << ObligationState::Overdue;
    QTest::newRow("sync at 12: due 27, just before")
        << QList<double>{12} << 27.0 - second << 27.0 << ObligationState::DueSoon;
    QTest::newRow("sync at 12: at 27")
        << QList<double>{12} << 27.0 << 27.0 << ObligationState::DueSoon;
    QTest::newRow("sync at 12: just after 27")
        << QList<double>{12} << 27.0 + second << 27.0 << ObligationState::Overdue;
    QTest::newRow("late sync resets from its own time")
        << QList<double>{12, 31} << 40.0 << 46.0 << ObligationState::Upcoming;
    QTest::newRow("overdue, then posted")
        << QList<double>{20} << 20.0 << 35.0 << ObligationState::Upcoming;
}

void TestPlaybookEngine::channelSyncCadence()
{
    QFETCH(QList<double>, syncsAtMinutes);
    QFETCH(double, nowMinutes);
    QFETCH(double, dueMinutes);
    QFETCH(ObligationState, state);
    QList<TimelineEvent> events;
    for (double m : syncsAtMinutes) // "no new progress" is a sync like any other
        events.append(timelineEvent(eventkind::SyncPosted, atMinutes(m),
                                    {{QStringLiteral("text"), QStringLiteral("no new progress")}}));
    const ObligationStatus s = at(incidentAt(Category::Outage), events,
                                  QStringLiteral("channel-sync"), atMinutes(nowMinutes));
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
    const QList<TimelineEvent> ticked =
        events +
        QList<TimelineEvent>{tick(eventkind::ObligationDone, "channel-sync", atMinutes(60))};
    QCOMPARE(at(incident, ticked, QStringLiteral("channel-sync"), atMinutes(61)).dueAt,
             atMinutes(75));
}

void TestPlaybookEngine::externalUpdateCadence_data()
{
    QTest::addColumn<QList<double>>("publishedAtMinutes");
    QTest::addColumn<double>("nowMinutes");
    QTest::addColumn<double>("dueMinutes"); // < 0: no due time yet
    QTest::addColumn<ObligationState>("state");
    const double second = 1.0 / 60;
    QTest::newRow("nothing published: waits")
        << QList<double>{} << 200.0 << -1.0 << ObligationState::Upcoming;
    QTest::newRow("first at 40: due 70, just before")
        << QList<double>{40} << 70.0 - second << 70.0 << ObligationState::DueSoon;
    QTest::newRow("first at 40: at 70")
        << QList<double>{40} << 70.0 << 70.0 << ObligationState::DueSoon;
    QTest::newRow("first at 40: just after 70")
        << QList<double>{40} << 70.0 + second << 70.0 << ObligationState::Overdue;
    QTest::newRow("first at 40: 25 min later")
        << QList<double>{40} << 65.0 - second << 70.0 << ObligationState::Upcoming;
    QTest::newRow("update at 65: due 95")
        << QList<double>{40, 65} << 71.0 << 95.0 << ObligationState::Upcoming;
}

void TestPlaybookEngine::externalUpdateCadence()
{
    QFETCH(QList<double>, publishedAtMinutes);
    QFETCH(double, nowMinutes);
    QFETCH(double, dueMinutes);
    QFETCH(ObligationState, state);
    QList<TimelineEvent> events;
    for (double m : publishedAtMinutes)
        events.append(published(events.isEmpty() ? "initial" : "update", atMinutes(m)));
    // Messages that are not announcements to everyone neither start nor reset the cadence.
    const double last = publishedAtMinutes.isEmpty() ? 10 : publishedAtMinutes.constLast();
    events.append(published("customer-email", atMinutes(last + 1)));
    events.append(published("postmortem", atMinutes(last + 2)));
    const ObligationStatus s = at(incidentAt(Category::Outage), events,
                                  QStringLiteral("external-updates"), atMinutes(nowMinutes));
    QCOMPARE(s.state, state);
    if (dueMinutes < 0) {
        QVERIFY(!s.dueAt.isValid());
        QCOMPARE(s.waitingFor, QStringLiteral("starts when the first announcement is published"));
    } else {
        QCOMPARE(s.dueAt, atMinutes(dueMinutes));
    }
}

void TestPlaybookEngine::countdownText_data()
{
    QTest::addColumn<qint64>("msecsLeft");
    QTest::addColumn<QString>("text");
    QTest::newRow("15 min") << qint64(15 * 60000) << QStringLiteral("15 m 00 s");
    QTest::newRow("a fraction of a second left rounds up") << qint64(200) << QStringLiteral("1 s");
    QTest::newRow("exactly due") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("under a minute") << qint64(59000) << QStringLiteral("59 s");
    QTest::newRow("a minute") << qint64(60000) << QStringLiteral("1 m 00 s");
    QTest::newRow("22 m 34 s") << qint64((22 * 60 + 34) * 1000) << QStringLiteral("22 m 34 s");
    QTest::newRow("just under an hour") << qint64(3599000) << QStringLiteral("59 m 59 s");
    QTest::newRow("59:59 and a fraction rounds up to the hour")
        << qint64(3599200) << QStringLiteral("1 h 00 m");
    QTest::newRow("an hour") << qint64(3600000) << QStringLiteral("1 h 00 m");
    QTest::newRow("1 h 07 m") << qint64((67 * 60 + 30) * 1000) << QStringLiteral("1 h 07 m");
    QTest::newRow("just under 48 h") << qint64(48 * 3600000 - 60000) << QStringLiteral("47 h 59 m");
    QTest::newRow("72 h") << qint64(72) * 3600000 << QStringLiteral("3 d 00 h");
    QTest::newRow("51 h") << qint64(51) * 3600000 << QStringLiteral("2 d 03 h");
    QTest::newRow("1 ms overdue") << qint64(-1) << QStringLiteral("overdue 0 s");
    QTest::newRow("overdue under a minute") << qint64(-42900) << QStringLiteral("overdue 42 s");
    QTest::newRow("overdue 4 m 12 s")
        << qint64(-(4 * 60 + 12) * 1000 - 500) << QStringLiteral("overdue 4 m 12 s");
    QTest::newRow("overdue 22 m 34 s")
        << qint64(-(22 * 60 + 34) * 1000) << QStringLiteral("overdue 22 m 34 s");
    QTest::newRow("overdue exactly an hour")
        << qint64(-3600000) << QStringLiteral("overdue 1 h 00 m");
    QTest::newRow("overdue over an hour")
        << qint64(-(67 * 60) * 1000) << QStringLiteral("overdue 1 h 07 m");
}

void TestPlaybookEngine::countdownText()
{
    QFETCH(qint64, msecsLeft);
    QFETCH(QString, text);
    QCOMPARE(obligationstate::countdownText(msecsLeft), text);
}

// A length without a direction, for sentences that say "overdue" or "due in" themselves: the
// countdown's units and boundaries, a negative length read as its absolute value.
void TestPlaybookEngine::durationText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("59 s") << qint64(59) << QStringLiteral("59 s");
    QTest::newRow("60 s") << qint64(60) << QStringLiteral("1 m 00 s");
    QTest::newRow("22 m 34 s") << qint64(22 * 60 + 34) << QStringLiteral("22 m 34 s");
    QTest::newRow("3599 s") << qint64(3599) << QStringLiteral("59 m 59 s");
    QTest::newRow("3600 s") << qint64(3600) << QStringLiteral("1 h 00 m");
    QTest::newRow("1 h 07 m") << qint64(67 * 60 + 59) << QStringLiteral("1 h 07 m");
    QTest::newRow("86399 s") << qint64(86399) << QStringLiteral("23 h 59 m");
    QTest::newRow("86400 s") << qint64(86400) << QStringLiteral("24 h 00 m");
    QTest::newRow("just under 48 h") << qint64(48 * 3600 - 1) << QStringLiteral("47 h 59 m");
    QTest::newRow("48 h") << qint64(48 * 3600) << QStringLiteral("2 d 00 h");
    QTest::newRow("2 d 03 h") << qint64(51 * 3600 + 59 * 60) << QStringLiteral("2 d 03 h");
    QTest::newRow("negative: absolute") << qint64(-90) << QStringLiteral("1 m 30 s");
    QTest::newRow("negative hour: absolute") << qint64(-3600) << QStringLiteral("1 h 00 m");
}

void TestPlaybookEngine::durationText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(obligationstate::durationText(seconds), text);
}

QTEST_GUILESS_MAIN(TestPlaybookEngine)
#include "tst_playbookengine.moc"
