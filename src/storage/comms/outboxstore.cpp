#include "storage/comms/outboxstore.h"

#include "core/base/inputlimits.h"
#include "core/base/utctime.h"
#include "core/comms/commsevents.h"
#include "core/comms/deliveryphrases.h"
#include "storage/comms/commsrecords.h"
#include "storage/db/database.h"
#include "storage/db/storedrow.h"
#include "storage/incidents/incidentstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace warroom {
namespace {

const QString kColumns = QStringLiteral(
    "o.id, o.publication_id, o.incident_id, o.destination, o.recipient, o.idempotency_key,"
    " o.state, o.attempts, o.next_attempt_at, o.last_message, o.remote_id, o.settled_at,"
    " o.settled_by, o.queued_at, p.channel, p.kind, p.title, p.body, o.status_page_status,"
    " o.impact, o.sync_event_id, t.occurred_at, t.payload, o.claimed_by, p.draft_id,"
    " (SELECT COUNT(*) FROM comms_drafts n WHERE n.incident_id = p.incident_id"
    "  AND n.id <= p.draft_id)");

QString clipped(const QString &message)
{
    const QString text = notNullText(message.trimmed());
    return text.size() > OutboxStore::MaxMessageLength
               ? text.left(OutboxStore::MaxMessageLength) + QStringLiteral("…")
               : text;
}

} // namespace

OutboxStore::OutboxStore(IncidentStore &incidents)
    : m_incidents(incidents)
    , m_database(incidents.database())
    , m_clock(incidents.clock())
{
}

Result<QJsonArray> OutboxStore::insertRows(Database &database, const NewRows &rows,
                                           const QDateTime &now)
{
    QJsonArray deliveries;
    for (const DeliveryTarget &target : rows.targets) {
        const QString key = delivery::idempotencyKey(rows.publicationId, rows.sha256, target);
        Result<QSqlQuery> inserted = database.exec(
            QStringLiteral("INSERT INTO outbox (publication_id, incident_id, destination, "
                           "recipient, idempotency_key, state, attempts, next_attempt_at, "
                           "queued_at, status_page_status, impact)"
                           " VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?)"),
            {rows.publicationId, rows.incidentId, destination::id(target.destination),
             notNullText(target.recipient), key, utctime::toMSecs(now), utctime::toMSecs(now),
             notNullText(rows.statusPageStatus), notNullText(rows.impact)});
        if (!inserted)
            return inserted.error();
        QJsonObject d{{QStringLiteral("key"), key},
                      {QStringLiteral("destination"), destination::id(target.destination)}};
        if (!target.recipient.isEmpty())
            d.insert(QStringLiteral("recipient"), target.recipient);
        deliveries.append(d);
    }
    return deliveries;
}

Result<QString> OutboxStore::insertSyncRow(Database &database, qint64 syncEventId,
                                           qint64 incidentId, Destination destination,
                                           const QDateTime &now)
{
    const QString key = delivery::syncIdempotencyKey(syncEventId, destination);
    Result<QSqlQuery> inserted =
        database.exec(QStringLiteral("INSERT INTO outbox (sync_event_id, incident_id, destination, "
                                     "idempotency_key, state, attempts, next_attempt_at, queued_at)"
                                     " VALUES (?, ?, ?, ?, 'queued', 0, ?, ?)"),
                      {syncEventId, incidentId, destination::id(destination), key,
                       utctime::toMSecs(now), utctime::toMSecs(now)});
    if (!inserted)
        return inserted.error();
    return key;
}

