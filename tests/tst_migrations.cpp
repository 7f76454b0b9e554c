#include "commstestsupport.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/migrations/migrations.h"

#include "comms/templates/commstemplate.h"
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
    void version8KeepsEveryOutboxRow();
    void version9MarksNothingAndKeepsEveryGuard();
    void version10RefreshesBuiltinTemplatesNobodyChanged();
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

// Every column of every version 7 outbox row, and the remote ids, as text: what must survive.
static QStringList outboxDump(Database &db)
{
    QStringList rows;
    auto q = db.exec(QStringLiteral(
        "SELECT id, publication_id, incident_id, destination, recipient, idempotency_key, state,"
        " attempts, next_attempt_at, queued_at, claimed_by, claimed_until, last_message,"
        " remote_id, settled_at, settled_by, status_page_status, impact FROM outbox ORDER BY id"));
    while (q && q.value().next()) {
        QStringList values;
        for (int i = 0; i < 18; ++i)
            values.append(q.value().value(i).isNull() ? QStringLiteral("NULL")
                                                      : q.value().value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    auto ids = db.exec(QStringLiteral("SELECT incident_id, destination, remote_id, recorded_at"
                                      " FROM outbox_remote_ids ORDER BY incident_id"));
    while (ids && ids.value().next())
        rows.append(QStringLiteral("remote %1|%2|%3|%4")
                        .arg(ids.value().value(0).toString(), ids.value().value(1).toString(),
                             ids.value().value(2).toString(), ids.value().value(3).toString()));
    return rows;
}

static QStringList schemaObjects(Database &db, const QString &type)
{
    QStringList names;
    auto q =
        db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND tbl_name ="
                               " 'outbox' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name"),
                {type});
    while (q && q.value().next())
        names.append(q.value().value(0).toString());
    return names;
}

