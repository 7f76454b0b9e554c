#include "enginetestsupport.h"
#include "playbooktestsupport.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace warroom;

class TestRoleStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assignRecordsAnEventWithTheDirectorySpelling();
    void notListedNeedsAnOverrideThatIsRecorded_data();
    void notListedNeedsAnOverrideThatIsRecorded();
    void reassignAndSeveralCsms();
    void acknowledge();
    void unassign();
    void refusals_data();
    void refusals();
    void neededRolesFollowTheIncidentAndTheClock();

private:
    int eventCount() const { return int(m_incidents->timeline(m_id).value().size()); }
    TimelineEvent lastEvent() const { return m_incidents->timeline(m_id).value().constLast(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<PeopleStore> m_people;
    std::unique_ptr<RoleStore> m_roles;
    qint64 m_id = 0;
};

void TestRoleStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(test::engineConfig(m_dir->filePath(QStringLiteral("roles.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    m_incidents = std::make_unique<IncidentStore>(*m_db, *m_clock);
    m_people = std::make_unique<PeopleStore>(*m_db, *m_clock);
    m_roles = std::make_unique<RoleStore>(*m_incidents, *m_people, test::seedPlaybook());
    QFile file(QStringLiteral(WARROOM_SOURCE_DIR "/resources/examples/people.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(m_people->importCsv(file.readAll(), QStringLiteral("ops")));
    auto id = m_incidents->declare(test::validFields(), QStringLiteral("Ana Ortiz"));
    QVERIFY(id);
    m_id = id.value();
}

void TestRoleStore::cleanup()
{
    m_roles.reset();
    m_people.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

void TestRoleStore::assignRecordsAnEventWithTheDirectorySpelling()
{
    QSignalSpy appended(m_incidents.get(), &IncidentStore::timelineAppended);
    m_clock->advanceSecs(120);
    auto assigned = m_roles->assign(m_id, Role::IncidentCommander, QStringLiteral(" ana  ortiz"),
                                    false, QStringLiteral("Ben Adeyemi"));
    QVERIFY2(assigned, assigned ? "" : qPrintable(assigned.error().message));
    QCOMPARE(appended.size(), 1);
    const TimelineEvent e = lastEvent();
    QCOMPARE(e.kind, QLatin1String(eventkind::RoleAssigned));
    QCOMPARE(e.author, QStringLiteral("Ben Adeyemi"));
    QCOMPARE(e.payload.value(QLatin1String("role")).toString(),
             QStringLiteral("incident-commander"));
    QCOMPARE(e.payload.value(QLatin1String("person")).toString(), QStringLiteral("Ana Ortiz"));
    QCOMPARE(e.payload.value(QLatin1String("override")).toBool(), false);
    auto current = m_roles->assignments(m_id);
    QVERIFY(current);
    QCOMPARE(current->size(), 1);
    QCOMPARE(current->first().assignedAt, test::testStart().addSecs(120));
    QVERIFY(!current->first().acknowledgedAt);
}

void TestRoleStore::notListedNeedsAnOverrideThatIsRecorded_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("says");
    QTest::newRow("listed for other roles")
        << QStringLiteral("Hana Kim")
        << QStringLiteral("not listed for the on-call role (listed for: legal)");
    QTest::newRow("not in the directory")
        << QStringLiteral("Zoe Contractor") << QStringLiteral("not in the people directory");
}

void TestRoleStore::notListedNeedsAnOverrideThatIsRecorded()
{
    QFETCH(QString, person);
    QFETCH(QString, says);
    const int before = eventCount();
    auto refused = m_roles->assign(m_id, Role::OnCall, person, false, QStringLiteral("Ana Ortiz"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("override")));
    QCOMPARE(eventCount(), before);

    auto overridden =
        m_roles->assign(m_id, Role::OnCall, person, true, QStringLiteral("Ana Ortiz"));
    QVERIFY(overridden);
    QCOMPARE(eventCount(), before + 1);
    QCOMPARE(lastEvent().payload.value(QLatin1String("override")).toBool(), true);
    QVERIFY(holdsRole(m_roles->assignments(m_id).value(), Role::OnCall, person));
}

void TestRoleStore::reassignAndSeveralCsms()
{
    QVERIFY(m_roles->assign(m_id, Role::OnCall, QStringLiteral("Ana Ortiz"), false,
                            QStringLiteral("x")));
    // An override not needed is not recorded as one.
    QVERIFY(m_roles->assign(m_id, Role::OnCall, QStringLiteral("Ben Adeyemi"), true,
                            QStringLiteral("x")));
    QCOMPARE(lastEvent().payload.value(QLatin1String("override")).toBool(), false);
    QVERIFY(m_roles->assign(m_id, Role::CustomerSuccess, QStringLiteral("Chloé Martin"), false,
                            QStringLiteral("x")));
    QVERIFY(m_roles->assign(m_id, Role::CustomerSuccess, QStringLiteral("Dev Patel"), false,
                            QStringLiteral("x")));
    const QList<RoleAssignment> current = m_roles->assignments(m_id).value();
    QCOMPARE(current.size(), 3);
    QVERIFY(!holdsRole(current, Role::OnCall, QStringLiteral("Ana Ortiz")));
    QVERIFY(holdsRole(current, Role::OnCall, QStringLiteral("Ben Adeyemi")));
    QVERIFY(holdsRole(current, Role::CustomerSuccess, QStringLiteral("Chloé Martin")));
    QVERIFY(holdsRole(current, Role::CustomerSuccess, QStringLiteral("Dev Patel")));
}

void TestRoleStore::acknowledge()
{
    QVERIFY(m_roles->assign(m_id, Role::IncidentCommander, QStringLiteral("Ivan Petrov"), false,
                            QStringLiteral("x")));
    m_clock->advanceSecs(90);
    auto ack = m_roles->acknowledge(m_id, Role::IncidentCommander, QString(),
                                    QStringLiteral("Ivan Petrov"));
    QVERIFY2(ack, ack ? "" : qPrintable(ack.error().message));
    QCOMPARE(lastEvent().payload.value(QLatin1String("person")).toString(),
             QStringLiteral("Ivan Petrov"));
    QCOMPARE(m_roles->assignments(m_id)->first().acknowledgedAt, test::testStart().addSecs(90));

    auto again = m_roles->acknowledge(m_id, Role::IncidentCommander, QString(),
                                      QStringLiteral("Ivan Petrov"));
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(
                 QStringLiteral("already acknowledged the incident-commander role at 03:01")),
             qPrintable(again.error().message));

    QVERIFY(m_roles->assign(m_id, Role::CustomerSuccess, QStringLiteral("Chloé Martin"), false,
                            QStringLiteral("x")));
    QVERIFY(m_roles->assign(m_id, Role::CustomerSuccess, QStringLiteral("Dev Patel"), false,
                            QStringLiteral("x")));
    auto who = m_roles->acknowledge(m_id, Role::CustomerSuccess, QString(), QStringLiteral("x"));
    QVERIFY(!who);
    QVERIFY(who.error().message.contains(QStringLiteral("Chloé Martin, Dev Patel")));
    QVERIFY(m_roles->acknowledge(m_id, Role::CustomerSuccess, QStringLiteral("dev patel"),
                                 QStringLiteral("Dev Patel")));
    const QList<RoleAssignment> current = m_roles->assignments(m_id).value();
    for (const RoleAssignment &a : current) {
        if (a.role == Role::CustomerSuccess)
            QCOMPARE(a.acknowledgedAt.has_value(), a.person == QStringLiteral("Dev Patel"));
    }
}

void TestRoleStore::unassign()
{
    QVERIFY(m_roles->assign(m_id, Role::Support, QStringLiteral("Farah Haddad"), false,
                            QStringLiteral("x")));
    QVERIFY(m_roles->unassign(m_id, Role::Support, QStringLiteral("farah haddad"),
                              QStringLiteral("x")));
    QCOMPARE(lastEvent().payload.value(QLatin1String("person")).toString(),
             QStringLiteral("Farah Haddad"));
    QVERIFY(m_roles->assignments(m_id)->isEmpty());
}

void TestRoleStore::refusals_data()
{
    QTest::addColumn<int>("action"); // 0 assign, 1 unassign, 2 acknowledge
    QTest::addColumn<qint64>("incident");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("says");
    QTest::newRow("assign empty person")
        << 0 << qint64(0) << QStringLiteral("  ") << QStringLiteral("must not be empty");
    QTest::newRow("assign twice") << 0 << qint64(0) << QStringLiteral("Ana Ortiz")
                                  << QStringLiteral("already holds");
    QTest::newRow("assign on unknown incident")
        << 0 << qint64(999) << QStringLiteral("Ben Adeyemi") << QStringLiteral("no incident 999");
    QTest::newRow("unassign non-holder")
        << 1 << qint64(0) << QStringLiteral("Ben Adeyemi") << QStringLiteral("does not hold");
    QTest::newRow("acknowledge for non-holder")
        << 2 << qint64(0) << QStringLiteral("Ben Adeyemi") << QStringLiteral("(Ana Ortiz does)");
}

void TestRoleStore::refusals()
{
    QFETCH(int, action);
    QFETCH(qint64, incident);
    QFETCH(QString, person);
    QFETCH(QString, says);
    QVERIFY(m_roles->assign(m_id, Role::OnCall, QStringLiteral("Ana Ortiz"), false,
                            QStringLiteral("x")));
    const int before = eventCount();
    const qint64 id = incident ? incident : m_id;
    Result<qint64> r =
        action == 0   ? m_roles->assign(id, Role::OnCall, person, false, QStringLiteral("x"))
        : action == 1 ? m_roles->unassign(id, Role::OnCall, person, QStringLiteral("x"))
                      : m_roles->acknowledge(id, Role::OnCall, person, QStringLiteral("x"));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QCOMPARE(eventCount(), before);
    auto none = m_roles->acknowledge(m_id, Role::Legal, QString(), QStringLiteral("x"));
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QStringLiteral("No one holds the legal role")));
}

void TestRoleStore::neededRolesFollowTheIncidentAndTheClock()
{
    IncidentFields small = test::validFields();
    small.affectedUsersPct = 1;
    small.enterpriseAffected = 0;
    small.category = Category::DataLeak;
    auto id = m_incidents->declare(small, QStringLiteral("x"));
    QVERIFY(id);
    auto needs = m_roles->neededRoles(id.value());
    QVERIFY(needs);
    QCOMPARE(needs->size(), 2);
    QCOMPARE(needs->at(0).role, Role::OnCall);
    QCOMPARE(needs->at(1).role, Role::Legal);
    m_clock->advanceSecs(3600); // detected 10 minutes before the start: now 70 minutes unresolved
    QCOMPARE(m_roles->neededRoles(id.value())->size(), 4);
    QCOMPARE(m_roles->neededRoles(999).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestRoleStore)
#include "tst_rolestore.moc"
