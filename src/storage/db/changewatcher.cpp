#include "storage/db/changewatcher.h"

#include "storage/db/appbackend.h"
#include "storage/db/database.h"

namespace warroom {

ChangeWatcher::ChangeWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_signal(database.dialect().createChangeSignal(database, intervalMs))
{
    if (!m_signal)
        return;
    connect(m_signal.get(), &ChangeSignal::changed, this, [this](const ChangedTables &changes) {
        emit tablesChanged(changes);
        emit changed();
    });
}

ChangeWatcher::~ChangeWatcher() = default;

Result<void> ChangeWatcher::start()
{
    if (Result<void> usable = checkApplicationBackend(m_signal.get(), m_database.location());
        !usable)
        return usable.error();
    return m_signal->start();
}

void ChangeWatcher::stop()
{
    if (m_signal)
        m_signal->stop();
}

void ChangeWatcher::checkNow()
{
    if (m_signal)
        m_signal->checkNow();
}

} // namespace warroom
