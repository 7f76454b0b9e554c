#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/migrations/migrations.h"
#include "storage/roles/peoplestore.h"
#include "testsupport.h"

#include <QTest>

using namespace warroom;

// The v3 tables refuse bad rows by themselves, whatever program writes them.
class TestSchemaV3Roles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesBadRows_data();
    void refusesBadRows();
    void deletingAPersonTakesTheirRolesButNotTheirAccounts();
    void upgradeFromVersionOneKeepsIncidents();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSchemaV3Roles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("v3.sqlite"))));
    QVERIFY(db);
    m_db = std::move(db).value();
    QVERIFY(
        m_db->exec(QStringLiteral("INSERT INTO people (id, name, name_key, updated_at, updated_by)"
                                  " VALUES (1, 'Dev', 'dev', 0, 't')")));
    QVERIFY(m_db->exec(
        QStringLiteral("INSERT INTO key_accounts (id, name, name_key, tier, account_rank, csm_id,"
                       " updated_at, updated_by) VALUES (1, 'A', 'a', 'smb', 1, 1, 0, 't')")));
}

void TestSchemaV3Roles::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSchemaV3Roles::refusesBadRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("unknown role") << QStringLiteral(
        "INSERT INTO person_roles VALUES (1, 'janitor')");
    QTest::newRow("role of nobody")
        << QStringLiteral("INSERT INTO person_roles VALUES (99, 'legal')");
    QTest::newRow("same name, other case key")
        << QStringLiteral("INSERT INTO people (name, name_key, updated_at, updated_by) VALUES "
                          "('DEV', 'dev', 0, 't')");
    QTest::newRow("blank name") << QStringLiteral(
        "INSERT INTO people (name, name_key, updated_at, updated_by) VALUES ('  ', 'x', 0, 't')");
    QTest::newRow("unknown tier") << QStringLiteral(
        "INSERT INTO key_accounts (name, name_key, tier, csm_id, updated_at, updated_by) VALUES "
        "('B', 'b', 'gold', 1, 0, 't')");
    QTest::newRow("rank zero") << QStringLiteral(
        "INSERT INTO key_accounts (name, name_key, tier, account_rank, csm_id, updated_at, "
        "updated_by) VALUES ('B', 'b', 'smb', 0, 1, 0, 't')");
    QTest::newRow("rank taken") << QStringLiteral(
        "INSERT INTO key_accounts (name, name_key, tier, account_rank, csm_id, updated_at, "
        "updated_by) VALUES ('B', 'b', 'smb', 1, 1, 0, 't')");
    QTest::newRow("negative ARR") << QStringLiteral(
        "INSERT INTO key_accounts (name, name_key, tier, arr, csm_id, updated_at, updated_by) "
        "VALUES ('B', 'b', 'smb', -1, 1, 0, 't')");
    QTest::newRow("CSM not a person")
        << QStringLiteral("INSERT INTO key_accounts (name, name_key, tier, csm_id, updated_at, "
                          "updated_by) VALUES ('B', 'b', 'smb', 42, 0, 't')");
    QTest::newRow("fourth contact") << QStringLiteral(
        "INSERT INTO account_contacts (account_id, position, name) VALUES (1, 4, 'X')");
    QTest::newRow("contact without name") << QStringLiteral(
        "INSERT INTO account_contacts (account_id, position, name) VALUES (1, 1, '')");
}

void TestSchemaV3Roles::refusesBadRows()
{
    QFETCH(QString, sql);
    QVERIFY(!m_db->exec(sql));
}

void TestSchemaV3Roles::deletingAPersonTakesTheirRolesButNotTheirAccounts()
{
    QVERIFY(
        m_db->exec(QStringLiteral("INSERT INTO people (id, name, name_key, updated_at, updated_by)"
                                  " VALUES (2, 'Lou', 'lou', 0, 't')")));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO person_roles VALUES (2, 'legal')")));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM people WHERE id = 2")));
    auto left = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM person_roles"));
    QVERIFY(left && left.value().next());
    QCOMPARE(left.value().value(0).toInt(), 0);
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM people WHERE id = 1"))); // CSM of account A
}

void TestSchemaV3Roles::upgradeFromVersionOneKeepsIncidents()
{
    const QString file = m_dir->filePath(QStringLiteral("v1.sqlite"));
    ManualClock clock(test::testStart());
    {
        auto old = Database::openAtVersion(DatabaseConfig::sqlite(file), 1);
        QVERIFY(old);
        QVERIFY(!old.value()->connection().tables().contains(QStringLiteral("people")));
        IncidentStore incidents(*old.value(), clock);
        QVERIFY(incidents.declare(test::validFields(), QStringLiteral("Ana")));
    }
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(db);
    for (const char *table : {"people", "person_roles", "key_accounts", "account_contacts"})
        QVERIFY2(db.value()->connection().tables().contains(QLatin1String(table)), table);
    IncidentStore incidents(*db.value(), clock);
    QCOMPARE(incidents.incident(1)->fields, test::validFields());
    PeopleStore people(*db.value(), clock);
    QVERIFY(people.importCsv("name,phone\nAna,+1 415 555 0101\n", QStringLiteral("ops")));
}

QTEST_GUILESS_MAIN(TestSchemaV3Roles)
#include "tst_schemav3roles.moc"
