#pragma once

#include <QString>

#include <memory>

namespace warroom {

class ServerReachability;

// Where the data lives and how long to wait for a busy database.
struct DatabaseConfig
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    // How long a write waits for another writer's lock before giving up with an error.
    int busyTimeoutMs = 5000;
    // PostgreSQL: the server (a URL ServerUrl::parse accepts) and the schema inside its database
    // that holds War Room's tables; the schema is created when missing.
    QString serverUrl;
    QString schema;
    // PostgreSQL: a password given for this run (the password dialog, the desktop keychain); empty
    // lets libpq find it (PGPASSWORD, ~/.pgpass, a service file). Held in memory only: never
    // written to settings, a log or a message.
    QString password;
    // PostgreSQL: whether the server answers, shared by every connection this process opens to it
    // (ServerLink watches it; docs/shared-mode.md, "When the server goes away"). Null: nobody
    // watches, and a statement waits for the server as long as libpq does.
    std::shared_ptr<ServerReachability> reachability;

    static DatabaseConfig sqlite(const QString &path, int busyTimeoutMs = 5000)
    {
        return DatabaseConfig{Backend::Sqlite, path, busyTimeoutMs, {}, {}, {}, {}};
    }
    // A server: warroom --server / warroomctl --server (docs/shared-mode.md).
    static DatabaseConfig postgres(const QString &url, const QString &schema,
                                   int busyTimeoutMs = 5000)
    {
        return DatabaseConfig{Backend::Postgres, {}, busyTimeoutMs, url, schema, {}, {}};
    }
};

// The default SQLite file under QStandardPaths::AppDataLocation, creating the folder if needed.
QString defaultSqlitePath();

} // namespace warroom
