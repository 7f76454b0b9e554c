#include "storage/db/database.h"

#include "core/base/clock.h"

#include "storage/db/pgconnection.h"
#include "storage/db/postgresdialect.h"
#include "storage/db/serverreachability.h"
#include "storage/db/sqlitedialect.h"
#include "storage/migrations/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace warroom {

namespace {

// Like QDir::mkpath, but each folder it creates is readable only by its owner (0700): the data
// folder holds customer contacts. Folders that exist keep their permissions.
void makePrivatePath(const QString &path)
{
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    if (QFileInfo(absolute).isDir())
        return;
    makePrivatePath(QFileInfo(absolute).absolutePath());
    QDir().mkdir(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

QString defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    makePrivatePath(dir);
    return QDir(dir).filePath(QStringLiteral("warroom.sqlite"));
}

namespace {

std::unique_ptr<SqlDialect> dialectFor(const DatabaseConfig &config)
{
    switch (config.backend) {
    case DatabaseConfig::Backend::Sqlite:
        return std::make_unique<SqliteDialect>();
    case DatabaseConfig::Backend::Postgres:
        return std::make_unique<PostgresDialect>();
    }
    Q_UNREACHABLE();
}

// The problems the check statement lists (none when it says "ok").
Result<QStringList> runIntegrityCheck(QSqlDatabase &db, const QString &statement,
                                      const SqlDialect &dialect, const DatabaseConfig &config)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        const Error error = dialect.translateError(
            query.lastError(), dialect.describeLocation(config), config.busyTimeoutMs);
        // Damage that stops the check itself (the first page, the schema) is its finding.
        if (error.code == Error::Code::Corrupt || error.code == Error::Code::NotADatabase)
            return QStringList{query.lastError().databaseText()};
        return error;
    }
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems == QStringList{QStringLiteral("ok")})
        return QStringList();
    return problems;
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
    withdrawConnection();
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
    if (Result<void> check = dialect->checkBeforeOpen(config); !check)
        return check.error();
    if (Result<bool> created = dialect->createIfMissing(config); !created)
        return created.error();

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
    database->enrolConnection();
    // Before anything is written (the session settings switch the journal mode, migrations write):
    // another program's database, a newer or impossible schema version and a damaged schema page
    // are refused here. This first read is also where SQLite rolls back a hot journal left by a
    // crash, which needs this read-write connection.
    if (Result<int> version = migrations::checkedVersion(*database); !version)
        return version.error();
    if (Result<void> session = database->dialect().configureSession(db, config); !session)
        return session.error();
    if (Result<void> migrated = migrations::migrate(*database, schemaVersion, clock); !migrated)
        return migrated.error();
    return database;
}

