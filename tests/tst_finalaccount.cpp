#include "core/playbook/finalaccount.h"
#include "core/playbook/playbookengine.h"
#include "playbooktestsupport.h"

#include <QTest>

using namespace warroom;
using namespace warroom::test;

// The final account of a closed incident: when it was closed, and what was missed and by how
// long, computed from the evaluated obligations and the status history alone.
class TestFinalAccount : public QObject
{
    Q_OBJECT

private slots:
    void noAccountWhileOpen();
    void closingTimeAndAuthor();
    void doneAtItsDueTimeIsOnTimeAMillisecondLaterIsLate();
    void waivedCarriesTheReason();
    void openAtCloseRunsToTheClosingTime();
    void notApplicableIsLeftOut();
    void durationText_data();
    void durationText();
    void describeAndSummary();
    void seedPlaybookEndToEnd();

private:
    static ObligationStatus obligation(const char *id, ObligationState state, const QDateTime &due,
                                       const QDateTime &settled = {}, const QString &note = {})
    {
        ObligationStatus s;
        s.id = QString::fromLatin1(id);
        s.title = QStringLiteral("Title of %1").arg(s.id);
        s.state = state;
        s.dueAt = due;
        s.settledAt = settled;
        s.settledBy = settled.isValid() ? QStringLiteral("Dana") : QString();
        s.note = note;
        return s;
    }
    static QList<StatusChange> closedHistory(const QDateTime &restored, const QDateTime &closed)
    {
        return {
            {IncidentStatus::Investigating, IncidentStatus::Investigating, t0(),
             QStringLiteral("alice")},
            {IncidentStatus::Investigating, IncidentStatus::Restored, restored,
             QStringLiteral("bob")},
            {IncidentStatus::Restored, IncidentStatus::Closed, closed, QStringLiteral("Ines")},
        };
    }
};

void TestFinalAccount::noAccountWhileOpen()
{
    QList<StatusChange> history = closedHistory(atMinutes(30), atMinutes(90));
    history.removeLast();
    QVERIFY(!finalaccount::compute({}, history));
    QVERIFY(!finalaccount::closedAt(history).isValid());
}

void TestFinalAccount::closingTimeAndAuthor()
{
    const auto account = finalaccount::compute({}, closedHistory(atMinutes(30), atMinutes(90)));
    QVERIFY(account);
    QCOMPARE(account->closedAt, atMinutes(90));
    QCOMPARE(account->closedBy, QStringLiteral("Ines"));
    QVERIFY(account->missed.isEmpty());
    QCOMPARE(finalaccount::closedAt(closedHistory(atMinutes(30), atMinutes(90))), atMinutes(90));
}

void TestFinalAccount::doneAtItsDueTimeIsOnTimeAMillisecondLaterIsLate()
{
    const QDateTime due = atMinutes(15);
    const auto account = finalaccount::compute(
        {
            obligation("at-due", ObligationState::Done, due, due),
            obligation("early", ObligationState::Done, due, atMinutes(3)),
            obligation("no-due-time", ObligationState::Done, {}, atMinutes(80)),
            obligation("one-ms-late", ObligationState::Done, due, due.addMSecs(1)),
            obligation("twelve-min-late", ObligationState::Done, due, atMinutes(27.5),
                       QStringLiteral("#inc-42")),
        },
        closedHistory(atMinutes(30), atMinutes(90)));
    QVERIFY(account);
    QCOMPARE(account->doneOnTime, 3);
    QCOMPARE(account->missed.size(), 2);
    const MissedObligation &oneMs = account->missed.at(0);
    QCOMPARE(oneMs.id, QStringLiteral("one-ms-late"));
    QCOMPARE(oneMs.how, MissedObligation::How::DoneLate);
    QCOMPARE(oneMs.lateMsecs, 1);
    const MissedObligation &late = account->missed.at(1);
    QCOMPARE(late.id, QStringLiteral("twelve-min-late"));
    QCOMPARE(late.lateMsecs, qint64(12.5 * 60 * 1000));
    QCOMPARE(late.settledAt, atMinutes(27.5));
    QCOMPARE(late.settledBy, QStringLiteral("Dana"));
    QCOMPARE(late.reason, QStringLiteral("#inc-42"));
    QCOMPARE(finalaccount::describe(late), QStringLiteral("done 12 min late (Dana at 03:27 UTC)"));
}

