#include "storage/db/serverprobe.h"

#include "storage/db/pgconnection.h"
#include "storage/db/postgresdialect.h"
#include "storage/db/serverreachability.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace warroom {

ServerProbe::ServerProbe(DatabaseConfig config, LinkTiming timing)
    : m_config(std::move(config))
    , m_timing(timing)
    , m_connectionName(QStringLiteral("warroom-probe-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServerProbe::~ServerProbe()
{
    closeConnection();
}

void ServerProbe::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ServerProbe::check);
    }
    check();
}

void ServerProbe::stop()
{
    if (m_timer)
        m_timer->stop();
    closeConnection();
}

void ServerProbe::retryNow()
{
    if (!m_timer || !m_config.reachability->isOffline())
        return;
    m_timer->stop();
    check();
}

bool ServerProbe::connected()
{
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid() && db.isOpen() && !pgconnection::isBroken(db))
            return true;
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
            PostgresDialect().applyReadOnlyConnectOptions(db, m_config);
            // Connecting to a paused server waits for libpq's connect_timeout: the shortest it
            // allows (2 s) here, so that the watch hears of it about as soon as by a ping.
            db.setConnectOptions(db.connectOptions() + QStringLiteral(";connect_timeout=2"));
        }
        db.close();
        // Bounded by libpq's connect_timeout (PostgresDialect).
        if (db.open())
            return true;
        why = db.lastError().text().trimmed();
    }
    offline(why.isEmpty() ? tr("cannot connect") : why);
    return false;
}

void ServerProbe::check()
{
    if (!connected())
        return;
    const pgconnection::Ping ping =
        pgconnection::ping(pgconnection::handle(QSqlDatabase::database(m_connectionName, false)),
                           m_timing.answerWithinMs);
    switch (ping.outcome) {
    case pgconnection::Ping::Outcome::Answered:
        m_retryMs = 0;
        emit answered();
        if (m_config.reachability->isOffline())
            emit reachable();
        m_timer->start(m_timing.pingEveryMs);
        return;
    case pgconnection::Ping::Outcome::Silent:
        offline(tr("no answer for %n s", nullptr, (m_timing.answerWithinMs + 999) / 1000));
        return;
    case pgconnection::Ping::Outcome::Failed:
        offline(ping.detail);
        return;
    }
}

void ServerProbe::offline(const QString &reason)
{
    closeConnection();
    // Every time, not only the first: a connection the owner opened again meanwhile (it was
    // reconnecting when the server stopped again) is cut too.
    const bool wasOffline = m_config.reachability->isOffline();
    m_config.reachability->goOffline(wasOffline ? m_config.reachability->offlineReason() : reason);
    if (!wasOffline)
        emit wentOffline(reason);
    m_retryMs = m_retryMs == 0 ? m_timing.firstRetryMs : qMin(m_retryMs * 2, m_timing.maxRetryMs);
    emit retryingIn(m_retryMs);
    m_timer->start(m_retryMs);
}

void ServerProbe::closeConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.isValid())
            return;
        // A connection left waiting for an answer is cut first: closing it would wait.
        pgconnection::cut(pgconnection::handle(db));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace warroom
