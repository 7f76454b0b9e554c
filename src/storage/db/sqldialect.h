#pragma once

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace warroom {

class ChangeSignal;
class Database;
struct DatabaseConfig;

// Everything that differs between the SQL databases War Room runs on lives behind this seam.
// The schema and the repositories use portable SQL; a dialect supplies the rest.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // Human-readable location for messages ("/path/to/warroom.sqlite").
    virtual QString describeLocation(const DatabaseConfig &config) const = 0;

    // Refuses a location that must not be opened (not a regular file, not a database, read-only)
    // without writing to it and without handing it to the database library. Cheap: it reads no
    // more than the file's header.
    virtual Result<void> checkBeforeOpen(const DatabaseConfig &config) const = 0;
    // Creates a missing database file readable and writable by its owner only; true when it
    // created the file.
    virtual Result<bool> createIfMissing(const DatabaseConfig &config) const = 0;
    virtual void applyConnectOptions(QSqlDatabase &db, const DatabaseConfig &config) const = 0;
    // As applyConnectOptions(), for a connection that only reads (Database::openReader, a check
    // of a read-only file).
    virtual void applyReadOnlyConnectOptions(QSqlDatabase &db,
                                             const DatabaseConfig &config) const = 0;
    // Session settings run once after opening (pragmas, search path, ...).
    // Errors are translated (translateError).
    virtual Result<void> configureSession(QSqlDatabase &db, const DatabaseConfig &config) const = 0;

    // The statement that reads the whole database and lists its problems ("ok" when there are
    // none); full also checks every index against its table. Empty when not supported.
    virtual QString integrityCheck(bool full) const = 0;
    // A query listing the names of the database's own tables (not the engine's), one per row.
    virtual QString listTables() const = 0;
    // Column type of an auto-numbered primary key.
    virtual QString autoIdColumn() const = 0;
    // Statements that make a table refuse UPDATE and DELETE inside the database itself.
    virtual QStringList appendOnlyTriggers(const QString &table) const = 0;
    // Statements run after a migration copied a table's rows, ids included, into a rebuilt table
    // (the way to change constraints SQLite cannot alter in place), so that the auto-numbered
    // key continues after the highest copied id.
    virtual QStringList continueAutoIds(const QString &table) const = 0;
    // Statements for a trigger that refuses an INSERT or UPDATE of a row unless condition holds.
    // The condition is portable SQL over NEW.column (and OLD.column for updates) and may use
    // subqueries; message is plain text (no quotes needed) the database reports on refusal.
    enum class RowChange { Insert, Update, Delete };
    virtual QStringList guardTrigger(const QString &name, const QString &table, RowChange change,
                                     const QString &condition, const QString &message) const = 0;
    // The statements that start a write transaction, run in order; when one fails the
    // transaction is rolled back.
    virtual QStringList beginWriteTransaction() const = 0;
    // Removes a trigger created by guardTrigger() or appendOnlyTriggers().
    virtual QString dropTrigger(const QString &name, const QString &table) const = 0;
    // An SQL expression for the text of a top-level key of a JSON object held in a TEXT column
    // (the timeline's payloads), or NULL when the key is absent.
    virtual QString jsonText(const QString &column, const QString &key) const = 0;

    // A number that changes when another connection commits; nullopt if not supported.
    virtual std::optional<qint64> dataVersion(QSqlDatabase &db) const = 0;
    // Statements that make every committed change to the table known to the other connections
    // (PostgreSQL: a trigger sending NOTIFY); none where the engine signals commits by itself
    // (SQLite: data_version). Run once for each table that can change.
    virtual QStringList changeSignalStatements(const QString &table) const = 0;
    // How the database's connection learns that other connections committed (polled every
    // pollIntervalMs where it is polled); nullptr when the dialect has no way to know.
    virtual std::unique_ptr<ChangeSignal> createChangeSignal(const Database &database,
                                                             int pollIntervalMs) const = 0;

    // Turns a driver error into an Error a user can act on.
    virtual Error translateError(const QSqlError &error, const QString &location,
                                 int busyTimeoutMs) const = 0;
};

} // namespace warroom
