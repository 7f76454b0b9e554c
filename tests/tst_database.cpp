#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/migrations/migrations.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

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
    void damageInADataPageIsReportedWhenMet();
    void refusesNonRegularFiles_data();
    void refusesNonRegularFiles();
    void refusesImpossibleSchemaVersions_data();
    void refusesImpossibleSchemaVersions();
    void newFilesAreOwnerOnly();
    void existingPermissionsAreKept();
    void dataFolderIsOwnerOnly();
    void busyWhileOpeningSaysWhoToWaitFor();
    void sqliteErrorsAreExplained_data();
    void sqliteErrorsAreExplained();
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

// Opening reads the header and the schema, not every page: damage further in is met by the read
// that needs the page, which fails with a message saying how to check the file, and is listed by
// the full check (warroomctl check --full).
void TestDatabase::damageInADataPageIsReportedWhenMet()
{
    const QString file = path(QStringLiteral("torn.sqlite"));
    {
        ManualClock clock(test::testStart());
        auto db = Database::open(DatabaseConfig::sqlite(file), clock);
        QVERIFY(db);
        IncidentStore store(*db.value(), clock);
        IncidentFields fields = test::validFields();
        fields.title = QString(incidentfields::MaxTitleLength, QLatin1Char('t'));
        for (int i = 0; i < 200; ++i)
            QVERIFY(store.declare(fields, QStringLiteral("alice")));
    }
    QVERIFY(Database::checkIntegrity(DatabaseConfig::sqlite(file), true));
    QVERIFY(Database::checkIntegrity(DatabaseConfig::sqlite(file), true)->isEmpty());
    {
        // Smash the last quarter of the file: table pages of incidents and timeline events.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 16 * 4096);
        f.seek(size - size / 4);
        f.write(QByteArray(size / 4, '\x5A'));
    }
    const QByteArray before = test::fileDigest(file);

    ManualClock clock(test::testStart());
    auto db = Database::open(DatabaseConfig::sqlite(file), clock);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    auto rows = db.value()->exec(
        QStringLiteral("SELECT COUNT(*), SUM(length(payload)) FROM timeline_events"));
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, Error::Code::Corrupt);
    QVERIFY2(rows.error().message.contains(QStringLiteral("torn.sqlite is damaged")),
             qPrintable(rows.error().message));
    QVERIFY2(rows.error().message.contains(QStringLiteral("check --full")),
             qPrintable(rows.error().message));
    db = Error{};
    QCOMPARE(test::fileDigest(file), before);

    auto problems = Database::checkIntegrity(DatabaseConfig::sqlite(file), true);
    QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message));
    QVERIFY(!problems->isEmpty());
    QVERIFY(problems->constFirst() != QStringLiteral("ok"));
    QCOMPARE(test::fileDigest(file), before);
}

void TestDatabase::refusesNonRegularFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("device") << QStringLiteral("device");
    QTest::newRow("pipe") << QStringLiteral("pipe");
    QTest::newRow("folder") << QStringLiteral("folder");
}

// SQLite would open a device or a pipe and create its journal beside it (/dev/null-journal).
void TestDatabase::refusesNonRegularFiles()
{
    QFETCH(QString, kind);
    QString file;
    QString expected;
    if (kind == QLatin1String("device")) {
        file = QStringLiteral("/dev/null");
        expected = QStringLiteral("not a regular file");
    } else if (kind == QLatin1String("pipe")) {
        file = path(QStringLiteral("pipe.sqlite"));
        QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        expected = QStringLiteral("not a regular file");
    } else {
        file = path(QStringLiteral("folder.sqlite"));
        QVERIFY(QDir().mkdir(file));
        expected = QStringLiteral("it is a folder");
    }
    const bool journalBefore = QFile::exists(file + QStringLiteral("-journal"));
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotADatabase);
    QVERIFY2(db.error().message.contains(file), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        if (!journalBefore || qstrcmp(suffix, "-journal") != 0)
            QVERIFY2(!QFile::exists(file + QLatin1String(suffix)), suffix);
    }
}

void TestDatabase::refusesImpossibleSchemaVersions_data()
{
    QTest::addColumn<qint64>("version");
    QTest::newRow("beyond 32 bits") << qint64(2147483648LL);
    QTest::newRow("negative") << qint64(-1);
    QTest::newRow("zero") << qint64(0);
}

void TestDatabase::refusesImpossibleSchemaVersions()
{
    QFETCH(qint64, version);
    const QString file = path(QStringLiteral("odd.sqlite"));
    {
        auto db = Database::open(DatabaseConfig::sqlite(file));
        QVERIFY(db);
        QVERIFY(db.value()->exec(
            QStringLiteral("INSERT INTO warroom_schema VALUES (?, 'edited by hand', 0)"),
            {version}));
    }
    const QByteArray before = test::fileDigest(file);
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Corrupt);
    QVERIFY2(db.error().message.contains(
                 QStringLiteral("odd.sqlite records schema version %1").arg(version)),
             qPrintable(db.error().message));
    QVERIFY(!db.error().message.contains(QStringLiteral("pgrading")));
    QCOMPARE(test::fileDigest(file), before);
}

