#include "storage/comms/outboxconnection.h"

#include "storage/comms/outboxstore.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/server/sharedidentity.h"

namespace warroom {

Result<std::unique_ptr<OutboxConnection>> OutboxConnection::open(const DatabaseConfig &config,
                                                                 const Clock &clock)
{
    Result<std::unique_ptr<Database>> database = Database::open(config, clock);
    if (!database)
        return database.error();
    std::unique_ptr<OutboxConnection> connection(
        new OutboxConnection(std::move(database).value(), clock));
    // On a server the sender's events name its login's person, as the server's rules demand;
    // a login mapped to nobody (the owner's) keeps the sender's own name.
    if (config.backend == DatabaseConfig::Backend::Postgres) {
        if (Result<SharedIdentity> identity = SharedIdentity::resolve(*connection->m_database))
            connection->m_outbox->setSenderAuthor(identity.value().name);
    }
    return connection;
}

OutboxConnection::OutboxConnection(std::unique_ptr<Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_incidents(std::make_unique<IncidentStore>(*m_database, clock))
    , m_outbox(std::make_unique<OutboxStore>(*m_incidents))
{
}

OutboxConnection::~OutboxConnection() = default;

Result<QList<OutboxRow>> OutboxConnection::due(const QDateTime &now)
{
    return m_outbox->due(now);
}

Result<QDateTime> OutboxConnection::nextDueAfter(const QDateTime &now)
{
    return m_outbox->nextDueAfter(now);
}

Result<OutboxRow> OutboxConnection::claim(qint64 id, const QString &claimant, const QDateTime &now,
                                          const QDateTime &claimUntil)
{
    return m_outbox->claim(id, claimant, now, claimUntil);
}

Result<QList<OutboxRow>> OutboxConnection::sending()
{
    return m_outbox->sending();
}

Result<void> OutboxConnection::releaseAbandoned(qint64 id, const QString &goneClaimant,
                                                const QString &why)
{
    return m_outbox->releaseAbandoned(id, goneClaimant, why);
}

Result<void> OutboxConnection::markSent(qint64 id, const QString &claimant, const QString &remoteId,
                                        const QString &message)
{
    return m_outbox->markSent(id, claimant, remoteId, message);
}

Result<void> OutboxConnection::markRetry(qint64 id, const QString &claimant, const QDateTime &next,
                                         const QString &message)
{
    return m_outbox->markRetry(id, claimant, next, message);
}

Result<void> OutboxConnection::markFailed(qint64 id, const QString &claimant,
                                          const QString &message)
{
    return m_outbox->markFailed(id, claimant, message);
}

Result<QString> OutboxConnection::remoteIdFor(qint64 incidentId, Destination destination)
{
    return m_outbox->remoteIdFor(incidentId, destination);
}

} // namespace warroom
