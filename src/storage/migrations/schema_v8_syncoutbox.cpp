#include "storage/migrations/schema_v8_syncoutbox.h"

#include "storage/db/sqldialect.h"

namespace warroom::migrations {

QStringList syncOutboxSchema(const SqlDialect &dialect)
{
    // The lists are spelled out: a released step never changes (docs/architecture.md).
    const QString destinations = QStringLiteral("'status-page', 'slack', 'webhook', 'email'");
    // Every column of version 6, in its order: what the copy keeps.
    const QString kept = QStringLiteral(
        "id, publication_id, incident_id, destination, recipient, idempotency_key, state,"
        " attempts, next_attempt_at, queued_at, claimed_by, claimed_until, last_message,"
        " remote_id, settled_at, settled_by, status_page_status, impact");
    QStringList sql{
        QStringLiteral(
            "CREATE TABLE outbox_v8 ("
            " id %1,"
            " publication_id BIGINT REFERENCES comms_publications(id) ON DELETE RESTRICT,"
            // The sync's sync_posted event: a sync has no row of its own elsewhere.
            " sync_event_id BIGINT REFERENCES timeline_events(id) ON DELETE RESTRICT,"
            " incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE RESTRICT,"
            " destination TEXT NOT NULL CHECK (destination IN (%2)),"
            " recipient TEXT NOT NULL DEFAULT '',"
            " idempotency_key TEXT NOT NULL UNIQUE CHECK (length(idempotency_key) > 0),"
            " state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'retrying',"
            "  'failed', 'posted-by-hand')),"
            " attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
            " next_attempt_at BIGINT NOT NULL,"
            " queued_at BIGINT NOT NULL,"
            " claimed_by TEXT NOT NULL DEFAULT '',"
            " claimed_until BIGINT NOT NULL DEFAULT 0,"
            " last_message TEXT NOT NULL DEFAULT '',"
            " remote_id TEXT NOT NULL DEFAULT '',"
            " settled_at BIGINT,"
            " settled_by TEXT NOT NULL DEFAULT '',"
            " status_page_status TEXT NOT NULL DEFAULT '',"
            " impact TEXT NOT NULL DEFAULT '',"
            " UNIQUE (publication_id, destination, recipient),"
            " UNIQUE (sync_event_id, destination, recipient),"
            // Exactly one source.
            " CHECK ((publication_id IS NULL) <> (sync_event_id IS NULL)),"
            // A sync goes to the incident channel only.
            " CHECK (sync_event_id IS NULL OR (destination = 'slack' AND recipient = ''"
            "  AND status_page_status = '' AND impact = '')),"
            " CHECK ((state IN ('sent', 'posted-by-hand')) = (settled_at IS NOT NULL)),"
            " CHECK (state <> 'posted-by-hand' OR length(trim(settled_by)) > 0))")
            .arg(dialect.autoIdColumn(), destinations),
        QStringLiteral("INSERT INTO outbox_v8 (%1) SELECT %1 FROM outbox ORDER BY id").arg(kept),
        // Takes the old table's indexes and triggers with it; no table refers to the outbox.
        QStringLiteral("DROP TABLE outbox"),
        QStringLiteral("ALTER TABLE outbox_v8 RENAME TO outbox"),
    };
    sql += dialect.continueAutoIds(QStringLiteral("outbox"));
    sql += {
        QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX outbox_by_incident ON outbox (incident_id, id)"),
    };
    sql += dialect.guardTrigger(QStringLiteral("outbox_no_delete"), QStringLiteral("outbox"),
                                SqlDialect::RowChange::Delete, QStringLiteral("1 = 0"),
                                QStringLiteral("outbox: rows are never deleted"));
    // A settled row stays settled: what went out cannot be taken back.
    sql += dialect.guardTrigger(
        QStringLiteral("outbox_settled"), QStringLiteral("outbox"), SqlDialect::RowChange::Update,
        QStringLiteral("OLD.state NOT IN ('sent', 'posted-by-hand') OR (NEW.state = OLD.state"
                       " AND NEW.settled_at = OLD.settled_at AND NEW.remote_id = OLD.remote_id)"),
        QStringLiteral("outbox: a sent or hand-posted row cannot change"));
    // What a row carries is fixed when it is queued: its source never changes.
    sql += dialect.guardTrigger(
        QStringLiteral("outbox_source"), QStringLiteral("outbox"), SqlDialect::RowChange::Update,
        QStringLiteral("COALESCE(NEW.publication_id, 0) = COALESCE(OLD.publication_id, 0)"
                       " AND COALESCE(NEW.sync_event_id, 0) = COALESCE(OLD.sync_event_id, 0)"
                       " AND NEW.incident_id = OLD.incident_id"
                       " AND NEW.idempotency_key = OLD.idempotency_key"),
        QStringLiteral("outbox: a row's source and key cannot change"));
    // A sync row carries a sync of its own incident.
    sql += dialect.guardTrigger(
        QStringLiteral("outbox_sync_source"), QStringLiteral("outbox"),
        SqlDialect::RowChange::Insert,
        QStringLiteral("NEW.sync_event_id IS NULL OR EXISTS (SELECT 1 FROM timeline_events t"
                       " WHERE t.id = NEW.sync_event_id AND t.incident_id = NEW.incident_id"
                       " AND t.kind = 'sync_posted')"),
        QStringLiteral("outbox: a sync row must name a sync_posted event of its incident"));
    return sql;
}

} // namespace warroom::migrations