Result<QList<OutboxRow>> OutboxStore::load(const QString &where, const QVariantList &values) const
{
    Result<QSqlQuery> q =
        m_database.exec(QStringLiteral("SELECT %1 FROM outbox o"
                                       " LEFT JOIN comms_publications p ON p.id = o.publication_id"
                                       " LEFT JOIN timeline_events t ON t.id = o.sync_event_id"
                                       " WHERE %2 ORDER BY o.id")
                            .arg(kColumns, where),
                        values);
    if (!q)
        return q.error();
    QList<OutboxRow> result;
    while (q.value().next()) {
        const QSqlQuery &s = q.value();
        OutboxRow r;
        r.id = s.value(0).toLongLong();
        r.publicationId = s.value(1).toLongLong();
        r.incidentId = s.value(2).toLongLong();
        StoredRow stored(QStringLiteral("outbox"), r.id);
        stored.decode(QStringLiteral("destination"), s.value(3), destination::fromId,
                      &r.destination);
        r.recipient = s.value(4).toString();
        r.idempotencyKey = s.value(5).toString();
        stored.decode(QStringLiteral("state"), s.value(6), deliverystate::fromId, &r.state);
        if (const auto error = stored.error())
            return *error;
        r.attempts = s.value(7).toInt();
        r.nextAttemptAt = utctime::fromMSecs(s.value(8).toLongLong());
        r.lastMessage = s.value(9).toString();
        r.remoteId = s.value(10).toString();
        if (!s.value(11).isNull())
            r.settledAt = utctime::fromMSecs(s.value(11).toLongLong());
        r.settledBy = s.value(12).toString();
        r.queuedAt = utctime::fromMSecs(s.value(13).toLongLong());
        r.channel = s.value(14).toString();
        r.kind = s.value(15).toString();
        r.title = s.value(16).toString();
        r.body = s.value(17).toString();
        r.statusPageStatus = s.value(18).toString();
        r.impact = s.value(19).toString();
        if (!s.value(20).isNull()) { // a sync: its text is the sync_posted event's
            r.syncEventId = s.value(20).toLongLong();
            r.syncPostedAt = utctime::fromMSecs(s.value(21).toLongLong());
            r.body = QJsonDocument::fromJson(s.value(22).toString().toUtf8())
                         .object()
                         .value(QLatin1String("text"))
                         .toString();
        }
        r.claimedBy = s.value(23).toString();
        r.draftId = s.value(24).toLongLong();
        r.draftNumber = s.value(25).toInt();
        result.append(r);
    }
    return result;
}

Result<QList<OutboxRow>> OutboxStore::rows(std::optional<qint64> incidentId) const
{
    if (incidentId)
        return load(QStringLiteral("o.incident_id = ?"), {*incidentId});
    return load(QStringLiteral("1 = 1"), {});
}

Result<OutboxRow> OutboxStore::row(qint64 id) const
{
    Result<QList<OutboxRow>> found = load(QStringLiteral("o.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{Error::Code::NotFound, tr("No outbox row %1.").arg(id)};
    return found->constFirst();
}

Result<QList<OutboxRow>> OutboxStore::forPublication(qint64 publicationId) const
{
    return load(QStringLiteral("o.publication_id = ?"), {publicationId});
}

Result<void> OutboxStore::record(const OutboxRow &row, const char *kind, QJsonObject extra,
                                 const QString &author)
{
    if (row.syncEventId != 0)
        extra.insert(QStringLiteral("sync_event_id"), row.syncEventId);
    else {
        extra.insert(QStringLiteral("publication_id"), row.publicationId);
        extra.insert(QStringLiteral("draft_id"), row.draftId);
        extra.insert(QStringLiteral("draft_number"), row.draftNumber);
    }
    extra.insert(QStringLiteral("outbox_id"), row.id);
    extra.insert(QStringLiteral("key"), row.idempotencyKey);
    extra.insert(QStringLiteral("destination"), destination::id(row.destination));
    if (!row.recipient.isEmpty())
        extra.insert(QStringLiteral("recipient"), row.recipient);
    Result<qint64> event =
        m_incidents.appendEvent(row.incidentId, QString::fromLatin1(kind), extra, author);
    return event ? Result<void>() : event.error();
}

Result<void> OutboxStore::retry(qint64 id, const QString &author)
{
    if (const QString problem = inputlimits::authorProblem(author);
        author.trimmed().isEmpty() || !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"),
                              problem.isEmpty() ? tr("Say who you are: the retry is recorded "
                                                     "under a name.")
                                                : problem);
    return m_database.inWriteTransaction([&]() -> Result<void> {
        Result<OutboxRow> r = row(id);
        if (!r)
            return r.error();
        if (r->state != DeliveryState::Failed)
            return Error::invalid(QStringLiteral("state"),
                                  tr("%1 Only a failed row is queued again.")
                                      .arg(deliveryphrase::rowState(r->state, id)));
        const qint64 now = utctime::toMSecs(m_clock.nowUtc());
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?,"
                           " claimed_by = '', claimed_until = 0 WHERE id = ? AND state = 'failed'"),
            {now, id});
        if (!updated)
            return updated.error();
        return record(*r, eventkind::AnnouncementDeliveryRequeued,
                      {{QStringLiteral("by"), author.trimmed()}}, author);
    });
}

