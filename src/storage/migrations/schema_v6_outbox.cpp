#include "storage/migrations/schema_v6_outbox.h"

#include "storage/db/sqldialect.h"

namespace warroom::migrations {

QStringList outboxSchema(const SqlDialect &dialect)
{
    // The lists are spelled out: a released step never changes (docs/architecture.md).
    const QString destinations = QStringLiteral("'status-page', 'slack', 'webhook', 'email'");
    QStringList sql{
        QStringLiteral(
            "CREATE TABLE outbox ("
            " id %1,"
            " publication_id BIGINT NOT NULL REFERENCES comms_publications(id) ON DELETE RESTRICT,"
            " incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE RESTRICT,"
            " destination TEXT NOT NULL CHECK (destination IN (%2)),"
            " recipient TEXT NOT NULL DEFAULT '',"
            " idempotency_key TEXT NOT NULL UNIQUE CHECK (length(idempotency_key) > 0),"
            " state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'retrying',"
            "  'failed', 'posted-by-hand')),"
            " attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
            " next_attempt_at BIGINT NOT NULL,"
            " queued_at BIGINT NOT NULL,"
            // Who holds a "sending" row and until when; a claim that ran out is a sender that died.
            " claimed_by TEXT NOT NULL DEFAULT '',"
            " claimed_until BIGINT NOT NULL DEFAULT 0,"
            " last_message TEXT NOT NULL DEFAULT '',"
            " remote_id TEXT NOT NULL DEFAULT '',"
            " settled_at BIGINT,"
            " settled_by TEXT NOT NULL DEFAULT '',"
            " status_page_status TEXT NOT NULL DEFAULT '',"
            " impact TEXT NOT NULL DEFAULT '',"
            " UNIQUE (publication_id, destination, recipient),"
            " CHECK ((state IN ('sent', 'posted-by-hand')) = (settled_at IS NOT NULL)),"
            " CHECK (state <> 'posted-by-hand' OR length(trim(settled_by)) > 0))")
            .arg(dialect.autoIdColumn(), destinations),
        QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX outbox_by_incident ON outbox (incident_id, id)"),
        QStringLiteral("CREATE TABLE outbox_remote_ids ("
                       " incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE RESTRICT,"
                       " destination TEXT NOT NULL CHECK (destination IN (%1)),"
                       " remote_id TEXT NOT NULL CHECK (length(remote_id) > 0),"
                       " recorded_at BIGINT NOT NULL,"
                       " PRIMARY KEY (incident_id, destination))")
            .arg(destinations),
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
    return sql;
}

} // namespace warroom::migrations
