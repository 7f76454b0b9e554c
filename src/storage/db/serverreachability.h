#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

struct pg_conn;

namespace warroom {

// Whether this process may use the war room's server now, shared by every connection the
// process opens to it (the window's, the outbox sender's, background readers') through
// DatabaseConfig::reachability, and by the server watch (ServerProbe) that decides it.
//
// While the server is unreachable, Database refuses every statement at once with the reason
// (Error::Code::Offline) instead of waiting on a server that does not answer, and going offline
// cuts every connection enrolled here, so that a statement already waiting fails at once too.
// Thread-safe.
class ServerReachability final
{
public:
    ServerReachability() = default;
    Q_DISABLE_COPY_MOVE(ServerReachability)

    bool isOffline() const;
    // Why the server is unreachable (a sentence); empty while it is reachable.
    QString offlineReason() const;

    // Marks the server unreachable and cuts every enrolled connection (pgconnection::cut).
    void goOffline(const QString &reason);
    void goOnline();

    // A connection to cut when the server goes offline; enrol() returns the token withdraw()
    // takes. Call both on the thread that owns the connection. enrol() keeps a duplicate of the
    // connection's socket (dup), so that a cut never reaches another socket that happens to get
    // the same number after libpq closed its own; withdraw() closes the duplicate.
    quint64 enrol(pg_conn *connection);
    // How many times the server went offline: a connection enrolled before the last time was cut
    // and must be opened again before its next statement.
    quint64 outages() const;
    void withdraw(quint64 token);

private:
    mutable QMutex m_mutex;
    QString m_reason;
    QHash<quint64, int> m_sockets; // the duplicates
    quint64 m_nextToken = 1;
    quint64 m_outages = 0;
};

} // namespace warroom
