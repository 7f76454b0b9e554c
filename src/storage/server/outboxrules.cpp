#include "storage/server/outboxrules.h"

#include "storage/server/plpgsql.h"

namespace warroom::outboxrules {
namespace {

using plpgsql::deferredTrigger;
using plpgsql::function;
using plpgsql::refuse;

// Whether this transaction wrote an event of the row's incident, of the kind, naming the row (the
// "outbox_id" and "key" OutboxStore::record puts in every delivery event) and meeting the
// condition. Newest first, like rowrules' eventHere.
QString rowEventHere(const QString &kind, const QString &condition)
{
    return QStringLiteral(
               "((SELECT e.id FROM timeline_events e WHERE e.incident_id = NEW.incident_id"
               " AND e.kind = '%1' AND e.payload::jsonb ->> 'outbox_id' = NEW.id::text"
               " AND e.payload::jsonb ->> 'key' = NEW.idempotency_key AND (%2)"
               " AND (e.xmin = pg_current_xact_id()::xid OR srv_written_here(e.xmin))"
               " ORDER BY e.id DESC LIMIT 1) IS NOT NULL)")
        .arg(kind, condition);
}

// A step OutboxStore takes: the new state, the states it comes from, and the event that must go
// with it ("" for none).
struct Step
{
    QString to;
    QString from;
    QString event;
};

QString steps()
{
    const QList<Step> all{
        {QStringLiteral("sending"), QStringLiteral("'queued', 'retrying', 'sending'"), {}},
        {QStringLiteral("retrying"), QStringLiteral("'sending'"), {}},
        {QStringLiteral("queued"), QStringLiteral("'sending'"), {}},
        {QStringLiteral("queued"), QStringLiteral("'failed'"),
         rowEventHere(QStringLiteral("announcement_delivery_requeued"), QStringLiteral("true"))},
        {QStringLiteral("sent"), QStringLiteral("'sending'"),
         rowEventHere(QStringLiteral("announcement_delivered"),
                      QStringLiteral("coalesce(e.payload::jsonb ->> 'remote_id', '') ="
                                     " NEW.remote_id"))},
        {QStringLiteral("failed"), QStringLiteral("'sending'"),
         rowEventHere(QStringLiteral("announcement_delivery_failed"), QStringLiteral("true"))},
        {QStringLiteral("posted-by-hand"),
         QStringLiteral("'queued', 'retrying', 'sending', 'failed'"),
         rowEventHere(QStringLiteral("announcement_posted_by_hand"),
                      QStringLiteral("e.payload::jsonb ->> 'by' = NEW.settled_by"))},
    };
    QStringList allowed;
    for (const Step &step : all)
        allowed << QStringLiteral("(NEW.state = '%1' AND OLD.state IN (%2)%3)")
                       .arg(step.to, step.from,
                            step.event.isEmpty() ? QString()
                                                 : QStringLiteral(" AND ") + step.event);
    return allowed.join(QStringLiteral(" OR "));
}

} // namespace

QStringList install()
{
    QStringList sql{
        function(
            QStringLiteral("srv_outbox_update() RETURNS trigger"),
            // A sent or hand-posted row never changes: the schema's own guard (outbox_settled,
            // migration 6) refuses that to everybody already.
            QStringLiteral("BEGIN IF NOT srv_bound() THEN RETURN NULL; END IF;"
                           " IF NEW.state IS DISTINCT FROM OLD.state AND NOT (") +
                steps() + QStringLiteral(") THEN ") +
                refuse(QStringLiteral(
                           "'outbox: refused - delivery %s goes from %s to %s only the way War "
                           "Room''s sender or a post by hand takes it, together with the timeline "
                           "event of that step naming the row (for sent, giving the same remote "
                           "id; posted by hand, giving who posted it), in the same transaction, so "
                           "that the board shows what really happened; let War Room record it'"),
                       QStringLiteral("NEW.id, OLD.state, NEW.state")) +
                QStringLiteral(" END IF;"
                               " IF (NEW.remote_id IS DISTINCT FROM OLD.remote_id"
                               "  OR NEW.settled_at IS DISTINCT FROM OLD.settled_at"
                               "  OR NEW.settled_by IS DISTINCT FROM OLD.settled_by)"
                               "  AND NOT (NEW.state IN ('sent', 'posted-by-hand')"
                               "  AND NEW.state IS DISTINCT FROM OLD.state) THEN ") +
                refuse(QStringLiteral("'outbox: refused - the remote id and settlement of "
                                      "delivery %s are written only when it becomes sent or "
                                      "posted by hand, with that step''s event'"),
                       QStringLiteral("NEW.id")) +
                // The bound is the server's clock where every other time is the seat's: a
                // claim's only purpose is to keep other senders off the row for the attempt, so
                // a seat whose clock is behind merely holds it for less, and one ahead by more
                // than the margin cannot claim (it sees the refusal and retries later); without
                // the bound a member could hold a row "sending" for years and nobody would send
                // it. The stored times are milliseconds since the epoch (utctime::toMSecs).
                QStringLiteral(
                    " END IF;"
                    " IF NEW.state = 'sending' AND NEW.claimed_until > round(extract(epoch FROM"
                    "  now()) * 1000) + %1 * 1000 THEN ")
                    .arg(kClaimBoundSecs) +
                refuse(QStringLiteral("'outbox: refused - delivery %s is claimed until %s, more "
                                      "than %s minutes ahead of the server''s clock; War Room''s "
                                      "sender claims a row for five minutes (check the seat''s "
                                      "clock)'"),
                       QStringLiteral("NEW.id, to_timestamp(NEW.claimed_until / 1000.0), %1")
                           .arg(kClaimBoundSecs / 60)) +
                QStringLiteral(" END IF; RETURN NULL; END")),
        function(
            QStringLiteral("srv_outbox_remote_id() RETURNS trigger"),
            QStringLiteral(
                "BEGIN IF NOT srv_bound() THEN RETURN NULL; END IF;"
                " IF NOT EXISTS (SELECT 1 FROM outbox o WHERE o.incident_id = NEW.incident_id"
                "  AND o.destination = NEW.destination AND o.state = 'sent'"
                "  AND o.remote_id = NEW.remote_id AND (o.xmin = pg_current_xact_id()::xid OR"
                "  srv_written_here(o.xmin))) THEN ") +
                refuse(QStringLiteral("'outbox_remote_ids: refused - remote id %s of incident %s "
                                      "at %s is remembered only by the transaction that marks a "
                                      "delivery there sent with that remote id'"),
                       QStringLiteral("NEW.remote_id, NEW.incident_id, NEW.destination")) +
                QStringLiteral(" END IF; RETURN NULL; END")),
    };
    sql += deferredTrigger(QStringLiteral("outbox_srv_update"), QStringLiteral("outbox"),
                           QStringLiteral("UPDATE"), QStringLiteral("srv_outbox_update()"));
    sql += deferredTrigger(QStringLiteral("outbox_remote_ids_srv_new"),
                           QStringLiteral("outbox_remote_ids"), QStringLiteral("INSERT"),
                           QStringLiteral("srv_outbox_remote_id()"));
    return sql;
}

} // namespace warroom::outboxrules
