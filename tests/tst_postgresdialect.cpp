#include "pgtestsupport.h"
#include "storage/comms/outboxconnection.h"
#include "storage/db/appbackend.h"
#include "storage/db/database.h"
#include "storage/db/postgresdialect.h"
#include "storage/db/serverurl.h"
#include "storage/migrations/migrations.h"
#include "storage/workspace.h"

#include "core/base/clock.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

using namespace warroom;

// PostgresDialect and ServerUrl (docs/shared-mode.md). The URL and the refusals need no server;
// the rest skips without WARROOM_TEST_PG.
class TestPostgresDialect : public QObject
{
    Q_OBJECT

private slots:
    void urlAcceptsTheDocumentedForm();
    void urlRefusalsNameTheBadPart_data();
    void urlRefusalsNameTheBadPart();
    void refusesABadSchemaNameWithoutConnecting();
    void refusesAReservedWordAsSchemaName();
    void applicationsOpenAServer();
    void noChangeSignalIsAnErrorAtStart();
    void everyMigrationRunsAndReopeningIsANoOp();
    void serverErrorsAreExplained_data();
    void serverErrorsAreExplained();
    void writersTakeTurns();
    void collisionsAreNotAWaitThatRanOut();
    void deadlockSaysAnotherSeatChangedTheSameRows();
};

// The first column of the first row of a query, -1 when it fails.
static int firstInt(Database &db, const QString &sql)
{
    auto done = db.exec(sql);
    if (!done)
        return -1;
    QSqlQuery &query = done.value();
    return query.next() ? query.value(0).toInt() : -1;
}

void TestPostgresDialect::urlAcceptsTheDocumentedForm()
{
    auto url = ServerUrl::parse(
        QStringLiteral("postgresql://hana@db.example.org:6543/warroom?sslmode=verify-full"));
    QVERIFY2(url, url ? "" : qPrintable(url.error().message));
    QCOMPARE(url->user, QStringLiteral("hana"));
    QCOMPARE(url->host, QStringLiteral("db.example.org"));
    QCOMPARE(url->port, 6543);
    QCOMPARE(url->database, QStringLiteral("warroom"));
    QCOMPARE(url->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(url->toString(),
             QStringLiteral("postgresql://hana@db.example.org:6543/warroom?sslmode=verify-full"));

    auto plain = ServerUrl::parse(QStringLiteral("postgres://ops@127.0.0.1/postgres"));
    QVERIFY(plain);
    QCOMPARE(plain->port, 5432);
    QVERIFY(plain->sslMode.isEmpty());
}

void TestPostgresDialect::urlRefusalsNameTheBadPart_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("scheme") << QStringLiteral("mysql://a@h/db") << QStringLiteral("\"mysql:\"");
    QTest::newRow("password") << QStringLiteral("postgresql://a:secret@h/db")
                              << QStringLiteral("~/.pgpass");
    QTest::newRow("empty password")
        << QStringLiteral("postgresql://a:@h/db") << QStringLiteral("password");
    QTest::newRow("no user") << QStringLiteral("postgresql://h/db") << QStringLiteral("no user");
    // A port or an IPv6 host is no password: the address is refused for its missing user.
    QTest::newRow("no user, port")
        << QStringLiteral("postgresql://h:5432/db") << QStringLiteral("no user");
    QTest::newRow("no user, IPv6")
        << QStringLiteral("postgresql://[::1]:5432/db") << QStringLiteral("no user");
    QTest::newRow("no host") << QStringLiteral("postgresql://a@/db") << QStringLiteral("no host");
    QTest::newRow("no database") << QStringLiteral("postgresql://a@h:5432")
                                 << QStringLiteral("no database");
    QTest::newRow("nested path") << QStringLiteral("postgresql://a@h/db/x")
                                 << QStringLiteral("\"db/x\"");
    QTest::newRow("sslmode") << QStringLiteral("postgresql://a@h/db?sslmode=maybe")
                             << QStringLiteral("sslmode \"maybe\"");
    QTest::newRow("other parameter") << QStringLiteral("postgresql://a@h/db?password=x")
                                     << QStringLiteral("\"password\" is not supported");
    QTest::newRow("fragment") << QStringLiteral("postgresql://a@h/db#x") << QStringLiteral("\"#\"");
    QTest::newRow("port 0") << QStringLiteral("postgresql://a@h:0/db") << QStringLiteral("port 0");
}

