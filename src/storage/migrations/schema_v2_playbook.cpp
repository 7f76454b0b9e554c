#include "storage/migrations/schema_v2_playbook.h"

#include "storage/db/sqldialect.h"

namespace warroom::migrations {

QStringList playbookSchema(const SqlDialect &dialect)
{
    // Trigger ids are the playbook's, not a fixed list: an organisation's playbook may name its
    // own, so the database only insists on a non-empty id. What was ticked at declaration is a
    // record, like the timeline, so the rows cannot be changed afterwards.
    QStringList sql{
        QStringLiteral("CREATE TABLE incident_triggers ("
                       " incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE RESTRICT,"
                       " trigger_id TEXT NOT NULL CHECK (length(trigger_id) > 0),"
                       " PRIMARY KEY (incident_id, trigger_id))"),
    };
    sql += dialect.appendOnlyTriggers(QStringLiteral("incident_triggers"));
    return sql;
}

} // namespace warroom::migrations
