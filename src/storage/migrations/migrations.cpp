#include "storage/migrations/migrations.h"

#include "core/base/clock.h"

#include "storage/db/database.h"
#include "storage/db/sqldialect.h"
#include "storage/migrations/schema_v10_templates.h"
#include "storage/migrations/schema_v11_logins.h"
#include "storage/migrations/schema_v12_changesignal.h"
#include "storage/migrations/schema_v2_playbook.h"
#include "storage/migrations/schema_v3_roles.h"
#include "storage/migrations/schema_v4_comms.h"
#include "storage/migrations/schema_v5_gate.h"
#include "storage/migrations/schema_v6_outbox.h"
#include "storage/migrations/schema_v8_syncoutbox.h"
#include "storage/migrations/schema_v9_demo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <limits>

namespace warroom::migrations {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Migrations)
};

// Version 1: incidents and their append-only timeline.
QStringList incidentsSchema(const SqlDialect &dialect)
{
    QStringList sql{
        QStringLiteral(
            "CREATE TABLE incidents ("
            " id %1,"
            " title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
            " category TEXT NOT NULL CHECK (category IN ('behavior-anomaly', 'outage',"
            "  'upstream-unavailable', 'billing-overcharge', 'billing-undercharge',"
            "  'output-error-loss', 'data-leak')),"
            " severity TEXT NOT NULL CHECK (severity IN ('SEV1', 'SEV2', 'SEV3')),"
            " task_type TEXT NOT NULL DEFAULT '',"
            " affected_users_pct DOUBLE PRECISION NOT NULL DEFAULT 0"
            "  CHECK (affected_users_pct >= 0 AND affected_users_pct <= 100),"
            " enterprise_affected INTEGER NOT NULL DEFAULT 0 CHECK (enterprise_affected >= 0),"
            " detected_at BIGINT NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('investigating', 'identified', 'monitoring',"
            "  'restored', 'closed')),"
            " declared_at BIGINT NOT NULL,"
            " declared_by TEXT NOT NULL,"
            " updated_at BIGINT NOT NULL)")
            .arg(dialect.autoIdColumn()),
        QStringLiteral("CREATE TABLE timeline_events ("
                       " id %1,"
                       " incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE RESTRICT,"
                       " occurred_at BIGINT NOT NULL,"
                       " author TEXT NOT NULL CHECK (length(trim(author)) > 0),"
                       " kind TEXT NOT NULL CHECK (length(kind) > 0),"
                       " payload TEXT NOT NULL DEFAULT '{}')")
            .arg(dialect.autoIdColumn()),
        QStringLiteral(
            "CREATE INDEX timeline_events_by_incident ON timeline_events (incident_id, id)"),
        QStringLiteral("CREATE INDEX incidents_by_status ON incidents (status, detected_at)"),
    };
    sql += dialect.appendOnlyTriggers(QStringLiteral("timeline_events"));
    return sql;
}

// Version 7: an incident's status history (its declaration and status changes) is read again on
// every change of the incident; with only (incident_id, id) indexed, that read visited every event
// of the incident, 100,000 of them for a long one, on the GUI thread (docs/performance.md).
QStringList statusHistoryIndexSchema(const SqlDialect &)
{
    return {QStringLiteral("CREATE INDEX timeline_events_by_kind ON timeline_events"
                           " (incident_id, kind, id)")};
}

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> all{
        {1, QStringLiteral("incidents and append-only timeline"), incidentsSchema},
        {2, QStringLiteral("playbook trigger conditions ticked at declaration"), playbookSchema},
        {3, QStringLiteral("people directory with roles, key accounts with contacts"),
         rolesAndAccountsSchema},
        {4, QStringLiteral("announcement templates, drafts, sign-offs and publications"),
         commsSchema, seedCommsTemplates},
        {5, QStringLiteral("the gate checks who signs and what goes out; no deletes"), gateSchema},
        {6, QStringLiteral("the outbox: one row per publication, destination and recipient"),
         outboxSchema},
        {7, QStringLiteral("timeline events indexed by kind: status history without a scan"),
         statusHistoryIndexSchema},
        {8, QStringLiteral("outbox rows that carry a sync to the incident channel"),
         syncOutboxSchema},
        {9, QStringLiteral("demo data: a flag, and deletes of a demo incident's rows only"),
         demoSchema},
        {10, QStringLiteral("built-in templates nobody changed get this build's text"),
         [](const SqlDialect &) { return QStringList(); }, refreshBuiltinTemplates},
        {11, QStringLiteral("database logins mapped to people (shared mode)"), personLoginsSchema},
        {12, QStringLiteral("every committed change is signalled to the other seats"),
         changeSignalSchema},
    };
    return all;
}