Result<QStringList> Database::checkIntegrity(const DatabaseConfig &config, bool full)
{
    auto dialect = dialectFor(config);
    const QString location = dialect->describeLocation(config);
    const QString statement = dialect->integrityCheck(full);
    if (statement.isEmpty())
        return Error{Error::Code::Storage,
                     QCoreApplication::translate(
                         "warroom::Database", "%1: this database cannot check its own integrity.")
                         .arg(location)};
    if (!QFileInfo::exists(config.sqlitePath))
        return Error{Error::Code::Io,
                     QCoreApplication::translate(
                         "warroom::Database", "%1 does not exist; there is no database to check.")
                         .arg(location)};
    // A read-only file (a backup copy) is checked through a read-only connection.
    bool readOnly = false;
    if (Result<void> check = dialect->checkBeforeOpen(config); !check) {
        if (check.error().code != Error::Code::ReadOnly)
            return check.error();
        readOnly = true;
    }

    const QString name =
        QStringLiteral("warroom-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QStringList> result = QStringList();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), name);
        if (readOnly)
            dialect->applyReadOnlyConnectOptions(db, config);
        else
            dialect->applyConnectOptions(db, config);
        if (!db.open())
            result = dialect->translateError(db.lastError(), location, config.busyTimeoutMs);
        else
            result = runIntegrityCheck(db, statement, *dialect, config);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<std::unique_ptr<Database>> Database::openReader(const DatabaseConfig &config)
{
    auto dialect = dialectFor(config);
    const QString name =
        QStringLiteral("warroom-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), name);
        dialect->applyReadOnlyConnectOptions(db, config);
    }
    std::unique_ptr<Database> database(new Database(config, std::move(dialect), name));
    QSqlDatabase db = database->connection();
    if (!db.isValid() || !db.open())
        return database->errorFrom(db.lastError());
    database->enrolConnection();
    return database;
}

void Database::enrolConnection() const
{
    if (m_config.reachability && m_enrolment == 0) {
        m_outagesAtOpen = m_config.reachability->outages();
        m_enrolment = m_config.reachability->enrol(pgconnection::handle(connection()));
    }
}

void Database::withdrawConnection() const
{
    if (m_config.reachability && m_enrolment != 0)
        m_config.reachability->withdraw(m_enrolment);
    m_enrolment = 0;
}

namespace {

QString offlineText(const QString &location, const QString &reason)
{
    return QCoreApplication::translate(
               "warroom::Database",
               "Offline: %1 is not answering (%2). Nothing was sent to it; try again once the "
               "server answers.")
        .arg(location, reason);
}

QString cutOffText(const QString &location, const QString &reason)
{
    return QCoreApplication::translate(
               "warroom::Database",
               "Offline: %1 stopped answering while this was being sent (%2). Whether it was "
               "saved is not known until the server answers again; then look at what it holds.")
        .arg(location, reason);
}

} // namespace

Result<void> Database::readyForStatement() const
{
    if (m_config.reachability && m_config.reachability->isOffline())
        return Error{Error::Code::Offline,
                     offlineText(location(), m_config.reachability->offlineReason())};
    if (m_inTransaction)
        return {};
    // Cut while the server was away (even if idle then, so libpq has not noticed yet), or
    // dropped by the server: opened again before the statement, or its owner is told.
    const bool cut = m_config.reachability && m_config.reachability->outages() != m_outagesAtOpen;
    if (!cut && !lostConnection())
        return {};
    if (m_lossHandler) {
        const QString reason = QCoreApplication::translate(
            "warroom::Database", "the server closed this window's connection");
        m_lossHandler(reason);
        return Error{Error::Code::Offline, offlineText(location(), reason)};
    }
    return reopen();
}

bool Database::lostConnection() const
{
    return pgconnection::isBroken(connection());
}

Result<void> Database::reopen() const
{
    withdrawConnection();
    QSqlDatabase db = connection();
    db.close();
    // The server answered the watch a moment ago: waiting longer than libpq's shortest
    // connect_timeout for it would only hold up the caller.
    const QString quick = QStringLiteral(";connect_timeout=2");
    if (!db.connectOptions().endsWith(quick))
        db.setConnectOptions(db.connectOptions() + quick);
    if (!db.open())
        return errorFrom(db.lastError());
    enrolConnection();
    return m_dialect->configureSession(db, m_config);
}

Result<void> Database::reconnect()
{
    m_failedInTransaction.clear();
    return reopen();
}

void Database::disconnectFromServer()
{
    m_failedInTransaction.clear();
    withdrawConnection();
    connection().close();
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
    // A statement cut off by the server watch (ServerReachability::goOffline) says so, not what
    // libpq saw of the cut.
    if (m_config.reachability && m_config.reachability->isOffline())
        return Error{Error::Code::Offline,
                     cutOffText(location(), m_config.reachability->offlineReason())};
    return m_dialect->translateError(error, location(), m_config.busyTimeoutMs);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    if (Result<void> ready = readyForStatement(); !ready)
        return ready.error();
    QSqlQuery query(connection());
    // Without values the statement runs as it is: PostgreSQL cannot prepare DDL (QPSQL prepares
    // with PREPARE), and a trigger's body may hold characters a placeholder parser would take.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return errorFrom(query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        const Error error = errorFrom(query.lastError());
        if (m_inTransaction)
            m_failedInTransaction.append(query);
        return error;
    }
    return query;
}

Result<void> Database::inWriteTransaction(const std::function<Result<void>()> &work)
{
    // Nested calls join the outer transaction: the outermost caller commits.
    if (m_inTransaction)
        return work();
    if (Result<void> ready = readyForStatement(); !ready)
        return ready;

    QSqlDatabase db = connection();
    const QStringList beginning = m_dialect->beginWriteTransaction();
    for (qsizetype i = 0; i < beginning.size(); ++i) {
        QSqlQuery begin(db);
        if (!begin.exec(beginning.at(i))) {
            const Error error = errorFrom(begin.lastError());
            if (i > 0)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    m_inTransaction = true;
    Result<void> result = work();
    m_inTransaction = false;

    QSqlQuery end(db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        m_failedInTransaction.clear();
        return result;
    }
    m_failedInTransaction.clear();
    if (!end.exec(QStringLiteral("COMMIT"))) {
        // The connection went away during the COMMIT: the server may have committed before the
        // answer was lost. Never "nothing was written" then.
        if (pgconnection::isBroken(db))
            return Error{Error::Code::Offline,
                         cutOffText(location(), end.lastError().databaseText().trimmed())};
        const Error error = errorFrom(end.lastError());
        // A failed COMMIT ends the transaction on PostgreSQL (a rule checked at commit refused
        // it): a ROLLBACK would only print the server's "no transaction in progress" warning.
        if (config().backend != DatabaseConfig::Backend::Postgres)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

} // namespace warroom
