#pragma once

#include "storage/db/sqldialect.h"

namespace warroom {

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString describeLocation(const DatabaseConfig &config) const override;
    Result<void> checkBeforeOpen(const DatabaseConfig &config) const override;
    Result<bool> createIfMissing(const DatabaseConfig &config) const override;
    void applyConnectOptions(QSqlDatabase &db, const DatabaseConfig &config) const override;
    void applyReadOnlyConnectOptions(QSqlDatabase &db, const DatabaseConfig &config) const override;
    Result<void> configureSession(QSqlDatabase &db, const DatabaseConfig &config) const override;
    QString integrityCheck(bool full) const override
    {
        return full ? QStringLiteral("PRAGMA integrity_check")
                    : QStringLiteral("PRAGMA quick_check");
    }
    QString listTables() const override
    {
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite\\_%' ESCAPE '\\'");
    }
    QString autoIdColumn() const override
    {
        return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    }
    QStringList appendOnlyTriggers(const QString &table) const override;
    // Nothing to do: an AUTOINCREMENT table's counter (sqlite_sequence) follows the ids inserted
    // and moves with the table when it is renamed.
    QStringList continueAutoIds(const QString &table) const override;
    QStringList guardTrigger(const QString &name, const QString &table, RowChange change,
                             const QString &condition, const QString &message) const override;
    QStringList beginWriteTransaction() const override
    {
        return {QStringLiteral("BEGIN IMMEDIATE")};
    }
    QString dropTrigger(const QString &name, const QString &table) const override;
    QString jsonText(const QString &column, const QString &key) const override;
    std::optional<qint64> dataVersion(QSqlDatabase &db) const override;
    // None: data_version moves with every commit of another connection.
    QStringList changeSignalStatements(const QString &) const override { return {}; }
    // Polls data_version.
    std::unique_ptr<ChangeSignal> createChangeSignal(const Database &database,
                                                     int pollIntervalMs) const override;
    Error translateError(const QSqlError &error, const QString &location,
                         int busyTimeoutMs) const override;

    // SQLite result codes War Room tells apart (sqlite3.h).
    enum ResultCode {
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        IoErr = 10,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        NotADb = 26
    };

private:
    // Whether a rollback journal with SQLite's magic number lies beside the file.
    static bool hasHotJournal(const QString &path);
    // The first 100 bytes: the SQLite magic string and a whole header.
    Result<void> checkHeader(const QString &path) const;
};

} // namespace warroom
