#include "storage/db/pollingchangesignal.h"

#include "storage/db/database.h"

namespace warroom {

PollingChangeSignal::PollingChangeSignal(const Database &database, int intervalMs, QObject *parent)
    : ChangeSignal(parent)
    , m_database(database)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PollingChangeSignal::checkNow);
}

Result<void> PollingChangeSignal::start()
{
    QSqlDatabase db = m_database.connection();
    m_lastVersion = m_database.dialect().dataVersion(db);
    m_timer.start();
    return {};
}

void PollingChangeSignal::stop()
{
    m_timer.stop();
}

void PollingChangeSignal::checkNow()
{
    QSqlDatabase db = m_database.connection();
    const std::optional<qint64> version = m_database.dialect().dataVersion(db);
    if (!version)
        return;
    const bool moved = m_lastVersion && *version != *m_lastVersion;
    m_lastVersion = version;
    if (moved)
        emit changed(ChangedTables::everything());
}

} // namespace warroom
