#pragma once

#include "core/base/clock.h"
#include "core/comms/outboxqueue.h"
#include "storage/db/databaseconfig.h"

#include <memory>

namespace warroom {

class Database;
class IncidentStore;
class OutboxStore;

// The outbox over a database connection of its own: what a sender on another thread (the GUI's
// OutboxWorker) works through. Open it on the thread that will use it; a Qt SQL connection
// belongs to the thread that opened it.
class OutboxConnection final : public OutboxQueue
{
public:
    static Result<std::unique_ptr<OutboxConnection>> open(const DatabaseConfig &config,
                                                          const Clock &clock);
    ~OutboxConnection() override;
    Q_DISABLE_COPY_MOVE(OutboxConnection)

    OutboxStore &store() const { return *m_outbox; }

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

private:
    OutboxConnection(std::unique_ptr<Database> database, const Clock &clock);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<OutboxStore> m_outbox;
};

} // namespace warroom
