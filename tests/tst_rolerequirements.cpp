#include "core/roles/rolerequirements.h"
#include "playbooktestsupport.h"
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
    void followsTheOrganisationsPlaybook();
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
    QCOMPARE(
        rolesOf(rolerequirements::neededRoles(test::seedPlaybook(), incident, test::testStart())),
        roles);
}

void TestRoleRequirements::escalationAfterAnHour()
{
    Incident incident;
    incident.fields = test::validFields();
    incident.fields.detectedAt = test::testStart();
    const QDateTime hour = test::testStart().addSecs(3600);
    const Playbook &seed = test::seedPlaybook();
    // How many of VP Engineering and CEO the incident needs: both or neither.
    const auto executives = [&](const QDateTime &now) {
        const QList<Role> roles = rolesOf(rolerequirements::neededRoles(seed, incident, now));
        return int(roles.count(Role::VpEngineering) + roles.count(Role::Ceo));
    };
    QCOMPARE(executives(hour), 0);
    QCOMPARE(executives(hour.addSecs(1)), 2);
    QVERIFY(!rolerequirements::unresolvedAfter(incident, hour, hour));
    QVERIFY(rolerequirements::unresolvedAfter(incident, hour, hour.addSecs(1)));

    // Restored within the hour: no escalation, however late we look.
    incident.status = IncidentStatus::Restored;
    incident.statusHistory = {StatusChange{IncidentStatus::Investigating,
                                           IncidentStatus::Investigating, test::testStart(),
                                           QStringLiteral("a")},
                              StatusChange{IncidentStatus::Investigating, IncidentStatus::Restored,
                                           test::testStart().addSecs(1800), QStringLiteral("a")}};
    QCOMPARE(executives(hour.addSecs(7200)), 0);
    // Restored after 90 minutes: the escalation was needed and stays on the record.
    incident.statusHistory.last().at = test::testStart().addSecs(5400);
    QCOMPARE(executives(hour.addSecs(7200)), 2);
}

// The thresholds, the escalation deadline and the roles obligations ask for come from the
// playbook in use, not from constants.
void TestRoleRequirements::followsTheOrganisationsPlaybook()
{
    Playbook custom = test::seedPlaybook();
    custom.icUsersPctAbove = 10;
    custom.icEnterpriseAbove = 3;
    for (ObligationDef &def : custom.obligations) {
        if (def.id == QLatin1String("escalate-executives"))
            def.due->minutes = 30;
    }
    // Legal is engaged, and announcements reviewed, for the categories the playbook names.
    custom.legalReviewCategories.append(Category::BillingOvercharge);
    Incident incident;
    incident.fields = test::validFields();
    incident.fields.category = Category::BillingOvercharge;
    incident.fields.affectedUsersPct = 8;
    incident.fields.enterpriseAffected = 3;
    incident.fields.detectedAt = test::testStart();
    const QDateTime at40 = test::testStart().addSecs(40 * 60);
    QCOMPARE(rolesOf(rolerequirements::neededRoles(test::seedPlaybook(), incident, at40)),
             (QList<Role>{Role::OnCall, Role::IncidentCommander, Role::CustomerSuccess,
                          Role::Support, Role::ProductOwner}));
    const QList<RoleNeed> needs = rolerequirements::neededRoles(custom, incident, at40);
    QCOMPARE(rolesOf(needs),
             (QList<Role>{Role::OnCall, Role::Legal, Role::VpEngineering, Role::Ceo}));
    QCOMPARE(needs.at(1).reason, custom.obligation(QStringLiteral("legal-engaged"))->title);

    incident.fields.affectedUsersPct = 10.5;
    const QList<RoleNeed> big = rolerequirements::neededRoles(custom, incident, at40);
    QCOMPARE(big.at(1).role, Role::IncidentCommander);
    QCOMPARE(big.at(1).reason, QStringLiteral("More than 10% of users affected (10.5%)"));
}

QTEST_GUILESS_MAIN(TestRoleRequirements)
#include "tst_rolerequirements.moc"
