#include "storage/db/readsnapshot.h"

#include "storage/db/database.h"

namespace warroom {

ReadSnapshot::ReadSnapshot(Database &database)
    : m_database(database)
{
    // If the driver cannot start one, the reads still work, only without the single snapshot.
    // Offline (or a dropped connection that cannot be opened again): no snapshot; the reads
    // themselves report why.
    m_open = m_database.readyForStatement() && m_database.connection().transaction();
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written: rolling back just releases the snapshot.
    if (m_open)
        m_database.connection().rollback();
}

} // namespace warroom
