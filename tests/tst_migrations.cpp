#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/migrations/migrations.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace warroom;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void versionsCountUpByOne();
    void fromEmpty();
    void fromEmptyZeroByteFile();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void reopeningIsANoOp();
    void stepsAreStampedByTheInjectedClock();
};

static int storedVersion(Database &db)
{
    auto v = migrations::checkedVersion(db);
    return v ? v.value() : -1;
}

// Each step's version is one more than the previous one's, starting at 1.
void TestMigrations::versionsCountUpByOne()
{
    int previous = 0;
    for (const auto &step : migrations::steps()) {
        QCOMPARE(step.version, previous + 1);
        QVERIFY(!step.description.isEmpty());
        previous = step.version;
    }
    QCOMPARE(migrations::steps().constFirst().version, 1);
    QCOMPARE(migrations::latestVersion(), previous);
}

void TestMigrations::fromEmpty()
{
    QTemporaryDir dir;
    auto db = Database::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("new.sqlite"))));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(storedVersion(*db.value()), migrations::latestVersion());
    const QStringList tables = db.value()->connection().tables();
    QVERIFY(tables.contains(QStringLiteral("incidents")));
    QVERIFY(tables.contains(QStringLiteral("timeline_events")));
}

void TestMigrations::fromEmptyZeroByteFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("zero.sqlite"));
    test::writeFile(file, QByteArray());
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(db);
    QCOMPARE(storedVersion(*db.value()), migrations::latestVersion());
}

void TestMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("startVersion");
    for (const auto &step : migrations::steps()) {
        if (step.version < migrations::latestVersion())
            QTest::addRow("v%d", step.version) << step.version;
    }
    if (migrations::latestVersion() == 1)
        QTest::newRow("only one version so far") << 1;
}

void TestMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, startVersion);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.sqlite"));
    ManualClock clock(test::testStart());
    qint64 id = 0;
    {
        auto old = Database::openAtVersion(DatabaseConfig::sqlite(file), startVersion);
        QVERIFY(old);
        QCOMPARE(storedVersion(*old.value()), startVersion);
        IncidentStore store(*old.value(), clock);
        auto declared = store.declare(test::validFields(), QStringLiteral("alice"));
        QVERIFY(declared);
        id = declared.value();
    }
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(storedVersion(*db.value()), migrations::latestVersion());
    IncidentStore store(*db.value(), clock);
    auto incident = store.incident(id);
    QVERIFY(incident);
    QCOMPARE(incident->fields, test::validFields());
}

void TestMigrations::stepsAreStampedByTheInjectedClock()
{
    QTemporaryDir dir;
    ManualClock clock(test::testStart());
    auto db =
        Database::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("c.sqlite"))), clock);
    QVERIFY(db);
    auto rows = db.value()->exec(
        QStringLiteral("SELECT MIN(applied_at), MAX(applied_at) FROM warroom_schema"));
    QVERIFY(rows && rows.value().next());
    QCOMPARE(rows.value().value(0).toLongLong(), test::testStart().toMSecsSinceEpoch());
    QCOMPARE(rows.value().value(1).toLongLong(), test::testStart().toMSecsSinceEpoch());
}

void TestMigrations::reopeningIsANoOp()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("again.sqlite"));
    {
        QVERIFY(Database::open(DatabaseConfig::sqlite(file)));
    }
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(db);
    auto rows = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM warroom_schema"));
    QVERIFY(rows && rows.value().next());
    QCOMPARE(rows.value().value(0).toInt(), int(migrations::steps().size()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
