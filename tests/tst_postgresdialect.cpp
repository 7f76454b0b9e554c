#include "pgtestsupport.h"
#include "storage/db/database.h"
#include "storage/db/serverurl.h"
#include "storage/migrations/migrations.h"
#include "storage/workspace.h"

#include "core/base/clock.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

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
    void everyMigrationRunsAndReopeningIsANoOp();
    void serverErrorsAreExplained_data();
    void serverErrorsAreExplained();
    void writersTakeTurns();
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

// Branch "seat": the applications open a server (the change signal's check comes with the
// notification branch).
void TestPostgresDialect::applicationsOpenAServer()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    ManualClock clock(test::testStart());
    auto workspace = Workspace::open(schema.config(), clock);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
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

QTEST_GUILESS_MAIN(TestPostgresDialect)
#include "tst_postgresdialect.moc"
