#pragma once

#include "core/base/result.h"
#include "storage/db/databaseconfig.h"
#include "storage/db/serverprobe.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace warroom {

// The server watch of one process (docs/shared-mode.md, "When the server goes away"): runs a
// ServerProbe on a thread of its own and tells the thread that owns this object what it finds.
// When the server stops answering, every connection of the process is cut and refused
// (ServerReachability) and offline() is emitted; when it answers again, the reconnect step
// given (reopen the owner's connection, LISTEN again) runs on this thread, and only when it
// succeeds is the server marked reachable and online() emitted, so that nothing reads through a
// connection not yet reopened.
class ServerLink final : public QObject
{
    Q_OBJECT
public:
    // config.reachability must be set: the connections to cut and refuse are the ones opened with
    // it.
    ServerLink(const DatabaseConfig &config, LinkTiming timing,
               std::function<Result<void>()> reconnect = {}, QObject *parent = nullptr);
    ~ServerLink() override;
    Q_DISABLE_COPY_MOVE(ServerLink)

    void start();
    // Offline: tries to reach the server now rather than at the next retry ("Try now").
    void retryNow();
    // The owner's own connection was lost while the server still answers the watch (the server
    // ended that session, an idle timeout, a network reset): offline as if the server had
    // stopped answering, so that it is opened again, listens again and reads everything again.
    // offline() is emitted from the event loop, not from within this call.
    void reportLost(const QString &reason);
    bool isOffline() const;
    QString offlineReason() const;
    QString location() const { return m_location; }

signals:
    // The server answered the watch's ping (every LinkTiming::pingEveryMs while it is there).
    void heard();
    void offline(const QString &reason);
    void retryingIn(int milliseconds);
    void online();

private:
    void serverAnswers();

    const DatabaseConfig m_config;
    const QString m_location;
    std::function<Result<void>()> m_reconnect;
    QThread m_thread;
    ServerProbe *m_probe = nullptr;
};

} // namespace warroom
