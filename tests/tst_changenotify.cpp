#include "models/incidents/incidentlistmodel.h"
#include "pgtestsupport.h"
#include "storage/calls/accountstore.h"
#include "storage/changerouting.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/templatestore.h"
#include "storage/db/database.h"
#include "storage/db/postgresdialect.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"

#include "core/base/clock.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

// The change signal on PostgreSQL (docs/shared-mode.md, "The change signal"): two Workspaces on
// one schema play two seats; what one commits reaches the other's stores through NOTIFY, as the
// signals the GUI listens to, and only the stores whose tables changed read again.
class TestChangeNotify : public QObject
{
    Q_OBJECT

private slots:
    void everyTableBelongsToAStore();
    void tablesRouteToTheirStoresOnly();
    void everyTableSignalsItsChanges();
    void changesReachTheOtherSeat();
    void ownWritesAreNotAnnouncedTwice();
    void aBurstInOneTransactionIsOneRefresh();
    void anotherSchemaDoesNotWakeThisOne();
    void theIncidentListShowsTheOtherSeatsIncident();

private:
    std::unique_ptr<Workspace> seat(const DatabaseConfig &config)
    {
        auto workspace = Workspace::open(config, m_clock);
        if (!workspace) {
            qWarning("%s", qPrintable(workspace.error().message));
            return nullptr;
        }
        return std::move(workspace).value();
    }
    static Person person(const QString &name)
    {
        Person p;
        p.name = name;
        p.email = name.toLower() + QStringLiteral("@example.com");
        p.roles = {Role::IncidentCommander};
        return p;
    }

    ManualClock m_clock{test::testStart()};
};

// A table no store claims would refresh everything on every change; a table added by a later
// schema step must be given to the store that reads it.
void TestChangeNotify::everyTableBelongsToAStore()
{
    QTemporaryDir dir;
    auto db = Database::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("t.sqlite"))));
    QVERIFY(db);
    Result<QSqlQuery> tables = db.value()->exec(db.value()->dialect().listTables());
    QVERIFY(tables);
    const QStringList claimed = StoresToRefresh::incidentTables() +
                                StoresToRefresh::peopleTables() + StoresToRefresh::accountTables() +
                                StoresToRefresh::templateTables() + StoresToRefresh::draftTables();
    int count = 0;
    while (tables.value().next()) {
        const QString table = tables.value().value(0).toString();
        if (table == QLatin1String("warroom_schema"))
            continue;
        ++count;
        QVERIFY2(claimed.count(table) == 1,
                 qPrintable(QStringLiteral("%1 belongs to %2 stores, not one")
                                .arg(table)
                                .arg(claimed.count(table))));
    }
    QCOMPARE(count, claimed.size());
}

void TestChangeNotify::tablesRouteToTheirStoresOnly()
{
    const auto route = [](const QStringList &tables) {
        ChangedTables changes;
        for (const QString &table : tables)
            changes.tables.insert(table);
        return StoresToRefresh::forChanges(changes);
    };
    StoresToRefresh r = route({QStringLiteral("people")});
    QVERIFY(r.people && !r.incidents && !r.accounts && !r.templates && !r.drafts);
    r = route({QStringLiteral("timeline_events"), QStringLiteral("comms_draft_versions")});
    QVERIFY(r.incidents && r.drafts && !r.people && !r.accounts && !r.templates);
    r = route({QStringLiteral("account_contacts")});
    QVERIFY(r.accounts && !r.people && !r.incidents);
    // SQLite's signal cannot name tables; an unknown table is no reason to refresh nothing.
    r = StoresToRefresh::forChanges(ChangedTables::everything());
    QVERIFY(r.incidents && r.people && r.accounts && r.templates && r.drafts);
    r = route({QStringLiteral("a_table_of_a_later_version")});
    QVERIFY(r.incidents && r.people && r.accounts && r.templates && r.drafts);
}