Result<void> OutboxStore::postByHand(qint64 id, const QString &author)
{
    if (const QString problem = inputlimits::authorProblem(author);
        author.trimmed().isEmpty() || !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"),
                              problem.isEmpty() ? tr("Say who you are: a post by hand is recorded "
                                                     "under the name of who posted it.")
                                                : problem);
    return m_database.inWriteTransaction([&]() -> Result<void> {
        Result<OutboxRow> r = row(id);
        if (!r)
            return r.error();
        const QDateTime now = m_clock.nowUtc();
        if (deliverystate::isSettled(r->state))
            return Error::invalid(
                QStringLiteral("state"),
                tr("%1 Nothing is left to post.").arg(deliveryphrase::rowState(r->state, id)));
        Result<QSqlQuery> held =
            m_database.exec(QStringLiteral("SELECT claimed_until FROM outbox WHERE id = ?"), {id});
        if (!held)
            return held.error();
        if (r->state == DeliveryState::Sending && held.value().next() &&
            held.value().value(0).toLongLong() > utctime::toMSecs(now))
            return Error::invalid(
                QStringLiteral("state"),
                tr("Outbox row %1 is being sent right now; wait for the attempt to end, so the "
                   "message does not go out twice.")
                    .arg(id));
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral("UPDATE outbox SET state = 'posted-by-hand', settled_at = ?,"
                           " settled_by = ?, claimed_by = '', claimed_until = 0 WHERE id = ?"),
            {utctime::toMSecs(now), author.trimmed(), id});
        if (!updated)
            return updated.error();
        return record(*r, eventkind::AnnouncementPostedByHand,
                      {{QStringLiteral("by"), author.trimmed()}}, author);
    });
}

Result<QList<OutboxRow>> OutboxStore::due(const QDateTime &now)
{
    const qint64 at = utctime::toMSecs(now);
    return load(QStringLiteral("(o.state IN ('queued', 'retrying') AND o.next_attempt_at <= ?)"
                               " OR (o.state = 'sending' AND o.claimed_until <= ?)"),
                {at, at});
}

Result<QDateTime> OutboxStore::nextDueAfter(const QDateTime &now)
{
    const qint64 at = utctime::toMSecs(now);
    Result<QSqlQuery> q = m_database.exec(
        QStringLiteral("SELECT MIN(CASE WHEN state = 'sending' THEN claimed_until"
                       " ELSE next_attempt_at END) FROM outbox"
                       " WHERE (state IN ('queued', 'retrying') AND next_attempt_at > ?)"
                       " OR (state = 'sending' AND claimed_until > ?)"),
        {at, at});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return QDateTime();
    return utctime::fromMSecs(q.value().value(0).toLongLong());
}

Result<OutboxRow> OutboxStore::claim(qint64 id, const QString &claimant, const QDateTime &now,
                                     const QDateTime &claimUntil)
{
    OutboxRow claimedRow;
    Result<void> done = m_database.inWriteTransaction([&]() -> Result<void> {
        const qint64 at = utctime::toMSecs(now);
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1,"
                           " claimed_by = ?, claimed_until = ? WHERE id = ? AND"
                           " ((state IN ('queued', 'retrying') AND next_attempt_at <= ?)"
                           "  OR (state = 'sending' AND claimed_until <= ?))"),
            {claimant, utctime::toMSecs(claimUntil), id, at, at});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return Error::invalid(
                QStringLiteral("state"),
                tr("Outbox row %1 is not due or was taken by another sender.").arg(id));
        Result<OutboxRow> r = row(id);
        if (!r)
            return r.error();
        claimedRow = *r;
        return {};
    });
    if (!done)
        return done.error();
    return claimedRow;
}

Result<QList<OutboxRow>> OutboxStore::sending()
{
    return load(QStringLiteral("o.state = 'sending'"), {});
}

Result<void> OutboxStore::releaseAbandoned(qint64 id, const QString &goneClaimant,
                                           const QString &why)
{
    return m_database.inWriteTransaction([&]() -> Result<void> {
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?,"
                           " last_message = ?, claimed_by = '', claimed_until = 0"
                           " WHERE id = ? AND state = 'sending' AND claimed_by = ?"),
            {utctime::toMSecs(m_clock.nowUtc()), clipped(why), id, goneClaimant});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return Error::invalid(
                QStringLiteral("state"),
                tr("Outbox row %1 is no longer held by %2.").arg(id).arg(goneClaimant));
        return {};
    });
}

