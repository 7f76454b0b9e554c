#pragma once

#include "storage/db/databaseconfig.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace warroom {

class ServerReachability;

// How often the server watch asks the server whether it is there, and how long it waits.
struct LinkTiming
{
    int pingEveryMs = 1000;
    // No answer within this: the server is offline (a paused server, a dead network). With the
    // ping interval, the war room hears of it within pingEveryMs + answerWithinMs.
    int answerWithinMs = 2500;
    // Reconnecting: the first retry after this, then twice as long each time, up to maxRetryMs.
    int firstRetryMs = 1000;
    int maxRetryMs = 15000;
};

// The server watch's worker, on a thread of its own (ServerLink starts it there): a connection of
// its own that runs SELECT 1 every pingEveryMs and never waits longer than answerWithinMs for the
// answer (pgconnection::ping), so it notices a server that stopped answering, which a waiting
// statement never does. Then it marks the ServerReachability offline (which cuts every connection
// waiting on the server) and tries to connect again with growing pauses; once the server answers
// again it says reachable(). It never marks the server online itself: the owner does that after
// reopening its own connections (ServerLink).
class ServerProbe final : public QObject
{
    Q_OBJECT
public:
    ServerProbe(DatabaseConfig config, LinkTiming timing);
    ~ServerProbe() override;

public slots:
    void start();
    void stop();
    // Offline: tries to reach the server now instead of at the next retry.
    void retryNow();

signals:
    // The server answered a ping.
    void answered();
    void wentOffline(const QString &reason);
    // Offline, the next attempt to reach the server is in this many milliseconds.
    void retryingIn(int milliseconds);
    // Offline, the server answered again.
    void reachable();

private:
    void check();
    bool connected();
    void offline(const QString &reason);
    void closeConnection();

    const DatabaseConfig m_config;
    const LinkTiming m_timing;
    const QString m_connectionName;
    QTimer *m_timer = nullptr;
    int m_retryMs = 0;
};

} // namespace warroom
