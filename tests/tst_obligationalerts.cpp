#include "models/board/obligationalerts.h"
#include "playbooktestsupport.h"

#include <QTest>

using namespace warroom;

// The non-widget half of the desktop notifications: which state changes raise an alert.
class TestObligationAlerts : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void text();
};

static ObligationStatus status(const char *id, ObligationState state, int dueMinute = 15)
{
    ObligationStatus s;
    s.id = QString::fromLatin1(id);
    s.title = QStringLiteral("Title of %1").arg(s.id);
    s.state = state;
    s.dueAt = test::atMinutes(dueMinute);
    return s;
}

void TestObligationAlerts::transitions_data()
{
    using S = ObligationState;
    QTest::addColumn<QList<S>>("states");   // one obligation's state at successive observations
    QTest::addColumn<QList<int>>("alerts"); // alerts raised at each observation
    QTest::newRow("first look is the baseline")
        << QList<S>{S::Overdue, S::Overdue} << QList<int>{0, 0};
    QTest::newRow("upcoming, due soon, overdue")
        << QList<S>{S::Upcoming, S::DueSoon, S::DueSoon, S::Overdue, S::Overdue}
        << QList<int>{0, 1, 0, 1, 0};
    QTest::newRow("straight to overdue (clock jump)")
        << QList<S>{S::Upcoming, S::Overdue} << QList<int>{0, 1};
    QTest::newRow("done before due")
        << QList<S>{S::Upcoming, S::Done, S::Done} << QList<int>{0, 0, 0};
    QTest::newRow("recurring: posted, due soon again")
        << QList<S>{S::Upcoming, S::Overdue, S::Upcoming, S::DueSoon} << QList<int>{0, 1, 0, 1};
    QTest::newRow("becomes applicable already overdue")
        << QList<S>{S::NotApplicable, S::Overdue} << QList<int>{0, 1};
    QTest::newRow("waived while overdue") << QList<S>{S::Overdue, S::Waived} << QList<int>{0, 0};
}

void TestObligationAlerts::transitions()
{
    QFETCH(QList<ObligationState>, states);
    QFETCH(QList<int>, alerts);
    ObligationAlertTracker tracker;
    for (qsizetype i = 0; i < states.size(); ++i) {
        const QList<ObligationAlert> raised = tracker.observe(
            {status("channel-sync", states.at(i)), status("steady", ObligationState::Upcoming)});
        QCOMPARE(raised.size(), alerts.at(i));
        if (!raised.isEmpty()) {
            QCOMPARE(raised.constFirst().obligationId, QStringLiteral("channel-sync"));
            QCOMPARE(raised.constFirst().state, states.at(i));
        }
    }
    tracker.reset();
    QVERIFY(tracker.observe({status("channel-sync", ObligationState::Overdue)}).isEmpty());
}

void TestObligationAlerts::text()
{
    ObligationAlert alert{QStringLiteral("open-channel"),
                          QStringLiteral("Open the incident channel"), Role::OnCall,
                          ObligationState::Overdue, test::atMinutes(15)};
    QCOMPARE(
        alert.text(),
        QStringLiteral("Overdue: Open the incident channel (On-call engineer, due 03:15 UTC)"));
}

QTEST_GUILESS_MAIN(TestObligationAlerts)
#include "tst_obligationalerts.moc"
