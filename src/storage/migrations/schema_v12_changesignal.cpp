#include "storage/migrations/schema_v12_changesignal.h"

#include "storage/db/sqldialect.h"

namespace warroom::migrations {

QStringList changeSignalSchema(const SqlDialect &dialect)
{
    // Every table of versions 1 to 11 except warroom_schema, which only a migration writes.
    static const char *const tables[] = {
        "incidents",    "timeline_events",      "incident_triggers", "people",
        "person_roles", "key_accounts",         "account_contacts",  "comms_templates",
        "comms_drafts", "comms_draft_versions", "comms_approvals",   "comms_publications",
        "outbox",       "outbox_remote_ids",    "person_logins",
    };
    QStringList sql;
    for (const char *table : tables)
        sql += dialect.changeSignalStatements(QLatin1String(table));
    return sql;
}

} // namespace warroom::migrations
