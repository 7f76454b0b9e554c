#include "storage/migrations/migrations.h"

#include "core/base/clock.h"

#include "storage/db/database.h"
#include "storage/db/sqldialect.h"
#include "storage/migrations/schema_v2_playbook.h"
#include "storage/migrations/schema_v3_roles.h"
#include "storage/migrations/schema_v4_comms.h"
#include "storage/migrations/schema_v5_gate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

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

Result<int> currentVersion(Database &database)
{
    QSqlDatabase db = database.connection();
    Result<std::optional<int>> version = readSchemaVersion(db);
    if (!version)
        return version.error();
    if (!version.value().has_value())
        return Error{
            Error::Code::NotADatabase,
            Text::tr("%1 is a database of another program (it has tables but no War Room schema).")
                .arg(database.location())};
    return *version.value();
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
    };
    return all;
}

int latestVersion()
{
    return steps().constLast().version;
}

Result<std::optional<int>> readSchemaVersion(QSqlDatabase &db)
{
    const QStringList tables = db.tables(QSql::Tables);
    if (db.lastError().isValid())
        return Error{Error::Code::Storage, db.lastError().text()};
    if (!tables.contains(QLatin1String(SchemaTable))) {
        if (tables.isEmpty())
            return std::optional<int>(0);
        return std::optional<int>();
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM %1")
                        .arg(QLatin1String(SchemaTable))) ||
        !query.next())
        return Error{Error::Code::Storage, query.lastError().text()};
    return std::optional<int>(query.value(0).toInt());
}

Result<void> migrate(Database &database, int targetVersion, const Clock &clock)
{
    Result<int> current = currentVersion(database);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return Error{Error::Code::SchemaTooNew,
                     Text::tr("%1 has schema version %2; this build understands up to %3.")
                         .arg(database.location())
                         .arg(current.value())
                         .arg(latestVersion())};

    for (const Step &step : steps()) {
        if (step.version <= current.value() || step.version > targetVersion)
            continue;
        Result<void> applied = database.inWriteTransaction([&]() -> Result<void> {
            // Re-read inside the write lock: another process may have migrated meanwhile.
            Result<int> now = currentVersion(database);
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