void TestChangeNotify::everyTableSignalsItsChanges()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    auto db = Database::open(schema.config());
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    Result<QSqlQuery> missing = db.value()->exec(
        QStringLiteral("SELECT t.table_name FROM information_schema.tables t"
                       " WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
                       " AND t.table_name <> 'warroom_schema' AND NOT EXISTS (SELECT 1 FROM"
                       " information_schema.triggers g WHERE g.trigger_schema = t.table_schema"
                       " AND g.event_object_table = t.table_name"
                       " AND g.trigger_name = t.table_name || '_change_signal')"));
    QVERIFY(missing);
    QStringList without;
    while (missing.value().next())
        without.append(missing.value().value(0).toString());
    QVERIFY2(without.isEmpty(), qPrintable(QStringLiteral("tables without a change signal: %1")
                                               .arg(without.join(QLatin1String(", ")))));
    QCOMPARE(PostgresDialect::changeChannel(schema.name()),
             QStringLiteral("warroom_changes_") + schema.name());
    QCOMPARE(PostgresDialect::changeChannel(QString(60, QLatin1Char('a'))).size(), 63);
}

void TestChangeNotify::changesReachTheOtherSeat()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    auto first = seat(schema.config());
    auto second = seat(schema.config());
    QVERIFY(first && second);
    QSignalSpy declared(&second->incidents(), &IncidentStore::incidentDeclared);
    QSignalSpy appended(&second->incidents(), &IncidentStore::timelineAppended);
    QSignalSpy incidentsRead(&second->incidents(), &IncidentStore::externallyChanged);
    QSignalSpy people(&second->people(), &PeopleStore::peopleChanged);
    QSignalSpy accounts(&second->accounts(), &AccountStore::accountsChanged);
    QSignalSpy templates(&second->templates(), &TemplateStore::externallyChanged);
    QSignalSpy drafts(&second->drafts(), &DraftStore::externallyChanged);

    Result<qint64> incident =
        first->incidents().declare(test::validFields(), QStringLiteral("ann"));
    QVERIFY(incident);
    QTRY_COMPARE_WITH_TIMEOUT(declared.size(), 1, 5000);
    QCOMPARE(declared.at(0).at(0).toLongLong(), incident.value());
    QCOMPARE(second->incidents().incident(incident.value()).value().fields.title,
             test::validFields().title);
    // Only the incidents' tables changed: the other stores did not read again.
    QCOMPARE(people.size(), 0);
    QCOMPARE(accounts.size(), 0);
    QCOMPARE(templates.size(), 0);
    QCOMPARE(drafts.size(), 0);

    const qsizetype appendedBefore = appended.size();
    QVERIFY(first->incidents().addNote(incident.value(), QStringLiteral("rolled back"),
                                       QStringLiteral("ann")));
    QTRY_COMPARE_WITH_TIMEOUT(appended.size(), appendedBefore + 1, 5000);
    QCOMPARE(appended.constLast().at(0).toLongLong(), incident.value());
    QCOMPARE(second->incidents().timeline(incident.value()).value().constLast().kind,
             QStringLiteral("note"));

    const qsizetype incidentReads = incidentsRead.size();
    QVERIFY(first->people().add(person(QStringLiteral("Ines")), QStringLiteral("ann")));
    QTRY_COMPARE_WITH_TIMEOUT(people.size(), 1, 5000);
    QVERIFY(second->people().findByName(QStringLiteral("Ines")).value().has_value());
    QCOMPARE(incidentsRead.size(), incidentReads); // people are not incidents
    QCOMPARE(drafts.size(), 0);

    Result<qint64> draft = first->drafts().create(
        {incident.value(), QStringLiteral("progress-update"), 0, std::nullopt, QString()},
        QStringLiteral("ann"));
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(drafts.size(), 1, 5000);
    QVERIFY(first->drafts().save(draft.value(), QStringLiteral("Update"),
                                 QStringLiteral("We rolled back."), QStringLiteral("ann")));
    QTRY_COMPARE_WITH_TIMEOUT(drafts.size(), 2, 5000);
    QCOMPARE(second->drafts().versions(draft.value()).value().size(), 2);
    QCOMPARE(people.size(), 1);
    QCOMPARE(accounts.size(), 0);
}

