#include "core/rolerequirements.h"
#include "testsupport.h"

#include <QTest>

using namespace warroom;

class TestRoleRequirements : public QObject
{
    Q_OBJECT

private slots:
    void needed_data();
    void needed();
    void escalationAfterAnHour();
};

static QList<Role> rolesOf(const QList<RoleNeed> &needs)
{
    QList<Role> roles;
    for (const RoleNeed &n : needs) {
        roles.append(n.role);
        if (n.reason.isEmpty())
            return {};
    }
    return roles;
}

void TestRoleRequirements::needed_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<double>("usersPct");
    QTest::addColumn<int>("enterprise");
    QTest::addColumn<QList<Role>>("roles");

    const QList<Role> icTeam{Role::OnCall, Role::IncidentCommander, Role::CustomerSuccess,
                             Role::Support, Role::ProductOwner};
    QTest::newRow("small outage") << int(Category::Outage) << 5.0 << 1 << QList<Role>{Role::OnCall};
    QTest::newRow("just over 5% users") << int(Category::Outage) << 5.1 << 0 << icTeam;
    QTest::newRow("two enterprise customers")
        << int(Category::BehaviorAnomaly) << 0.5 << 2 << icTeam;
    QTest::newRow("small data leak")
        << int(Category::DataLeak) << 0.1 << 1 << QList<Role>{Role::OnCall, Role::Legal};
    QTest::newRow("output error loss, big")
        << int(Category::OutputErrorLoss) << 20.0 << 0 << (icTeam + QList<Role>{Role::Legal});
    QTest::newRow("billing, big") << int(Category::BillingOvercharge) << 30.0 << 5 << icTeam;
}

void TestRoleRequirements::needed()
{
    QFETCH(int, category);
    QFETCH(double, usersPct);
    QFETCH(int, enterprise);
    QFETCH(QList<Role>, roles);
    Incident incident;
    incident.fields = test::validFields();
    incident.fields.category = Category(category);
    incident.fields.affectedUsersPct = usersPct;
    incident.fields.enterpriseAffected = enterprise;
    QCOMPARE(rolesOf(rolerequirements::neededRoles(incident, test::testStart())), roles);
}

void TestRoleRequirements::escalationAfterAnHour()
{
    Incident incident;
    incident.fields = test::validFields();
    incident.fields.detectedAt = test::testStart();
    const QDateTime hour = test::testStart().addSecs(3600);
    QVERIFY(!rolerequirements::needsExecutiveEscalation(incident, hour));
    QVERIFY(rolerequirements::needsExecutiveEscalation(incident, hour.addSecs(1)));
    const QList<Role> late = rolesOf(rolerequirements::neededRoles(incident, hour.addSecs(1)));
    QVERIFY(late.contains(Role::VpEngineering));
    QVERIFY(late.contains(Role::Ceo));

    // Restored within the hour: no escalation, however late we look.
    incident.status = IncidentStatus::Restored;
    incident.statusHistory = {StatusChange{IncidentStatus::Investigating,
                                           IncidentStatus::Investigating, test::testStart(),
                                           QStringLiteral("a")},
                              StatusChange{IncidentStatus::Investigating, IncidentStatus::Restored,
                                           test::testStart().addSecs(1800), QStringLiteral("a")}};
    QVERIFY(!rolerequirements::needsExecutiveEscalation(incident, hour.addSecs(7200)));
    // Restored after 90 minutes: the escalation was needed and stays on the record.
    incident.statusHistory.last().at = test::testStart().addSecs(5400);
    QVERIFY(rolerequirements::needsExecutiveEscalation(incident, hour.addSecs(7200)));
}

QTEST_GUILESS_MAIN(TestRoleRequirements)
#include "tst_rolerequirements.moc"
