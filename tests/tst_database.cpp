#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/migrations/migrations.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace warroom;

// Opening databases: the session settings, and every file that must be refused untouched.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sessionSettingsAreApplied();
    void refusesBadFilesUntouched_data();
    void refusesBadFilesUntouched();
    void refusesCorruptDatabaseUntouched();
    void refusesOtherProgramsDatabase();
    void refusesReadOnlyFile();
    void refusesReadOnlyFolder();
    void refusesSchemaNewerThanBuild();
    void timelineIsAppendOnlyEvenForRawSql();
    void incidentsWithEventsCannotBeDeleted();
    void busyWriterGivesClearErrorAndWritesNothing();
    void failedTransactionLeavesNothing();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

static QVariant pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
        return {};
    return q.value(0);
}

void TestDatabase::sessionSettingsAreApplied()
{
    auto db = Database::open(DatabaseConfig::sqlite(path(QStringLiteral("a.sqlite"))));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(pragma(*db.value(), "journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(*db.value(), "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(*db.value(), "synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma(*db.value(), "busy_timeout").toInt(), 5000);
}

void TestDatabase::refusesBadFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");

    QTest::newRow("text file") << QByteArray("incident,notes\n1,hello\n")
                               << int(Error::Code::NotADatabase);
    QTest::newRow("binary noise") << QByteArray(8192, '\xA5') << int(Error::Code::NotADatabase);
    QTest::newRow("truncated header")
        << QByteArray("SQLite format 3\0\x10\0", 19) << int(Error::Code::Corrupt);
}

void TestDatabase::refusesBadFilesUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    const QString file = path(QStringLiteral("bad.sqlite"));
    test::writeFile(file, content);
    const QByteArray before = test::fileDigest(file);

    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), code);
    QVERIFY2(db.error().message.contains(QStringLiteral("bad.sqlite")),
             qPrintable(db.error().message));
    QCOMPARE(test::fileDigest(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

static void corruptDatabase(const QString &file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray all = f.readAll();
    QVERIFY(all.size() > 8192);
    // Keep the 100-byte header, smash the schema page and the next page.
    f.seek(100);
    f.write(QByteArray(8000, '\x5A'));
}

void TestDatabase::refusesCorruptDatabaseUntouched()
{
    const QString file = path(QStringLiteral("corrupt.sqlite"));
    {
        ManualClock clock(test::testStart());
        auto db = Database::open(DatabaseConfig::sqlite(file));
        QVERIFY(db);
        IncidentStore store(*db.value(), clock);
        for (int i = 0; i < 40; ++i)
            QVERIFY(store.declare(test::validFields(), QStringLiteral("alice")));
    }
    corruptDatabase(file);
    const QByteArray before = test::fileDigest(file);
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Corrupt);
    QVERIFY2(db.error().message.contains(QStringLiteral("corrupt.sqlite")),
             qPrintable(db.error().message));
    QCOMPARE(test::fileDigest(file), before);
}

void TestDatabase::refusesOtherProgramsDatabase()
{
    const QString file = path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = test::fileDigest(file);
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotADatabase);
    QVERIFY(db.error().message.contains(QStringLiteral("another program")));
    QCOMPARE(test::fileDigest(file), before);
}

void TestDatabase::refusesReadOnlyFile()
{
    const QString file = path(QStringLiteral("ro.sqlite"));
    {
        auto db = Database::open(DatabaseConfig::sqlite(file));
        QVERIFY(db);
    }
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = test::fileDigest(file);
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::ReadOnly);
    QVERIFY(db.error().message.contains(QStringLiteral("ro.sqlite")));
    QVERIFY(db.error().message.contains(QStringLiteral("read-only")));
    QCOMPARE(test::fileDigest(file), before);
}

