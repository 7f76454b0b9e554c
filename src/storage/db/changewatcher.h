#pragma once

#include <QObject>
#include <QTimer>

#include <optional>

namespace warroom {

class Database;

// Notices commits made by other connections (another warroom window, warroomctl in a script)
// by polling the dialect's cheap change counter (SQLite: PRAGMA data_version), and says so.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database &database, int intervalMs = 500, QObject *parent = nullptr);

    void start();
    void stop();

public slots:
    // Checks once, now. Emits changed() when another connection committed since the last check.
    void checkNow();

signals:
    void changed();

private:
    Database &m_database;
    QTimer m_timer;
    std::optional<qint64> m_lastVersion;
};

} // namespace warroom
