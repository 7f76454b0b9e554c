#include "pgtestsupport.h"
#include "schemacatalog.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"

#include "core/base/clock.h"
#include "testsupport.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace warroom;

// Every migration on both engines gives one logical schema, and the storage behaviours the
// schema enforces hold on both (docs/shared-mode.md). The PostgreSQL half skips without
// WARROOM_TEST_PG.
class TestSchemaParity : public QObject
{
    Q_OBJECT

private slots:
    void sqliteCatalogDescribesTheSchema();
    void bothEnginesGiveOneSchema();

    // Engine-parameterised: each runs on "sqlite" and on "postgresql".
    void timelineIsAppendOnly_data() { engines(); }
    void timelineIsAppendOnly();
    void guardTriggersRefuse_data() { engines(); }
    void guardTriggersRefuse();
    void failedTransactionLeavesNothing_data() { engines(); }
    void failedTransactionLeavesNothing();
    void autoIdsContinueAfterARebuiltTable_data() { engines(); }
    void autoIdsContinueAfterARebuiltTable();

private:
    static void engines();
    // The database of the current row's engine, migrated; null (and the test failed or
    // skipped) when it cannot be opened.
    std::unique_ptr<Database> openEngine();

    QTemporaryDir m_dir;
    std::unique_ptr<test::PgTestSchema> m_schema;
};

void TestSchemaParity::engines()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

std::unique_ptr<Database> TestSchemaParity::openEngine()
{
    QFETCH(QString, engine);
    DatabaseConfig config;
    if (engine == QLatin1String("postgresql")) {
        if (test::testServerUrl().isEmpty())
            return nullptr;
        m_schema = std::make_unique<test::PgTestSchema>();
        config = m_schema->config(300);
    } else {
        config = DatabaseConfig::sqlite(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                           QStringLiteral(".sqlite")),
            300);
    }
    auto db = Database::open(config);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(db).value();
}

#define OPEN_ENGINE(db)                                                                            \
    QFETCH(QString, engine);                                                                       \
    if (engine == QLatin1String("postgresql"))                                                     \
        WARROOM_REQUIRE_PG();                                                                      \
    std::unique_ptr<Database> db = openEngine();                                                   \
    QVERIFY(db)

// The SQLite reader sees what the migrations made, so a difference cannot hide in an empty
// description.
void TestSchemaParity::sqliteCatalogDescribesTheSchema()
{
    auto db = Database::open(DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("read.sqlite"))));
    QVERIFY(db);
    const QStringList facts = test::sqliteCatalog(*db.value());
    for (const char *fact : {
             "incidents.id integer not null auto id",
             "timeline_events.payload text not null default '{}'",
             "timeline_events foreign key (incident_id) references incidents (id) on delete "
             "restrict",
             "account_contacts primary key (account_id, position)",
             "comms_templates unique (template_key, version)",
             "timeline_events index timeline_events_by_kind (incident_id, kind, id)",
             "timeline_events trigger timeline_events_no_update before update",
             "outbox trigger outbox_no_demo before insert",
             "outbox checks: 8",
         })
        QVERIFY2(facts.contains(QLatin1String(fact)),
                 qPrintable(QStringLiteral("missing: %1\n%2")
                                .arg(QLatin1String(fact), facts.join(QLatin1Char('\n')))));
}

void TestSchemaParity::bothEnginesGiveOneSchema()
{
    WARROOM_REQUIRE_PG();
    auto lite = Database::open(DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("p.sqlite"))));
    QVERIFY(lite);
    test::PgTestSchema schema;
    auto server = Database::open(schema.config());
    QVERIFY2(server, server ? "" : qPrintable(server.error().message));
    const QStringList sqlite = test::sqliteCatalog(*lite.value());
    const QStringList postgres = test::postgresCatalog(*server.value());
    QStringList differences;
    for (const QString &fact : sqlite)
        if (!postgres.contains(fact))
            differences.append(QStringLiteral("only in SQLite:     ") + fact);
    for (const QString &fact : postgres)
        if (!sqlite.contains(fact))
            differences.append(QStringLiteral("only in PostgreSQL: ") + fact);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY2(sqlite.size() > 200, qPrintable(QString::number(sqlite.size())));
    qInfo("%lld facts compared", qlonglong(sqlite.size()));
}

