#pragma once

#include "core/base/result.h"
#include "storage/db/changesignal.h"

#include <QObject>

#include <memory>

namespace warroom {

class Database;

// Notices commits made by other connections (another warroom window or seat, warroomctl in a
// script) through the dialect's change signal (SqlDialect::createChangeSignal: SQLite polls
// PRAGMA data_version every intervalMs; PostgreSQL listens for the NOTIFY its triggers send), and
// says so.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database &database, int intervalMs = 500, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // An Error when the dialect has no change signal (checkApplicationBackend) or the database
    // refuses to start it.
    Result<void> start();
    void stop();

public slots:
    // Checks once, now, where the signal is polled. Emits changed() when another connection
    // committed since the last check.
    void checkNow();

signals:
    // Which tables other connections changed (anything, where the signal cannot say).
    void tablesChanged(const warroom::ChangedTables &changes);
    // After tablesChanged: something changed.
    void changed();

private:
    Database &m_database;
    std::unique_ptr<ChangeSignal> m_signal;
};

} // namespace warroom