void TestPostgresDialect::urlRefusalsNameTheBadPart()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    auto parsed = ServerUrl::parse(url);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
    QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    // Every refusal shows the accepted form.
    QVERIFY(parsed.error().message.contains(QStringLiteral("postgresql://user@host:port/")));
}

void TestPostgresDialect::refusesABadSchemaNameWithoutConnecting()
{
    // Port 1 on loopback: nobody listens; the name is refused before any connection is tried.
    for (const QString &name :
         {QStringLiteral("Upper"), QStringLiteral("a-b"), QStringLiteral("pg_temp"),
          QStringLiteral("_x"), QStringLiteral("x; DROP TABLE y"), QString(),
          QStringLiteral("public"), QStringLiteral("information_schema")}) {
        auto db = Database::open(
            DatabaseConfig::postgres(QStringLiteral("postgresql://a@127.0.0.1:1/db"), name));
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::InvalidInput);
        QVERIFY2(db.error().message.contains(QStringLiteral("schema name")),
                 qPrintable(db.error().message));
    }
}

// A word PostgreSQL reserves would need quoting wherever the schema is named: refused, and no
// schema is created.
void TestPostgresDialect::refusesAReservedWordAsSchemaName()
{
    WARROOM_REQUIRE_PG();
    for (const QString &word : {QStringLiteral("select"), QStringLiteral("user")}) {
        auto db = Database::open(DatabaseConfig::postgres(test::testServerUrl(), word));
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::InvalidInput);
        QVERIFY2(db.error().message.contains(QStringLiteral("reserves")),
                 qPrintable(db.error().message));
    }
}

// PostgreSQL has a change signal (NOTIFY): the GUI's workspace, which watches other seats, and
// the outbox sender open a server.
void TestPostgresDialect::applicationsOpenAServer()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    ManualClock clock(test::testStart());
    auto workspace = Workspace::open(schema.config(), clock);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
    auto outbox = OutboxConnection::open(schema.config(), clock);
    QVERIFY2(outbox, outbox ? "" : qPrintable(outbox.error().message));
}

// A dialect without a change signal would give a board that never refreshes: refused, saying
// why and what to use instead.
void TestPostgresDialect::noChangeSignalIsAnErrorAtStart()
{
    const Result<void> refused = checkApplicationBackend(nullptr, QStringLiteral("db.example"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("db.example")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("never refresh")),
             qPrintable(refused.error().message));
}

void TestPostgresDialect::everyMigrationRunsAndReopeningIsANoOp()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    {
        auto db = Database::open(schema.config());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(migrations::checkedVersion(*db.value()).value(), migrations::latestVersion());
        QCOMPARE(firstInt(*db.value(), QStringLiteral("SELECT COUNT(*) FROM warroom_schema")),
                 migrations::latestVersion());
        // The built-in templates were seeded inside the schema, not elsewhere.
        QVERIFY(
            firstInt(*db.value(),
                     QStringLiteral("SELECT COUNT(*) FROM %1.comms_templates").arg(schema.name())) >
            0);
    }
    auto again = Database::open(schema.config());
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(firstInt(*again.value(), QStringLiteral("SELECT COUNT(*) FROM warroom_schema")),
             migrations::latestVersion());
}

