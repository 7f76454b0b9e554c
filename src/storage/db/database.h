#pragma once

#include "core/base/result.h"
#include "storage/db/databaseconfig.h"
#include "storage/db/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace warroom {

class Clock;

// One open, validated, migrated database connection under its own connection name.
class Database final
{
public:
    // Checks the location cheaply without writing to it (a regular, readable, writable file with
    // an SQLite header, or a new name), creates a missing file owner-only, opens it read-write
    // (SQLite recovers a hot journal or WAL left by a crash), refuses another program's database
    // and a newer or impossible schema version before writing anything, configures the session and
    // brings the schema up to date. There is no full-file check here (see checkIntegrity()):
    // damage elsewhere in the file is reported when a read meets it. On any problem returns an
    // Error naming the location.
    // `clock` stamps the schema steps it applies (warroom_schema.applied_at); by default the
    // system clock.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config, const Clock &clock);
    // As open(), but stops the migrations at schemaVersion (tests of older schemas use this).
    static Result<std::unique_ptr<Database>> openAtVersion(const DatabaseConfig &config,
                                                           int schemaVersion);
    static Result<std::unique_ptr<Database>> openAtVersion(const DatabaseConfig &config,
                                                           int schemaVersion, const Clock &clock);
    // Reads every page of the database at config (PRAGMA quick_check, or with full
    // PRAGMA integrity_check, which also compares every index with its table) without migrating
    // or writing anything. The problems SQLite lists, empty when the file is sound; an Error when
    // the file cannot be checked at all (not SQLite, missing, locked, ...).
    static Result<QStringList> checkIntegrity(const DatabaseConfig &config, bool full);
    // A read-only connection to a database another Database has opened (and migrated), for
    // reading on another thread: no checks, no migration, no writes. It belongs to the thread
    // that calls this and must be destroyed there.
    static Result<std::unique_ptr<Database>> openReader(const DatabaseConfig &config);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    const DatabaseConfig &config() const { return m_config; }
    QString location() const;

    // Prepares, binds positional values and executes. The error names the location.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;

    // Runs work inside a write transaction: commits when it succeeds, rolls back otherwise,
    // so a failed operation leaves nothing half-written.
    Result<void> inWriteTransaction(const std::function<Result<void>()> &work);

    Error errorFrom(const QSqlError &error) const;

    // Whether a statement may be sent now: an Offline error while the configured
    // ServerReachability says the server is unreachable; a connection the server dropped is opened
    // again first (outside a transaction). Every statement through exec() and
    // inWriteTransaction() checks this; code that runs a QSqlQuery on connection() itself calls it
    // first.
    Result<void> readyForStatement() const;
    // PostgreSQL: closes the connection (and with it any LISTEN) and opens it again, as after
    // the server came back. The caller subscribes to notifications again.
    Result<void> reconnect();
    // Closes the connection to a server that stopped answering; readyForStatement() opens it again
    // once the server is reachable.
    void disconnectFromServer();
    // A connection the server (or the network) dropped; readyForStatement() finds it too.
    bool lostConnection() const;
    // Who is told, instead of the connection being opened again quietly, when it was lost: the
    // owner of a connection that LISTENs (Workspace), which must listen again after reopening.
    // Meanwhile statements are refused as Offline.
    void setLossHandler(std::function<void(const QString &reason)> handler)
    {
        m_lossHandler = std::move(handler);
    }
    bool isInTransaction() const { return m_inTransaction; }

private:
    Database(DatabaseConfig config, std::unique_ptr<SqlDialect> dialect, QString connectionName);

    DatabaseConfig m_config;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    void enrolConnection() const;
    void withdrawConnection() const;
    Result<void> reopen() const;

    bool m_inTransaction = false;
    std::function<void(const QString &)> m_lossHandler;
    // The token of this connection in the config's ServerReachability (0: not enrolled).
    mutable quint64 m_enrolment = 0;
    // ServerReachability::outages() when this connection was opened: a later outage cut it.
    mutable quint64 m_outagesAtOpen = 0;
    // A statement that failed inside a write transaction, kept until the transaction ends:
    // freeing its prepared statement on PostgreSQL before the ROLLBACK fails ("current
    // transaction is aborted") and Qt prints that warning.
    mutable QList<QSqlQuery> m_failedInTransaction;
};

} // namespace warroom