// A seat's own writes are announced once, by its stores; its own NOTIFY is left out.
void TestChangeNotify::ownWritesAreNotAnnouncedTwice()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    auto first = seat(schema.config());
    auto second = seat(schema.config());
    QVERIFY(first && second);
    QSignalSpy ownDeclared(&first->incidents(), &IncidentStore::incidentDeclared);
    QSignalSpy ownExternal(&first->incidents(), &IncidentStore::externallyChanged);
    QSignalSpy ownPeople(&first->people(), &PeopleStore::peopleChanged);
    QVERIFY(first->incidents().declare(test::validFields(), QStringLiteral("ann")));
    QVERIFY(first->people().add(person(QStringLiteral("Ines")), QStringLiteral("ann")));
    QCOMPARE(ownDeclared.size(), 1);
    const qsizetype ownPeopleSignals = ownPeople.size();
    // The other seat writes afterwards; once its change arrived, the first seat's own
    // notifications (sent earlier, delivered in commit order) have arrived too.
    QVERIFY(second->incidents().declare(test::validFields(), QStringLiteral("bob")));
    QTRY_COMPARE_WITH_TIMEOUT(ownDeclared.size(), 2, 5000);
    QCOMPARE(ownExternal.size(), 1);
    QCOMPARE(ownPeople.size(), ownPeopleSignals);
}

// 500 events in one transaction: one notification, one refresh that reads them all.
void TestChangeNotify::aBurstInOneTransactionIsOneRefresh()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    auto first = seat(schema.config());
    auto second = seat(schema.config());
    QVERIFY(first && second);
    Result<qint64> incident =
        first->incidents().declare(test::validFields(), QStringLiteral("ann"));
    QVERIFY(incident);
    QSignalSpy declared(&second->incidents(), &IncidentStore::incidentDeclared);
    QTRY_COMPARE_WITH_TIMEOUT(declared.size(), 1, 5000);

    QSignalSpy reads(&second->incidents(), &IncidentStore::externallyChanged);
    QSignalSpy appended(&second->incidents(), &IncidentStore::timelineAppended);
    QSignalSpy people(&second->people(), &PeopleStore::peopleChanged);
    const Result<void> burst = first->database().inWriteTransaction([&]() -> Result<void> {
        for (int i = 0; i < 500; ++i)
            if (Result<void> added = first->incidents().addNote(
                    incident.value(), QStringLiteral("note %1").arg(i), QStringLiteral("ann"));
                !added)
                return added;
        return {};
    });
    QVERIFY2(burst, burst ? "" : qPrintable(burst.error().message));
    // A later commit of another table: when it has arrived, everything of the burst has.
    QVERIFY(first->people().add(person(QStringLiteral("Ines")), QStringLiteral("ann")));
    QTRY_COMPARE_WITH_TIMEOUT(people.size(), 1, 5000);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(second->incidents().timeline(incident.value()).value().size(),
             first->incidents().timeline(incident.value()).value().size());
}

// Two war rooms on one server, each in its own schema, each with its own channel.
void TestChangeNotify::anotherSchemaDoesNotWakeThisOne()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    test::PgTestSchema other;
    auto first = seat(schema.config());
    auto elsewhere = seat(other.config());
    auto elsewhereWriter = seat(other.config());
    QVERIFY(first && elsewhere && elsewhereWriter);
    QSignalSpy reads(&elsewhere->incidents(), &IncidentStore::externallyChanged);
    QVERIFY(first->incidents().declare(test::validFields(), QStringLiteral("ann")));
    // Notifications are delivered in commit order across channels: once the later change in
    // its own schema has arrived, one from the first schema would have arrived before it.
    QVERIFY(elsewhereWriter->incidents().declare(test::validFields(), QStringLiteral("bob")));
    QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, 5000);
    QCOMPARE(elsewhere->incidents().incidents().value().size(), 1);
}

void TestChangeNotify::theIncidentListShowsTheOtherSeatsIncident()
{
    WARROOM_REQUIRE_PG();
    test::PgTestSchema schema;
    auto first = seat(schema.config());
    auto second = seat(schema.config());
    QVERIFY(first && second);
    IncidentListModel model(second->incidents());
    QCOMPARE(model.rowCount(), 0);
    Result<qint64> incident =
        first->incidents().declare(test::validFields(), QStringLiteral("ann"));
    QVERIFY(incident);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    QCOMPARE(model.data(model.index(0, 0), IncidentListModel::IncidentIdRole).toLongLong(),
             incident.value());
    QCOMPARE(model.data(model.index(0, IncidentListModel::TitleColumn)).toString(),
             test::validFields().title);
}

QTEST_MAIN(TestChangeNotify)
#include "tst_changenotify.moc"