void TestPostgresDialect::serverErrorsAreExplained_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    if (test::testServerUrl().isEmpty())
        return;
    const QUrl server(test::testServerUrl());
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(server.port(5432));
    // Port 1 on loopback: connection refused.
    QTest::newRow("unreachable") << QStringLiteral("postgresql://warroom@127.0.0.1:1/postgres")
                                 << QStringLiteral("cannot be reached");
    QTest::newRow("unknown login")
        << QStringLiteral("postgresql://no_such_login@%1/postgres").arg(hostPort)
        << QStringLiteral("refused the login");
    QTest::newRow("no database")
        << QStringLiteral("postgresql://%1@%2/no_such_database").arg(server.userName(), hostPort)
        << QStringLiteral("has no such database");
}

void TestPostgresDialect::serverErrorsAreExplained()
{
    WARROOM_REQUIRE_PG();
    QFETCH(QString, url);
    QFETCH(QString, says);
    auto db = Database::open(DatabaseConfig::postgres(url, QStringLiteral("warroom")));
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(says), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("(schema warroom)")),
             qPrintable(db.error().message));
}

// One writer at a time per schema, as with SQLite's BEGIN IMMEDIATE: a second writer waits up to
// its busy timeout, then gets Busy and writes nothing.
void TestPostgresDialect::writersTakeTurns()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    auto mine = Database::open(schema.config(150));
    auto other = Database::open(schema.config(150));
    QVERIFY2(mine, mine ? "" : qPrintable(mine.error().message));
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    const QString insert = QStringLiteral(
        "INSERT INTO incidents (title, category, severity, detected_at, status, declared_at, "
        "declared_by, updated_at) VALUES ('t', 'outage', 'SEV1', 0, 'investigating', 0, 'a', 0)");
    Result<void> blocked = Error{Error::Code::Storage, QString()};
    auto held = mine.value()->inWriteTransaction([&]() -> Result<void> {
        blocked = other.value()->inWriteTransaction([&]() -> Result<void> {
            auto inserted = other.value()->exec(insert);
            if (!inserted)
                return inserted.error();
            return {};
        });
        return {};
    });
    QVERIFY(held);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().code, Error::Code::Busy);
    QVERIFY2(blocked.error().message.contains(QStringLiteral("150 ms")),
             qPrintable(blocked.error().message));
    // Once the first writer is done, the second writes.
    auto written = other.value()->inWriteTransaction([&]() -> Result<void> {
        auto done = other.value()->exec(insert);
        if (!done)
            return done.error();
        return {};
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
}

// A deadlock (40P01) or a serialization failure (40001) has its own sentence; only a lock that
// was waited for until lock_timeout (55P03) "gave up after waiting".
void TestPostgresDialect::collisionsAreNotAWaitThatRanOut()
{
    const PostgresDialect dialect;
    const QString location = QStringLiteral("PostgreSQL server 127.0.0.1:5432 (schema warroom)");
    for (const QString state : {QStringLiteral("40P01"), QStringLiteral("40001")}) {
        const Error collided =
            dialect.translateError(QSqlError(QStringLiteral("QPSQL: Unable to execute statement"),
                                             QStringLiteral("ERROR:  deadlock detected"),
                                             QSqlError::StatementError, state),
                                   location, 150);
        QCOMPARE(collided.code, Error::Code::Busy);
        QVERIFY2(collided.message.startsWith(QStringLiteral(
                     "Another seat changed the same rows at the same moment; nothing was saved. "
                     "Try again. (PostgreSQL server 127.0.0.1:5432 (schema warroom): ")),
                 qPrintable(collided.message));
        QVERIFY2(collided.message.endsWith(QStringLiteral("SQLSTATE %1)").arg(state)),
                 qPrintable(collided.message));
        QVERIFY2(!collided.message.contains(QStringLiteral("gave up")),
                 qPrintable(collided.message));
    }
    const Error waited = dialect.translateError(
        QSqlError(QStringLiteral("QPSQL: Unable to execute statement"),
                  QStringLiteral("ERROR:  canceling statement due to lock timeout"),
                  QSqlError::StatementError, QStringLiteral("55P03")),
        location, 150);
    QCOMPARE(waited.code, Error::Code::Busy);
    QVERIFY2(waited.message.contains(QStringLiteral("gave up after waiting 150 ms")),
             qPrintable(waited.message));
}

// A real deadlock on the test server: another program (its own connection, on a thread) locks
// the incidents table and then wants the schema's writer lock, which a War Room write
// transaction holds while it reads the incidents. The server rolls the War Room transaction back
// (its deadlock_timeout, 1 s by default, runs out first: the other side waits 60 s); the error
// says so in its own words, nothing is written, and the next write on the same connection works.
void TestPostgresDialect::deadlockSaysAnotherSeatChangedTheSameRows()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    auto mine = Database::open(schema.config()); // lock_timeout 5 s, beyond deadlock_timeout
    QVERIFY2(mine, mine ? "" : qPrintable(mine.error().message));
    Database &db = *mine.value();

    std::promise<bool> locked;
    std::promise<void> holding;
    std::future<void> holdingNow = holding.get_future();
    std::atomic<bool> otherGotTheWriterLock{false};
    const QString table = schema.name() + QStringLiteral(".incidents");
    const QString writerLock =
        QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('%1'))").arg(schema.name());
    std::thread other([&] {
        const QString name = QStringLiteral("deadlock-other");
        {
            const QUrl url(test::testServerUrl());
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            conn.setHostName(url.host());
            conn.setPort(url.port(5432));
            conn.setUserName(url.userName());
            conn.setDatabaseName(url.path().mid(1));
            bool ok = conn.open();
            QSqlQuery query(conn);
            ok = ok && query.exec(QStringLiteral("SET deadlock_timeout = '60s'")) &&
                 query.exec(QStringLiteral("BEGIN")) &&
                 query.exec(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(table));
            locked.set_value(ok);
            if (ok && holdingNow.wait_for(std::chrono::seconds(20)) == std::future_status::ready)
                otherGotTheWriterLock = query.exec(writerLock); // once the server broke the cycle
            query.exec(QStringLiteral("ROLLBACK"));
            query.finish();
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    struct Join
    {
        std::thread &thread;
        ~Join()
        {
            if (thread.joinable())
                thread.join();
        }
    } join{other};
    QVERIFY(locked.get_future().get());

    const Result<void> collided = db.inWriteTransaction([&]() -> Result<void> {
        holding.set_value(); // this transaction holds the writer lock now
        Result<QSqlQuery> read = db.exec(QStringLiteral("SELECT COUNT(*) FROM incidents"));
        if (!read)
            return read.error();
        return {};
    });
    other.join();
    QVERIFY(!collided);
    QCOMPARE(collided.error().code, Error::Code::Busy);
    QVERIFY2(collided.error().message.startsWith(QStringLiteral(
                 "Another seat changed the same rows at the same moment; nothing was saved. Try "
                 "again. (")),
             qPrintable(collided.error().message));
    QVERIFY2(collided.error().message.contains(QStringLiteral("deadlock detected, SQLSTATE 40P01")),
             qPrintable(collided.error().message));
    QVERIFY2(collided.error().message.contains(schema.name()),
             qPrintable(collided.error().message));
    QVERIFY(otherGotTheWriterLock); // the server rolled War Room's side back, not the other's

    const QString insert = QStringLiteral(
        "INSERT INTO incidents (title, category, severity, detected_at, status, declared_at, "
        "declared_by, updated_at) VALUES ('t', 'outage', 'SEV1', 0, 'investigating', 0, 'a', 0)");
    const Result<void> written = db.inWriteTransaction([&]() -> Result<void> {
        Result<QSqlQuery> done = db.exec(insert);
        if (!done)
            return done.error();
        return {};
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(firstInt(db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 1);
}

QTEST_GUILESS_MAIN(TestPostgresDialect)
#include "tst_postgresdialect.moc"
