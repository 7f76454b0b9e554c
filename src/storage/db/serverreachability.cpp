#include "storage/db/serverreachability.h"

#include "storage/db/pgconnection.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

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
    // Shutting a duplicate down shuts the socket itself down, for libpq too.
    for (int socket : std::as_const(m_sockets))
        ::shutdown(socket, SHUT_RDWR);
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
    const int socket = pgconnection::socket(connection);
    if (socket < 0)
        return 0;
    // Close-on-exec: a program War Room starts does not inherit it.
    const int duplicate = ::fcntl(socket, F_DUPFD_CLOEXEC, 0);
    if (duplicate < 0)
        return 0;
    const QMutexLocker lock(&m_mutex);
    const quint64 token = m_nextToken++;
    m_sockets.insert(token, duplicate);
    return token;
}

void ServerReachability::withdraw(quint64 token)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto found = m_sockets.constFind(token); found != m_sockets.cend()) {
        ::close(found.value());
        m_sockets.erase(found);
    }
}

} // namespace warroom