void TestDatabase::refusesReadOnlyFolder()
{
    const QString sub = path(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(sub));
    QVERIFY(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
    auto db = Database::open(DatabaseConfig::sqlite(sub + QStringLiteral("/new.sqlite")));
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (db)
        QSKIP("This user can write into read-only folders (root); the check cannot be exercised.");
    QCOMPARE(db.error().code, Error::Code::ReadOnly);
}

void TestDatabase::refusesSchemaNewerThanBuild()
{
    const QString file = path(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(DatabaseConfig::sqlite(file));
        QVERIFY(db);
        QVERIFY(db.value()->exec(
            QStringLiteral("INSERT INTO warroom_schema VALUES (?, 'from the future', 0)"),
            {migrations::latestVersion() + 1}));
    }
    const QByteArray before = test::fileDigest(file);
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::SchemaTooNew);
    QVERIFY(db.error().message.contains(QStringLiteral("future.sqlite")));
    QCOMPARE(test::fileDigest(file), before);
}

void TestDatabase::timelineIsAppendOnlyEvenForRawSql()
{
    ManualClock clock(test::testStart());
    auto db = Database::open(DatabaseConfig::sqlite(path(QStringLiteral("log.sqlite"))));
    QVERIFY(db);
    IncidentStore store(*db.value(), clock);
    auto id = store.declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(id);
    QVERIFY(store.addNote(id.value(), QStringLiteral("no new progress"), QStringLiteral("bob")));

    QSqlQuery q(db.value()->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE timeline_events SET author = 'mallory'")));
    QVERIFY(q.lastError().databaseText().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM timeline_events")));
    QVERIFY(q.lastError().databaseText().contains(QStringLiteral("append-only")));
    auto events = store.timeline(id.value());
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(1).author, QStringLiteral("bob"));
}

void TestDatabase::incidentsWithEventsCannotBeDeleted()
{
    ManualClock clock(test::testStart());
    auto db = Database::open(DatabaseConfig::sqlite(path(QStringLiteral("fk.sqlite"))));
    QVERIFY(db);
    IncidentStore store(*db.value(), clock);
    QVERIFY(store.declare(test::validFields(), QStringLiteral("alice")));
    QSqlQuery q(db.value()->connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM incidents")));
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, author, kind)"
                       " VALUES (999, 0, 'x', 'note')")));
}

void TestDatabase::busyWriterGivesClearErrorAndWritesNothing()
{
    ManualClock clock(test::testStart());
    const QString file = path(QStringLiteral("busy.sqlite"));
    auto mine = Database::open(DatabaseConfig::sqlite(file, 150));
    auto other = Database::open(DatabaseConfig::sqlite(file, 150));
    QVERIFY(mine && other);
    IncidentStore store(*mine.value(), clock);
    auto id = store.declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(id);

    QSqlQuery lock(other.value()->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    auto noted = store.addNote(id.value(), QStringLiteral("blocked note"), QStringLiteral("alice"));
    QVERIFY(!noted);
    QCOMPARE(noted.error().code, Error::Code::Busy);
    QVERIFY(noted.error().message.contains(QStringLiteral("busy.sqlite")));
    QVERIFY(noted.error().message.contains(QStringLiteral("locked")));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

    auto events = store.timeline(id.value());
    QVERIFY(events);
    QCOMPARE(events->size(), 1); // only the declaration
    QVERIFY(store.addNote(id.value(), QStringLiteral("after the lock"), QStringLiteral("alice")));
}

void TestDatabase::failedTransactionLeavesNothing()
{
    auto db = Database::open(DatabaseConfig::sqlite(path(QStringLiteral("tx.sqlite"))));
    QVERIFY(db);
    Database &d = *db.value();
    auto result = d.inWriteTransaction([&]() -> Result<void> {
        auto inserted = d.exec(QStringLiteral(
            "INSERT INTO incidents (title, category, severity, detected_at, status, declared_at, "
            "declared_by,"
            " updated_at) VALUES ('t', 'outage', 'SEV1', 0, 'investigating', 0, 'a', 0)"));
        if (!inserted)
            return inserted.error();
        return Error{Error::Code::Storage, QStringLiteral("second step failed")};
    });
    QVERIFY(!result);
    auto count = d.exec(QStringLiteral("SELECT COUNT(*) FROM incidents"));
    QVERIFY(count && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
