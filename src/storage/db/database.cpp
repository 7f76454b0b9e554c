#include "storage/db/database.h"

#include "core/base/clock.h"

#include "storage/db/sqlitedialect.h"
#include "storage/migrations/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

namespace warroom {

QString defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("warroom.sqlite"));
}

namespace {

std::unique_ptr<SqlDialect> dialectFor(const DatabaseConfig &config)
{
    switch (config.backend) {
    case DatabaseConfig::Backend::Sqlite:
        return std::make_unique<SqliteDialect>();
    }
    Q_UNREACHABLE();
}

} // namespace

Database::Database(DatabaseConfig config, std::unique_ptr<SqlDialect> dialect,
                   QString connectionName)
    : m_config(std::move(config))
    , m_dialect(std::move(dialect))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config, const Clock &clock)
{
    return openAtVersion(config, migrations::latestVersion(), clock);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const DatabaseConfig &config,
                                                          int schemaVersion)
{
    return openAtVersion(config, schemaVersion, systemClock());
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config)
{
    return openAtVersion(config, migrations::latestVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const DatabaseConfig &config,
                                                          int schemaVersion, const Clock &clock)
{
    auto dialect = dialectFor(config);
    if (Result<void> check = dialect->checkBeforeOpen(config, migrations::latestVersion()); !check)
        return check.error();

    const QString name =
        QStringLiteral("warroom-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), name);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(name);
            return Error{Error::Code::Storage,
                         QCoreApplication::translate("warroom::Database",
                                                     "The Qt SQL driver %1 is not installed.")
                             .arg(dialect->driverName())};
        }
        dialect->applyConnectOptions(db, config);
    }
    std::unique_ptr<Database> database(new Database(config, std::move(dialect), name));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return database->errorFrom(db.lastError());
    if (Result<void> session = database->dialect().configureSession(db); !session)
        return Error{session.error().code,
                     database->location() + QStringLiteral(": ") + session.error().message};
    if (Result<void> migrated = migrations::migrate(*database, schemaVersion, clock); !migrated)
        return migrated.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::location() const
{
    return m_dialect->describeLocation(m_config);
}

Error Database::errorFrom(const QSqlError &error) const
{
    return m_dialect->translateError(error, location(), m_config.busyTimeoutMs);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return errorFrom(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query.lastError());
    return query;
}

Result<void> Database::inWriteTransaction(const std::function<Result<void>()> &work)
{
    // Nested calls join the outer transaction: the outermost caller commits.
    if (m_inTransaction)
        return work();

    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    if (!begin.exec(m_dialect->beginWriteTransaction()))
        return errorFrom(begin.lastError());
    m_inTransaction = true;
    Result<void> result = work();
    m_inTransaction = false;

    QSqlQuery end(db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error error = errorFrom(end.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

} // namespace warroom
