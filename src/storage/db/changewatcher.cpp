#include "storage/db/changewatcher.h"

#include "storage/db/database.h"

namespace warroom {

ChangeWatcher::ChangeWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::checkNow);
}

void ChangeWatcher::start()
{
    QSqlDatabase db = m_database.connection();
    m_lastVersion = m_database.dialect().dataVersion(db);
    m_timer.start();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

void ChangeWatcher::checkNow()
{
    QSqlDatabase db = m_database.connection();
    const std::optional<qint64> version = m_database.dialect().dataVersion(db);
    if (!version)
        return;
    if (m_lastVersion && *version != *m_lastVersion) {
        m_lastVersion = version;
        emit changed();
        return;
    }
    m_lastVersion = version;
}

} // namespace warroom