Result<OutboxRow> OutboxStore::claimed(qint64 id, const QString &claimant) const
{
    Result<QSqlQuery> q = m_database.exec(
        QStringLiteral("SELECT claimed_by FROM outbox WHERE id = ? AND state = 'sending'"), {id});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).toString() != claimant)
        return Error::invalid(QStringLiteral("state"),
                              tr("Outbox row %1 is no longer claimed by this sender; its outcome "
                                 "is not recorded.")
                                  .arg(id));
    return row(id);
}

Result<void> OutboxStore::markSent(qint64 id, const QString &claimant, const QString &remoteId,
                                   const QString &message)
{
    return m_database.inWriteTransaction([&]() -> Result<void> {
        Result<OutboxRow> r = claimed(id, claimant);
        if (!r)
            return r.error();
        const qint64 now = utctime::toMSecs(m_clock.nowUtc());
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral("UPDATE outbox SET state = 'sent', settled_at = ?, remote_id = ?,"
                           " last_message = ?, claimed_by = '', claimed_until = 0 WHERE id = ?"),
            {now, notNullText(remoteId.trimmed()), clipped(message), id});
        if (!updated)
            return updated.error();
        if (!remoteId.trimmed().isEmpty()) {
            // The first remote id of an incident at a destination is the one later rows update.
            Result<QSqlQuery> remembered = m_database.exec(
                // ON CONFLICT ... DO NOTHING: SQLite 3.24+ and PostgreSQL alike.
                QStringLiteral("INSERT INTO outbox_remote_ids (incident_id, destination, "
                               "remote_id, recorded_at) VALUES (?, ?, ?, ?)"
                               " ON CONFLICT (incident_id, destination) DO NOTHING"),
                {r->incidentId, destination::id(r->destination), remoteId.trimmed(), now});
            if (!remembered)
                return remembered.error();
        }
        return record(*r, eventkind::AnnouncementDelivered,
                      {{QStringLiteral("remote_id"), remoteId.trimmed()},
                       {QStringLiteral("message"), clipped(message)}},
                      m_senderAuthor);
    });
}

Result<void> OutboxStore::markRetry(qint64 id, const QString &claimant, const QDateTime &next,
                                    const QString &message)
{
    return m_database.inWriteTransaction([&]() -> Result<void> {
        Result<OutboxRow> r = claimed(id, claimant);
        if (!r)
            return r.error();
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral("UPDATE outbox SET state = 'retrying', next_attempt_at = ?,"
                           " last_message = ?, claimed_by = '', claimed_until = 0 WHERE id = ?"),
            {utctime::toMSecs(next), clipped(message), id});
        if (!updated)
            return updated.error();
        // The board learns of the first failure; later ones stay in the outbox (the timeline is
        // not a retry log).
        if (r->attempts != 1)
            return {};
        return record(*r, eventkind::AnnouncementDeliveryRetrying,
                      {{QStringLiteral("message"), clipped(message)},
                       {QStringLiteral("next_attempt_at"), utctime::toIso(next)}},
                      m_senderAuthor);
    });
}

Result<void> OutboxStore::markFailed(qint64 id, const QString &claimant, const QString &message)
{
    return m_database.inWriteTransaction([&]() -> Result<void> {
        Result<OutboxRow> r = claimed(id, claimant);
        if (!r)
            return r.error();
        Result<QSqlQuery> updated =
            m_database.exec(QStringLiteral("UPDATE outbox SET state = 'failed', last_message = ?,"
                                           " claimed_by = '', claimed_until = 0 WHERE id = ?"),
                            {clipped(message), id});
        if (!updated)
            return updated.error();
        return record(*r, eventkind::AnnouncementDeliveryFailed,
                      {{QStringLiteral("message"), clipped(message)}}, m_senderAuthor);
    });
}

Result<QString> OutboxStore::remoteIdFor(qint64 incidentId, Destination destination)
{
    Result<QSqlQuery> q = m_database.exec(
        QStringLiteral("SELECT remote_id FROM outbox_remote_ids WHERE incident_id = ? AND "
                       "destination = ?"),
        {incidentId, destination::id(destination)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace warroom
