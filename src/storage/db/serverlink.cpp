#include "storage/db/serverlink.h"

#include "storage/db/postgresdialect.h"
#include "storage/db/serverreachability.h"

namespace warroom {

ServerLink::ServerLink(const DatabaseConfig &config, LinkTiming timing,
                       std::function<Result<void>()> reconnect, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_location(PostgresDialect().describeLocation(config))
    , m_reconnect(std::move(reconnect))
{
    Q_ASSERT(m_config.reachability);
    m_thread.setObjectName(QStringLiteral("warroom-server-watch"));
    m_probe = new ServerProbe(m_config, timing);
    m_probe->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &ServerProbe::answered, this, &ServerLink::heard);
    connect(m_probe, &ServerProbe::wentOffline, this, &ServerLink::offline);
    connect(m_probe, &ServerProbe::retryingIn, this, &ServerLink::retryingIn);
    connect(m_probe, &ServerProbe::reachable, this, &ServerLink::serverAnswers);
}

ServerLink::~ServerLink()
{
    // The probe may be waiting for a connection (at most libpq's connect_timeout) or an answer
    // (at most answerWithinMs); it stops at the end of that.
    QMetaObject::invokeMethod(m_probe, &ServerProbe::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ServerLink::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_probe, &ServerProbe::start, Qt::QueuedConnection);
}

void ServerLink::retryNow()
{
    QMetaObject::invokeMethod(m_probe, &ServerProbe::retryNow, Qt::QueuedConnection);
}

void ServerLink::reportLost(const QString &reason)
{
    if (isOffline())
        return;
    m_config.reachability->goOffline(reason);
    QMetaObject::invokeMethod(
        this, [this, reason] { emit offline(reason); }, Qt::QueuedConnection);
}

bool ServerLink::isOffline() const
{
    return m_config.reachability->isOffline();
}

QString ServerLink::offlineReason() const
{
    return m_config.reachability->offlineReason();
}

void ServerLink::serverAnswers()
{
    if (!isOffline())
        return;
    if (m_reconnect) {
        if (Result<void> reopened = m_reconnect(); !reopened) {
            // Still offline: the probe says reachable() again at its next answer.
            return;
        }
    }
    m_config.reachability->goOnline();
    emit online();
}

} // namespace warroom
