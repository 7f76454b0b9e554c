#include "storage/db/notifychangesignal.h"

#include "storage/db/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace warroom {

NotifyChangeSignal::NotifyChangeSignal(const Database &database, QString channel, int coalesceMs,
                                       QObject *parent)
    : ChangeSignal(parent)
    , m_database(database)
    , m_channel(std::move(channel))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &NotifyChangeSignal::flush);
}

NotifyChangeSignal::~NotifyChangeSignal()
{
    stop();
}

Result<void> NotifyChangeSignal::start()
{
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver->subscribedToNotifications().contains(m_channel) &&
        !driver->subscribeToNotification(m_channel))
        return Error{Error::Code::Storage,
                     tr("%1: cannot listen for other seats' changes (LISTEN %2 failed: %3). "
                        "Check that the server is reachable and try again.")
                         .arg(m_database.location(), m_channel, driver->lastError().text())};
    if (!m_connection)
        m_connection =
            connect(driver, &QSqlDriver::notification, this, &NotifyChangeSignal::received);
    return {};
}

void NotifyChangeSignal::stop()
{
    m_coalesce.stop();
    m_pending = {};
    if (!m_connection)
        return;
    disconnect(m_connection);
    m_connection = {};
    QSqlDatabase db = m_database.connection();
    if (db.isOpen())
        db.driver()->unsubscribeFromNotification(m_channel);
}

void NotifyChangeSignal::received(const QString &name, QSqlDriver::NotificationSource source,
                                  const QVariant &payload)
{
    if (name != m_channel || source == QSqlDriver::SelfSource)
        return;
    // A payload that does not name a table (sent by hand, by another program): anything may
    // have changed.
    const QJsonObject object = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString table = object.value(QLatin1String("table")).toString();
    if (table.isEmpty())
        m_pending.anything = true;
    else
        m_pending.tables.insert(table);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void NotifyChangeSignal::flush()
{
    if (m_pending.isEmpty())
        return;
    const ChangedTables changes = std::exchange(m_pending, {});
    emit changed(changes);
}

} // namespace warroom