void TestFinalAccount::waivedCarriesTheReason()
{
    const QDateTime due = atMinutes(60);
    const auto account = finalaccount::compute(
        {
            obligation("in-time", ObligationState::Waived, due, atMinutes(40),
                       QStringLiteral("no key accounts affected")),
            obligation("after-due", ObligationState::Waived, due, atMinutes(75),
                       QStringLiteral("legal says not needed")),
        },
        closedHistory(atMinutes(30), atMinutes(90)));
    QVERIFY(account);
    QCOMPARE(account->missed.size(), 2);
    QCOMPARE(account->count(MissedObligation::How::Waived), 2);
    QCOMPARE(account->missed.at(0).lateMsecs, 0);
    QCOMPARE(account->missed.at(0).reason, QStringLiteral("no key accounts affected"));
    QCOMPARE(finalaccount::describe(account->missed.at(0)),
             QStringLiteral("waived: no key accounts affected (Dana at 03:40 UTC)"));
    QCOMPARE(account->missed.at(1).lateMsecs, 15 * 60 * 1000);
    QCOMPARE(finalaccount::describe(account->missed.at(1)),
             QStringLiteral("waived 15 min after its due time: legal says not needed "
                            "(Dana at 04:15 UTC)"));
}

void TestFinalAccount::openAtCloseRunsToTheClosingTime()
{
    // Before closing was gated: an incident closed with obligations open (overdue, still ahead,
    // without a due time).
    const auto account = finalaccount::compute(
        {
            obligation("overdue", ObligationState::Overdue, atMinutes(30)),
            obligation("ahead", ObligationState::Upcoming, atMinutes(30 + 4320)),
            obligation("waiting", ObligationState::Upcoming, {}),
        },
        closedHistory(atMinutes(30), atMinutes(87)));
    QVERIFY(account);
    QCOMPARE(account->count(MissedObligation::How::OpenAtClose), 3);
    QCOMPARE(account->missed.at(0).lateMsecs, 57 * 60 * 1000);
    QCOMPARE(finalaccount::describe(account->missed.at(0)),
             QStringLiteral("still open at closing, 57 min overdue"));
    QCOMPARE(account->missed.at(1).lateMsecs, 0);
    QCOMPARE(finalaccount::describe(account->missed.at(1)),
             QStringLiteral("still open at closing (due 03:30 UTC)"));
    QCOMPARE(finalaccount::describe(account->missed.at(2)),
             QStringLiteral("still open at closing"));
}

void TestFinalAccount::notApplicableIsLeftOut()
{
    const auto account = finalaccount::compute(
        {obligation("legal-engaged", ObligationState::NotApplicable, atMinutes(15))},
        closedHistory(atMinutes(30), atMinutes(90)));
    QVERIFY(account);
    QVERIFY(account->missed.isEmpty());
    QCOMPARE(account->doneOnTime, 0);
}

void TestFinalAccount::durationText_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("text");
    QTest::newRow("1 ms") << qint64(1) << QStringLiteral("under a minute");
    QTest::newRow("59.9 s") << qint64(59900) << QStringLiteral("under a minute");
    QTest::newRow("1 min") << qint64(60000) << QStringLiteral("1 min");
    QTest::newRow("12 min 59 s") << qint64(779000) << QStringLiteral("12 min");
    QTest::newRow("59 min") << qint64(59 * 60000) << QStringLiteral("59 min");
    QTest::newRow("1 h 5 min") << qint64(65 * 60000) << QStringLiteral("1 h 05 min");
    QTest::newRow("23 h 59 min") << qint64((24 * 60 - 1) * 60000) << QStringLiteral("23 h 59 min");
    QTest::newRow("2 d 3 h 40 min") << qint64((51 * 60 + 40) * 60000) << QStringLiteral("2 d 3 h");
}

void TestFinalAccount::durationText()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, text);
    QCOMPARE(finalaccount::durationText(msecs), text);
}

