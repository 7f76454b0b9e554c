#pragma once

#include <QString>

namespace warroom {

// Where the data lives and how long to wait for a busy database.
struct DatabaseConfig
{
    enum class Backend { Sqlite };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    // How long a write waits for another writer's lock before giving up with an error.
    int busyTimeoutMs = 5000;

    static DatabaseConfig sqlite(const QString &path, int busyTimeoutMs = 5000)
    {
        return DatabaseConfig{Backend::Sqlite, path, busyTimeoutMs};
    }
};

// The default SQLite file under QStandardPaths::AppDataLocation, creating the folder if needed.
QString defaultSqlitePath();

} // namespace warroom
