#pragma once

#include <QtGlobal>

namespace warroom {

class Database;

// Holds a read transaction for its lifetime, so that output assembled from several queries
// (an incident, its status history, its timeline, later sections) describes one moment even
// while the GUI or another warroomctl writes. Readers do not block writers in WAL mode.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Database &database);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    // False when no read transaction could be started: the driver has none, or a transaction is
    // already open on the connection (a writer's, not yet committed).
    bool isOpen() const { return m_open; }

private:
    Database &m_database;
    bool m_open = false;
};

} // namespace warroom