void TestFinalAccount::describeAndSummary()
{
    const QDateTime due = atMinutes(30);
    const auto account = finalaccount::compute(
        {
            obligation("late-a", ObligationState::Done, due, atMinutes(42)),
            obligation("late-b", ObligationState::Done, due, atMinutes(95)),
            obligation("waived", ObligationState::Waived, due, atMinutes(20),
                       QStringLiteral("n/a")),
            obligation("on-time", ObligationState::Done, due, atMinutes(29)),
        },
        closedHistory(atMinutes(30), atMinutes(120)));
    QVERIFY(account);
    QCOMPARE(finalaccount::summary(*account), QStringLiteral("3 missed: 2 done late, 1 waived"));
    QCOMPARE(finalaccount::breakdown(*account), QStringLiteral("2 done late, 1 waived"));
    QCOMPARE(finalaccount::shortText(account->missed.at(0)), QStringLiteral("done 12 min late"));
    QCOMPARE(finalaccount::shortText(account->missed.at(2)), QStringLiteral("waived: n/a"));
    QCOMPARE(finalaccount::describe(account->missed.at(1)),
             QStringLiteral("done 1 h 05 min late (Dana at 04:35 UTC)"));
    const auto clean =
        finalaccount::compute({obligation("on-time", ObligationState::Done, due, atMinutes(29))},
                              closedHistory(atMinutes(30), atMinutes(120)));
    QCOMPARE(finalaccount::summary(*clean), QStringLiteral("nothing missed: 1 done on time"));
}

// The seed playbook through the engine: an outage restored at T+40 and closed at T+100; the
// channel was opened late, the resolved announcement published 12 minutes after restoration, the
// customer email waived, the postmortem published in time.
void TestFinalAccount::seedPlaybookEndToEnd()
{
    Incident incident = incidentAt(Category::Outage);
    moveStatus(incident, IncidentStatus::Restored, atMinutes(40));
    QList<TimelineEvent> events{
        tick(eventkind::ObligationDone, "confirm-nature", atMinutes(5)),
        tick(eventkind::ObligationDone, "open-channel", atMinutes(21)),
        tick(eventkind::ObligationDone, "ic-comms-decision", atMinutes(10)),
        tick(eventkind::ObligationDone, "support-templates", atMinutes(30)),
        tick(eventkind::ObligationWaived, "key-account-outreach", atMinutes(35),
             QStringLiteral("no key account uses the affected region")),
        published("resolved", atMinutes(52)),
        tick(eventkind::ObligationWaived, "proactive-email", atMinutes(55),
             QStringLiteral("the status page reached everyone affected")),
        published("postmortem", atMinutes(95)),
    };
    moveStatus(incident, IncidentStatus::Closed, atMinutes(100));
    const QList<ObligationStatus> obligations =
        playbookengine::evaluate(seedPlaybook(), incident, events);
    const auto account = finalaccount::compute(obligations, incident.statusHistory);
    QVERIFY(account);
    QCOMPARE(account->closedAt, atMinutes(100));
    QHash<QString, MissedObligation> byId;
    for (const MissedObligation &m : account->missed)
        byId.insert(m.id, m);
    QCOMPARE(byId.value(QStringLiteral("open-channel")).how, MissedObligation::How::DoneLate);
    QCOMPARE(byId.value(QStringLiteral("open-channel")).lateMsecs, 6 * 60 * 1000);
    QCOMPARE(byId.value(QStringLiteral("resolved-announcement")).how,
             MissedObligation::How::DoneLate);
    QCOMPARE(byId.value(QStringLiteral("resolved-announcement")).lateMsecs, 12 * 60 * 1000);
    QCOMPARE(byId.value(QStringLiteral("proactive-email")).how, MissedObligation::How::Waived);
    QCOMPARE(byId.value(QStringLiteral("proactive-email")).reason,
             QStringLiteral("the status page reached everyone affected"));
    QVERIFY(!byId.contains(QStringLiteral("postmortem")));
    QVERIFY(!byId.contains(QStringLiteral("confirm-nature")));
    QVERIFY(!byId.contains(QStringLiteral("channel-sync"))); // ended at restoration
    // The first announcement was never published: open at closing, overdue since T+60.
    QCOMPARE(byId.value(QStringLiteral("first-announcement")).how,
             MissedObligation::How::OpenAtClose);
    QCOMPARE(byId.value(QStringLiteral("first-announcement")).lateMsecs, 40 * 60 * 1000);
}

QTEST_GUILESS_MAIN(TestFinalAccount)
#include "tst_finalaccount.moc"
