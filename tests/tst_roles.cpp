#include "core/roles/roles.h"
#include "testsupport.h"

#include <QTest>

using namespace warroom;

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void idsRoundTrip();
    void replayAssignments();

private:
    TimelineEvent event(const char *kind, Role r, const QString &person, int minute);
};

TimelineEvent TestRoles::event(const char *kind, Role r, const QString &person, int minute)
{
    TimelineEvent e;
    e.kind = QString::fromLatin1(kind);
    e.at = test::testStart().addSecs(minute * 60);
    e.author = QStringLiteral("ic");
    e.payload =
        QJsonObject{{QStringLiteral("role"), role::id(r)}, {QStringLiteral("person"), person}};
    return e;
}

void TestRoles::idsRoundTrip()
{
    for (Role r : role::all())
        QCOMPARE(role::fromId(role::id(r)), r);
    QCOMPARE(role::id(Role::IncidentCommander), QStringLiteral("incident-commander"));
    QVERIFY(!role::fromId(QStringLiteral("janitor")));
}

void TestRoles::replayAssignments()
{
    const QList<TimelineEvent> events{
        event(eventkind::RoleAssigned, Role::IncidentCommander, QStringLiteral("Ana"), 1),
        event(eventkind::RoleAssigned, Role::CustomerSuccess, QStringLiteral("Ben"), 2),
        event(eventkind::RoleAssigned, Role::CustomerSuccess, QStringLiteral("Cy"), 3),
        event(eventkind::RoleAcknowledged, Role::IncidentCommander, QStringLiteral("ana "), 4),
        event(eventkind::RoleAssigned, Role::IncidentCommander, QStringLiteral("Dee"),
              5), // reassigned
        event(eventkind::RoleUnassigned, Role::CustomerSuccess, QStringLiteral("Ben"), 6),
        event(eventkind::Note, Role::Legal, QStringLiteral("Eve"), 7), // not a role event
    };
    const QList<RoleAssignment> current = currentRoleAssignments(events);
    QCOMPARE(current.size(), 2);
    QVERIFY(holdsRole(current, Role::IncidentCommander, QStringLiteral("dee")));
    QVERIFY(!holdsRole(current, Role::IncidentCommander, QStringLiteral("Ana")));
    QVERIFY(holdsRole(current, Role::CustomerSuccess, QStringLiteral("Cy")));
    QVERIFY(!holdsRole(current, Role::CustomerSuccess, QStringLiteral("Ben")));
    QVERIFY(!holdsRole(current, Role::Legal, QStringLiteral("Eve")));
    for (const RoleAssignment &a : current) {
        QVERIFY(!a.acknowledgedAt); // Ana acknowledged, but Dee has not
        if (a.role == Role::IncidentCommander)
            QCOMPARE(a.assignedAt, test::testStart().addSecs(5 * 60));
    }
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