// Version 8 rebuilds the outbox table: every version 7 row comes through unchanged (queued,
// retrying, failed, sent with a remote id, posted by hand), with its id; the indexes and the
// guarantees (settled rows never change, no deletes) hold on the rebuilt table; new rows number on.
void TestMigrations::version8KeepsEveryOutboxRow()
{
    test::CommsFixture f;
    const QString file = f.dir.filePath(QStringLiteral("v7.sqlite"));
    QStringList before;
    {
        const Result<void> old = f.openAtVersion(file, 7);
        QVERIFY2(old, old ? "" : qPrintable(old.error().message));
        QCOMPARE(storedVersion(*f.database), 7);
        QVERIFY(f.importKeyAccounts());
        const qint64 incident = f.staffedIncident(Category::Outage);
        for (const QString &key :
             {QStringLiteral("progress-update"), QStringLiteral("proactive-email")}) {
            const qint64 draft = f.createDraft(incident, key);
            QVERIFY(draft > 0 && f.makeClean(draft));
            QVERIFY(f.gate->approve(draft, QString(), QStringLiteral("Ines")));
            QVERIFY(f.gate->publish(draft, QStringLiteral("Ines"), {Destination::Slack}));
            f.clock.advanceSecs(60);
        }
        // Rows in every state, written as a version 7 sender and people would have.
        const QStringList moves{
            QStringLiteral("UPDATE outbox SET state = 'sent', settled_at = 1000, remote_id ="
                           " 'inc9', last_message = 'created', attempts = 1 WHERE id = 1"),
            QStringLiteral("INSERT INTO outbox_remote_ids VALUES (%1, 'status-page', 'inc9', 1000)")
                .arg(incident),
            QStringLiteral("UPDATE outbox SET state = 'retrying', attempts = 2, next_attempt_at ="
                           " 99000, last_message = 'HTTP 503' WHERE id = 2"),
            QStringLiteral("UPDATE outbox SET state = 'failed', attempts = 1, last_message ="
                           " '550 no such user' WHERE id = 4"),
            QStringLiteral("UPDATE outbox SET state = 'posted-by-hand', settled_at = 2000,"
                           " settled_by = 'Ines' WHERE id = 5"),
            QStringLiteral("UPDATE outbox SET state = 'sending', claimed_by = 'sender-1',"
                           " claimed_until = 5000, attempts = 1 WHERE id = 6"),
        };
        for (const QString &sql : moves)
            QVERIFY2(f.database->exec(sql), qPrintable(sql));
        before = outboxDump(*f.database);
        QVERIFY(before.size() >= 9);
        QCOMPARE(
            schemaObjects(*f.database, QStringLiteral("index")),
            (QStringList{QStringLiteral("outbox_by_incident"), QStringLiteral("outbox_by_state")}));
        f.close();
    }

    auto db = Database::openAtVersion(DatabaseConfig::sqlite(file), 8, f.clock);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    Database &now = *db.value();
    QCOMPARE(storedVersion(now), 8);
    QCOMPARE(outboxDump(now), before);
    auto syncs =
        now.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sync_event_id IS NULL"));
    QVERIFY(syncs && syncs.value().next());
    QCOMPARE(syncs.value().value(0).toInt(), int(before.size()) - 1);
    QCOMPARE(
        schemaObjects(now, QStringLiteral("index")),
        (QStringList{QStringLiteral("outbox_by_incident"), QStringLiteral("outbox_by_state")}));
    QCOMPARE(schemaObjects(now, QStringLiteral("trigger")),
             (QStringList{QStringLiteral("outbox_no_delete"), QStringLiteral("outbox_settled"),
                          QStringLiteral("outbox_source"), QStringLiteral("outbox_sync_source")}));
    QCOMPARE(schemaObjects(now, QStringLiteral("table")), QStringList{QStringLiteral("outbox")});
    // The guarantees hold on the rebuilt table.
    QVERIFY(!now.exec(QStringLiteral("UPDATE outbox SET state = 'queued', settled_at = NULL"
                                     " WHERE id = 1")));
    QVERIFY(!now.exec(QStringLiteral("UPDATE outbox SET remote_id = 'other' WHERE id = 5")));
    QVERIFY(!now.exec(QStringLiteral("DELETE FROM outbox WHERE id = 3")));
    QVERIFY(!now.exec(QStringLiteral("UPDATE outbox SET idempotency_key = (SELECT"
                                     " idempotency_key FROM outbox WHERE id = 1) WHERE id = 2")));
    QCOMPARE(outboxDump(now), before);
    auto check = now.exec(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(check && !check.value().next());

    // A sync queued now takes the next id.
    IncidentStore incidents(now, f.clock);
    PlaybookStore playbook(incidents, f.playbook);
    QVERIFY(playbook.postSync(1, QStringLiteral("no new progress"), QStringLiteral("Omar"),
                              {Destination::Slack}));
    auto next = now.exec(QStringLiteral("SELECT MAX(id), COUNT(*) FROM outbox"));
    QVERIFY(next && next.value().next());
    QCOMPARE(next.value().value(1).toInt(), int(before.size()));
    QCOMPARE(next.value().value(0).toInt(), int(before.size()));
}

// Version 9 adds the demo flag: every row written before is real data (0), and every guard that
// kept an incident's rows from being deleted still holds for them; real rows cannot be marked.
void TestMigrations::version9MarksNothingAndKeepsEveryGuard()
{
    test::CommsFixture f;
    const QString file = f.dir.filePath(QStringLiteral("v8.sqlite"));
    qint64 incident = 0;
    {
        const Result<void> old = f.openAtVersion(file, 8);
        QVERIFY2(old, old ? "" : qPrintable(old.error().message));
        QCOMPARE(storedVersion(*f.database), 8);
        QVERIFY(f.importKeyAccounts());
        incident = f.staffedIncident(Category::Outage);
        const qint64 draft = f.createDraft(incident, QStringLiteral("progress-update"));
        QVERIFY(draft > 0 && f.makeClean(draft));
        QVERIFY(f.gate->approve(draft, QString(), QStringLiteral("Ines")));
        QVERIFY(f.gate->publish(draft, QStringLiteral("Ines"), {Destination::Slack}));
        f.close();
    }
    auto db = Database::openAtVersion(DatabaseConfig::sqlite(file), 9, f.clock);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    Database &now = *db.value();
    QCOMPARE(storedVersion(now), 9);
    for (const char *table : {"incidents", "people", "key_accounts"}) {
        auto marked = now.exec(
            QStringLiteral("SELECT COUNT(*), SUM(demo) FROM %1").arg(QLatin1String(table)));
        QVERIFY(marked && marked.value().next());
        QVERIFY2(marked.value().value(0).toInt() > 0, table);
        QCOMPARE(marked.value().value(1).toInt(), 0);
        // Real data cannot be made demo data, so it can never become deletable.
        QVERIFY2(!now.exec(QStringLiteral("UPDATE %1 SET demo = 1").arg(QLatin1String(table))),
                 table);
    }
    const QString of = QStringLiteral(" WHERE incident_id = %1").arg(incident);
    for (const QString &sql :
         QStringList{QStringLiteral("DELETE FROM outbox") + of,
                     QStringLiteral("DELETE FROM comms_publications") + of,
                     QStringLiteral("DELETE FROM comms_approvals"),
                     QStringLiteral("DELETE FROM comms_draft_versions"),
                     QStringLiteral("DELETE FROM comms_drafts") + of,
                     QStringLiteral("DELETE FROM timeline_events") + of,
                     QStringLiteral("DELETE FROM incidents WHERE id = %1").arg(incident)}) {
        const auto refused = now.exec(sql);
        QVERIFY2(!refused, qPrintable(sql));
    }
    auto events = now.exec(QStringLiteral("SELECT COUNT(*) FROM timeline_events") + of);
    QVERIFY(events && events.value().next() && events.value().value(0).toInt() > 0);
    auto check = now.exec(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(check && !check.value().next());
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

// A database seeded by an older build: the first announcement's built-in title without
// {{status_title}}, and a template someone edited. Version 10 gives the untouched built-in the
// current text as a new version, leaves the edited one and adds nothing where the text is current.
void TestMigrations::version10RefreshesBuiltinTemplatesNobodyChanged()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v9.sqlite"));
    const QString builtin = QStringLiteral("War Room (built-in)");
    const auto latest = [](Database &db, const QString &key) {
        auto q = db.exec(QStringLiteral("SELECT version, title, created_by FROM comms_templates "
                                        "WHERE template_key = ? ORDER BY version DESC LIMIT 1"),
                         {key});
        return q && q.value().next()
                   ? QStringList{q.value().value(0).toString(), q.value().value(1).toString(),
                                 q.value().value(2).toString()}
                   : QStringList();
    };
    ManualClock clock(test::testStart());
    {
        auto old = Database::openAtVersion(DatabaseConfig::sqlite(file), 9, clock);
        QVERIFY2(old, old ? "" : qPrintable(old.error().message));
        Database &db = *old.value();
        // As an older build seeded it: the fixed "Investigating:" title.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO comms_templates (template_key, version, name, "
                                       "kind, channel, categories, title, body, created_at, "
                                       "created_by) SELECT template_key, 2, name, kind, channel, "
                                       "categories, 'Investigating: degraded {{task_type}} tasks',"
                                       " body, created_at, created_by FROM comms_templates WHERE "
                                       "template_key = 'first-announcement'")));
        // Someone's own wording of another template.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO comms_templates (template_key, version, name, "
                                       "kind, channel, categories, title, body, created_at, "
                                       "created_by) SELECT template_key, 2, name, kind, channel, "
                                       "categories, 'Our own title', body, created_at, 'Lea' FROM "
                                       "comms_templates WHERE template_key = 'resolved'")));
        QCOMPARE(storedVersion(db), 9);
    }
    auto db = Database::open(DatabaseConfig::sqlite(file), clock);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(storedVersion(*db.value()), migrations::latestVersion());

    QString currentTitle;
    int builtins = 0;
    for (const CommsTemplate &t : commstemplate::builtin()) {
        ++builtins;
        if (t.key == QLatin1String("first-announcement"))
            currentTitle = t.title;
    }
    QVERIFY(currentTitle.contains(QStringLiteral("{{status_title}}")));
    QCOMPARE(latest(*db.value(), QStringLiteral("first-announcement")),
             (QStringList{QStringLiteral("3"), currentTitle, builtin}));
    QCOMPARE(
        latest(*db.value(), QStringLiteral("resolved")),
        (QStringList{QStringLiteral("2"), QStringLiteral("Our own title"), QStringLiteral("Lea")}));
    // Every other built-in was current already: no new versions.
    auto count = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM comms_templates"));
    QVERIFY(count && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), builtins + 3);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