static bool ownerOnly(const QString &file)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFileInfo::exists(file) && !(QFileInfo(file).permissions() & others);
}

// The database holds customer contacts: a new file, its WAL and shared-memory files and its
// rollback journal are readable by their owner only.
void TestDatabase::newFilesAreOwnerOnly()
{
    const QString file = path(QStringLiteral("private.sqlite"));
    {
        ManualClock clock(test::testStart());
        auto db = Database::open(DatabaseConfig::sqlite(file), clock);
        QVERIFY(db);
        IncidentStore store(*db.value(), clock);
        QVERIFY(store.declare(test::validFields(), QStringLiteral("alice")));
        for (const char *suffix : {"", "-wal", "-shm"})
            QVERIFY2(ownerOnly(file + QLatin1String(suffix)), suffix);
    }
    // The rollback journal (SQLite writes one while it switches a new file to WAL): held open
    // by a raw connection in rollback mode.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        QVERIFY(ownerOnly(file + QStringLiteral("-journal")));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal"));
}

void TestDatabase::existingPermissionsAreKept()
{
    const QString file = path(QStringLiteral("shared.sqlite"));
    {
        auto db = Database::open(DatabaseConfig::sqlite(file));
        QVERIFY(db);
    }
    const QFile::Permissions shared =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup;
    QVERIFY(QFile::setPermissions(file, shared));
    const QFile::Permissions before = QFileInfo(file).permissions();
    auto db = Database::open(DatabaseConfig::sqlite(file));
    QVERIFY(db);
    QCOMPARE(QFileInfo(file).permissions(), before);
    QVERIFY(QFileInfo(file).permissions() & QFile::ReadGroup);
}

void TestDatabase::dataFolderIsOwnerOnly()
{
    const QString home = path(QStringLiteral("xdg"));
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(home));
    const QString file = defaultSqlitePath();
    if (saved.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", saved);
    QVERIFY2(file.startsWith(home), qPrintable(file));
    const QString folder = QFileInfo(file).absolutePath();
    QVERIFY(QFileInfo(folder).isDir());
    for (QString dir = folder; dir.startsWith(home); dir = QFileInfo(dir).absolutePath())
        QVERIFY2(ownerOnly(dir), qPrintable(dir));
}

// A writer holding the lock while War Room opens (here during creation, in rollback mode): the
// message names the file and who to wait for, not SQLite's "database is locked".
void TestDatabase::busyWhileOpeningSaysWhoToWaitFor()
{
    const QString file = path(QStringLiteral("creating.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE early (x)")));

        auto db = Database::open(DatabaseConfig::sqlite(file, 50));
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Busy);
        QVERIFY2(db.error().message.contains(QStringLiteral("creating.sqlite is locked")),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QStringLiteral("another War Room or warroomctl")),
                 qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(QStringLiteral("Unable to")));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void TestDatabase::sqliteErrorsAreExplained_data()
{
    QTest::addColumn<int>("sqliteCode");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("busy") << 5 << int(Error::Code::Busy)
                          << QStringLiteral("another War Room or warroomctl is writing");
    QTest::newRow("locked") << 6 << int(Error::Code::Busy)
                            << QStringLiteral("another War Room or warroomctl is writing");
    QTest::newRow("read-only") << 8 << int(Error::Code::ReadOnly)
                               << QStringLiteral("make the file and its folder writable");
    QTest::newRow("I/O error, extended")
        << (10 | (13 << 8)) << int(Error::Code::Io) << QStringLiteral("input/output error");
    QTest::newRow("corrupt") << 11 << int(Error::Code::Corrupt) << QStringLiteral("check --full");
    QTest::newRow("disk full") << 13 << int(Error::Code::Io) << QStringLiteral("disk is full");
    QTest::newRow("not a database")
        << 26 << int(Error::Code::NotADatabase) << QStringLiteral("not a valid SQLite database");
}

// Every SQLite error a user can meet, mapped by its (primary) result code in one place.
void TestDatabase::sqliteErrorsAreExplained()
{
    QFETCH(int, sqliteCode);
    QFETCH(int, code);
    QFETCH(QString, words);
    auto db = Database::open(DatabaseConfig::sqlite(path(QStringLiteral("e.sqlite")), 1234));
    QVERIFY(db);
    const Error error = db.value()->errorFrom(
        QSqlError(QStringLiteral("Unable to execute statement"), QStringLiteral("sqlite says"),
                  QSqlError::StatementError, QString::number(sqliteCode)));
    QCOMPARE(int(error.code), code);
    QVERIFY2(error.message.contains(QStringLiteral("e.sqlite")), qPrintable(error.message));
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY(!error.message.contains(QStringLiteral("Unable to execute")));
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