void TestSchemaParity::timelineIsAppendOnly()
{
    OPEN_ENGINE(db);
    ManualClock clock(test::testStart());
    IncidentStore store(*db, clock);
    auto id = store.declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY(store.addNote(id.value(), QStringLiteral("no new progress"), QStringLiteral("bob")));

    auto changed = db->exec(QStringLiteral("UPDATE timeline_events SET author = 'mallory'"));
    QVERIFY(!changed);
    QVERIFY2(changed.error().message.contains(QStringLiteral("append-only")),
             qPrintable(changed.error().message));
    auto deleted = db->exec(QStringLiteral("DELETE FROM timeline_events"));
    QVERIFY(!deleted);
    QVERIFY2(deleted.error().message.contains(QStringLiteral("append-only")),
             qPrintable(deleted.error().message));
    auto events = store.timeline(id.value());
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(1).author, QStringLiteral("bob"));
}

void TestSchemaParity::guardTriggersRefuse()
{
    OPEN_ENGINE(db);
    ManualClock clock(test::testStart());
    IncidentStore store(*db, clock);
    auto id = store.declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(id);
    auto deleted = db->exec(QStringLiteral("DELETE FROM incidents"));
    QVERIFY(!deleted);
    QVERIFY2(deleted.error().message.contains(QStringLiteral("never deleted")),
             qPrintable(deleted.error().message));
    // A demo mark cannot be put on real data.
    auto marked = db->exec(QStringLiteral("UPDATE incidents SET demo = 1"));
    QVERIFY(!marked);
    QVERIFY2(marked.error().message.contains(QStringLiteral("only demo data")),
             qPrintable(marked.error().message));
    // A foreign key: no event of an incident that does not exist.
    QVERIFY(!db->exec(
        QStringLiteral("INSERT INTO timeline_events (incident_id, occurred_at, author, kind)"
                       " VALUES (999, 0, 'x', 'note')")));
    auto count = db->exec(QStringLiteral("SELECT COUNT(*), MAX(demo) FROM incidents"));
    QVERIFY(count && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 1);
    QCOMPARE(count.value().value(1).toInt(), 0);
}

void TestSchemaParity::failedTransactionLeavesNothing()
{
    OPEN_ENGINE(db);
    auto result = db->inWriteTransaction([&]() -> Result<void> {
        auto inserted = db->exec(QStringLiteral(
            "INSERT INTO incidents (title, category, severity, detected_at, status, declared_at, "
            "declared_by, updated_at) VALUES ('t', 'outage', 'SEV1', 0, 'investigating', 0, 'a', "
            "0)"));
        if (!inserted)
            return inserted.error();
        return Error{Error::Code::Storage, QStringLiteral("second step failed")};
    });
    QVERIFY(!result);
    auto count = db->exec(QStringLiteral("SELECT COUNT(*) FROM incidents"));
    QVERIFY(count && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 0);
}

// The way version 8 rebuilt the outbox: a new table, the rows copied with their ids, the old one
// dropped, the new one renamed, then the dialect's continueAutoIds(). A new row takes the next id.
void TestSchemaParity::autoIdsContinueAfterARebuiltTable()
{
    OPEN_ENGINE(db);
    const SqlDialect &dialect = db->dialect();
    QStringList sql{
        QStringLiteral("CREATE TABLE rebuilt (id %1, note TEXT NOT NULL)")
            .arg(dialect.autoIdColumn()),
        QStringLiteral("INSERT INTO rebuilt (note) VALUES ('a'), ('b'), ('c')"),
        QStringLiteral("CREATE TABLE rebuilt_v2 (id %1, note TEXT NOT NULL, extra TEXT)")
            .arg(dialect.autoIdColumn()),
        QStringLiteral(
            "INSERT INTO rebuilt_v2 (id, note) SELECT id, note FROM rebuilt ORDER BY id"),
        QStringLiteral("DROP TABLE rebuilt"),
        QStringLiteral("ALTER TABLE rebuilt_v2 RENAME TO rebuilt"),
    };
    sql += dialect.continueAutoIds(QStringLiteral("rebuilt"));
    auto rebuilt = db->inWriteTransaction([&]() -> Result<void> {
        for (const QString &statement : sql)
            if (auto done = db->exec(statement); !done)
                return done.error();
        return {};
    });
    QVERIFY2(rebuilt, rebuilt ? "" : qPrintable(rebuilt.error().message));
    auto inserted =
        db->exec(QStringLiteral("INSERT INTO rebuilt (note) VALUES ('d') RETURNING id"));
    QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
    QVERIFY(inserted.value().next());
    QCOMPARE(inserted.value().value(0).toLongLong(), 4);
}

QTEST_GUILESS_MAIN(TestSchemaParity)
#include "tst_schemaparity.moc"