int latestVersion()
{
    return steps().constLast().version;
}

Result<int> checkedVersion(const Database &database)
{
    Result<QSqlQuery> listed = database.exec(database.dialect().listTables());
    if (!listed)
        return listed.error();
    QSqlQuery &tables = listed.value();
    bool hasTables = false;
    bool hasSchemaTable = false;
    while (tables.next()) {
        hasTables = true;
        hasSchemaTable |= tables.value(0).toString() == QLatin1String(SchemaTable);
    }
    if (!hasTables)
        return 0;
    if (!hasSchemaTable)
        return Error{Error::Code::NotADatabase,
                     Text::tr("%1 is an SQLite database of another program (it has tables but no "
                              "War Room schema). The file was left untouched; choose a War Room "
                              "database or a new file name.")
                         .arg(database.location())};

    Result<QSqlQuery> ranged =
        database.exec(QStringLiteral("SELECT COUNT(*), MIN(version), MAX(version) FROM %1")
                          .arg(QLatin1String(SchemaTable)));
    if (!ranged)
        return ranged.error();
    QSqlQuery &range = ranged.value();
    if (!range.next())
        return database.errorFrom(range.lastError());
    if (range.value(0).toLongLong() == 0)
        return 0;
    // Read as text: a value beyond 64 bits must not wrap into a plausible version either.
    bool minOk = false;
    bool maxOk = false;
    const qint64 lowest = range.value(1).toString().toLongLong(&minOk);
    const qint64 highest = range.value(2).toString().toLongLong(&maxOk);
    constexpr qint64 kLargest = std::numeric_limits<int>::max();
    if (!minOk || !maxOk || lowest < 1 || highest > kLargest) {
        const QString bad =
            !minOk || lowest < 1 ? range.value(1).toString() : range.value(2).toString();
        return Error{
            Error::Code::Corrupt,
            Text::tr("%1 records schema version %2 in its %3 table, which no War Room writes "
                     "(versions are whole numbers from 1 to %4): the table was changed by hand or "
                     "the file is damaged. The file was left untouched; restore it from a backup.")
                .arg(database.location(), bad, QLatin1String(SchemaTable))
                .arg(kLargest)};
    }
    if (highest > latestVersion())
        return Error{
            Error::Code::SchemaTooNew,
            Text::tr(
                "%1 was written by a newer War Room (schema version %2; this build understands up "
                "to %3). Upgrade War Room to open it; the file was left untouched.")
                .arg(database.location())
                .arg(highest)
                .arg(latestVersion())};
    return int(highest);
}

Result<void> migrate(Database &database, int targetVersion, const Clock &clock)
{
    Result<int> current = checkedVersion(database);
    if (!current)
        return current.error();

    for (const Step &step : steps()) {
        if (step.version <= current.value() || step.version > targetVersion)
            continue;
        Result<void> applied = database.inWriteTransaction([&]() -> Result<void> {
            // Re-read inside the write lock: another process may have migrated meanwhile.
            Result<int> now = checkedVersion(database);
            if (!now)
                return now.error();
            if (now.value() >= step.version)
                return {};
            QStringList statements{QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                                                  " version INTEGER NOT NULL PRIMARY KEY,"
                                                  " description TEXT NOT NULL,"
                                                  " applied_at BIGINT NOT NULL)")
                                       .arg(QLatin1String(SchemaTable))};
            statements += step.statements(database.dialect());
            for (const QString &sql : statements) {
                if (Result<QSqlQuery> done = database.exec(sql); !done)
                    return Error{done.error().code,
                                 Text::tr("Upgrading the schema to version %1 failed: %2")
                                     .arg(step.version)
                                     .arg(done.error().message)};
            }
            const qint64 appliedAtMs = clock.nowUtc().toMSecsSinceEpoch();
            if (step.seed) {
                if (Result<void> seeded = step.seed(database, appliedAtMs); !seeded)
                    return Error{seeded.error().code,
                                 Text::tr("Upgrading the schema to version %1 failed: %2")
                                     .arg(step.version)
                                     .arg(seeded.error().message)};
            }
            Result<QSqlQuery> recorded = database.exec(
                QStringLiteral("INSERT INTO %1 (version, description, applied_at) VALUES (?, ?, ?)")
                    .arg(QLatin1String(SchemaTable)),
                {step.version, step.description, appliedAtMs});
            if (!recorded)
                return recorded.error();
            return {};
        });
        if (!applied)
            return applied.error();
    }
    return {};
}

} // namespace warroom::migrations
