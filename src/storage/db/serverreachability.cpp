#include "storage/db/serverreachability.h"

#include "storage/db/pgconnection.h"

namespace warroom {

bool ServerReachability::isOffline() const
{
    const QMutexLocker lock(&m_mutex);
    return !m_reason.isEmpty();
}

QString ServerReachability::offlineReason() const
{
    const QMutexLocker lock(&m_mutex);
    return m_reason;
}

void ServerReachability::goOffline(const QString &reason)
{
    const QMutexLocker lock(&m_mutex);
    m_reason = reason.isEmpty() ? QStringLiteral("unreachable") : reason;
    ++m_outages;
    // Under the lock: an owner closing its connection waits in withdraw() until the cut is done,
    // so a connection is never cut after it was freed.
    for (pg_conn *connection : std::as_const(m_connections))
        pgconnection::cut(connection);
}

quint64 ServerReachability::outages() const
{
    const QMutexLocker lock(&m_mutex);
    return m_outages;
}

void ServerReachability::goOnline()
{
    const QMutexLocker lock(&m_mutex);
    m_reason.clear();
}

quint64 ServerReachability::enrol(pg_conn *connection)
{
    if (!connection)
        return 0;
    const QMutexLocker lock(&m_mutex);
    const quint64 token = m_nextToken++;
    m_connections.insert(token, connection);
    return token;
}

void ServerReachability::withdraw(quint64 token)
{
    const QMutexLocker lock(&m_mutex);
    m_connections.remove(token);
}

} // namespace warroom
