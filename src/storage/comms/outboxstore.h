#pragma once

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/comms/outboxqueue.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace warroom {

class Database;
class IncidentStore;

// The outbox (docs/outbox.md, schema versions 6 and 8): one row per publication or sync,
// destination and recipient. Publishing writes the rows (insertRows, in the publication's
// transaction); a sender works them through the OutboxQueue interface; people retry failed rows and
// record posts by hand. Every change that matters to the board (delivered, posted by hand, failed,
// retrying, queued again) is a timeline event written in the same transaction as the row.
class OutboxStore final : public OutboxQueue
{
    Q_DECLARE_TR_FUNCTIONS(warroom::OutboxStore)

public:
    // The author of the events the sender writes (delivered, failed, retrying) on an SQLite file.
    // On a server they name the person the sender's login is mapped to (setSenderAuthor): the
    // server's rule (a) has every event name its login's own person.
    static constexpr auto SenderAuthor = "outbox";
    void setSenderAuthor(const QString &name) { m_senderAuthor = name; }
    const QString &senderAuthor() const { return m_senderAuthor; }

    // Works over `incidents`' connection and clock.
    explicit OutboxStore(IncidentStore &incidents);

    // Inserts one queued row per target for a publication; called inside the publication's
    // write transaction. Returns the "deliveries" list of the publication event.
    struct NewRows
    {
        qint64 publicationId = 0;
        qint64 incidentId = 0;
        QString sha256;
        QString statusPageStatus;
        QString impact;
        QList<DeliveryTarget> targets;
    };
    static Result<QJsonArray> insertRows(Database &database, const NewRows &rows,
                                         const QDateTime &now);

    // Inserts the queued row that carries a sync (its sync_posted event) to `destination`;
    // called inside the sync's write transaction. Returns the row's idempotency key.
    static Result<QString> insertSyncRow(Database &database, qint64 syncEventId, qint64 incidentId,
                                         Destination destination, const QDateTime &now);

    // Every row, or the incident's, in id order.
    Result<QList<OutboxRow>> rows(std::optional<qint64> incidentId = std::nullopt) const;
    Result<OutboxRow> row(qint64 id) const;
    Result<QList<OutboxRow>> forPublication(qint64 publicationId) const;

    // A failed row queued again, due now, its attempts counted afresh.
    Result<void> retry(qint64 id, const QString &author);
    // Someone posted the row's text themselves: settled, recorded under their name. Refused for
    // a row being sent right now and for a settled one.
    Result<void> postByHand(qint64 id, const QString &author);

    // OutboxQueue
    Result<QList<OutboxRow>> due(const QDateTime &now) override;
    Result<QDateTime> nextDueAfter(const QDateTime &now) override;
    Result<OutboxRow> claim(qint64 id, const QString &claimant, const QDateTime &now,
                            const QDateTime &claimUntil) override;
    Result<QList<OutboxRow>> sending() override;
    Result<void> releaseAbandoned(qint64 id, const QString &goneClaimant,
                                  const QString &why) override;
    Result<void> markSent(qint64 id, const QString &claimant, const QString &remoteId,
                          const QString &message) override;
    Result<void> markRetry(qint64 id, const QString &claimant, const QDateTime &next,
                           const QString &message) override;
    Result<void> markFailed(qint64 id, const QString &claimant, const QString &message) override;
    Result<QString> remoteIdFor(qint64 incidentId, Destination destination) override;

    static constexpr int MaxMessageLength = 2000;

private:
    Result<QList<OutboxRow>> load(const QString &where, const QVariantList &values) const;
    // The row, which the claimant must hold as "sending"; inside a transaction.
    Result<OutboxRow> claimed(qint64 id, const QString &claimant) const;
    Result<void> record(const OutboxRow &row, const char *kind, QJsonObject extra,
                        const QString &author);

    QString m_senderAuthor = QString::fromLatin1(SenderAuthor);

    IncidentStore &m_incidents;
    Database &m_database;
    const Clock &m_clock;
};

} // namespace warroom
