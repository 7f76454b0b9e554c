#include "storage/db/sqlitedialect.h"

#include "storage/db/databaseconfig.h"
#include "storage/migrations/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::SqliteDialect)
};

constexpr QByteArrayView kSqliteHeader("SQLite format 3\0", 16);
constexpr qint64 kSqliteHeaderSize = 100;

bool hasAnyWriteBit(const QFileInfo &info)
{
    return info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
}

// Opens a throwaway read-only connection so that inspecting a suspicious file cannot change it.
class ReadOnlyProbe
{
public:
    explicit ReadOnlyProbe(const QString &path)
        : m_name(QStringLiteral("warroom-probe-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_opened = db.open();
    }
    ~ReadOnlyProbe()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ReadOnlyProbe)

    bool opened() const { return m_opened; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
};

} // namespace

QString SqliteDialect::describeLocation(const DatabaseConfig &config) const
{
    return QDir::toNativeSeparators(QFileInfo(config.sqlitePath).absoluteFilePath());
}

Result<void> SqliteDialect::checkBeforeOpen(const DatabaseConfig &config,
                                            int latestSchemaVersion) const
{
    const QString location = describeLocation(config);
    if (config.sqlitePath.trimmed().isEmpty())
        return Error{Error::Code::Io, Text::tr("No database file name was given.")};

    const QFileInfo info(config.sqlitePath);
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        return Error{Error::Code::Io, Text::tr("Cannot open %1: the folder %2 does not exist.")
                                          .arg(location, dir.filePath())};
    // SQLite in WAL mode keeps -wal and -shm files next to the database.
    if (!dir.isWritable())
        return Error{Error::Code::ReadOnly,
                     Text::tr("Cannot open %1 for writing: the folder %2 is read-only, and SQLite "
                              "needs to create "
                              "its journal files there. Copy the database to a writable folder.")
                         .arg(location, dir.filePath())};

    if (!info.exists())
        return {};
    if (info.isDir())
        return Error{
            Error::Code::NotADatabase,
            Text::tr("Cannot open %1: it is a folder, not a database file.").arg(location)};
    if (!info.isReadable())
        return Error{Error::Code::Io,
                     Text::tr("Cannot open %1: permission to read it is denied.").arg(location)};
    if (!info.isWritable() || !hasAnyWriteBit(info))
        return Error{
            Error::Code::ReadOnly,
            Text::tr(
                "Cannot open %1: the file is read-only. War Room needs to write to its database; "
                "make the file writable or open a copy.")
                .arg(location)};
    if (info.size() == 0)
        return {}; // an empty file is an empty SQLite database
    return inspectExistingFile(config.sqlitePath, latestSchemaVersion);
}

Result<void> SqliteDialect::inspectExistingFile(const QString &path, int latestSchemaVersion) const
{
    const QString location = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io,
                         Text::tr("Cannot read %1: %2").arg(location, file.errorString())};
        const QByteArray header = file.read(kSqliteHeaderSize);
        if (!header.startsWith(kSqliteHeader))
            return Error{
                Error::Code::NotADatabase,
                Text::tr(
                    "%1 is not an SQLite database (it does not start with the SQLite file header). "
                    "Choose a War Room database or a new file name; the file was left untouched.")
                    .arg(location)};
        if (header.size() < kSqliteHeaderSize)
            return Error{Error::Code::Corrupt,
                         Text::tr("%1 is damaged: it is shorter than an SQLite "
                                  "header. The file was left untouched.")
                             .arg(location)};
    }

    ReadOnlyProbe probe(path);
    if (!probe.opened())
        return translateError(probe.db().lastError(), location, 0);
    QSqlDatabase db = probe.db();
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")))
            return translateError(check.lastError(), location, 0);
        if (!check.next() || check.value(0).toString() != QLatin1String("ok")) {
            const QString detail =
                check.isValid() ? check.value(0).toString() : Text::tr("no result");
            return Error{
                Error::Code::Corrupt,
                Text::tr("%1 is damaged (SQLite integrity check: %2). The file was left untouched; "
                         "restore it from a backup or open another file.")
                    .arg(location, detail)};
        }
    }

    const Result<std::optional<int>> version = migrations::readSchemaVersion(db);
    if (!version)
        return translateError(db.lastError(), location, 0);
    if (!version.value().has_value())
        return Error{
            Error::Code::NotADatabase,
            Text::tr("%1 is an SQLite database of another program (it has tables but no War Room "
                     "schema). "
                     "The file was left untouched; choose a War Room database or a new file name.")
                .arg(location)};
    if (*version.value() > latestSchemaVersion)
        return Error{
            Error::Code::SchemaTooNew,
            Text::tr(
                "%1 was written by a newer War Room (schema version %2; this build understands up "
                "to %3). Upgrade War Room to open it; the file was left untouched.")
                .arg(location)
                .arg(*version.value())
                .arg(latestSchemaVersion)};
    return {};
}

void SqliteDialect::applyConnectOptions(QSqlDatabase &db, const DatabaseConfig &config) const
{
    db.setDatabaseName(config.sqlitePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(config.busyTimeoutMs));
}

Result<void> SqliteDialect::configureSession(QSqlDatabase &db) const
{
    struct Pragma
    {
        const char *statement;
        const char *expected; // what reading the pragma back must say; nullptr when nothing is read
    };
    // WAL lets the GUI read while warroomctl writes; synchronous=FULL makes an acknowledged
    // write survive a power cut; foreign keys are off by default in SQLite.
    static constexpr Pragma pragmas[] = {
        {"PRAGMA foreign_keys = ON", nullptr},
        {"PRAGMA journal_mode = WAL", "wal"},
        {"PRAGMA synchronous = FULL", nullptr},
    };
    for (const Pragma &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma.statement)))
            return Error{Error::Code::Storage, query.lastError().text()};
        if (pragma.expected &&
            (!query.next() || query.value(0).toString() != QLatin1String(pragma.expected)))
            return Error{Error::Code::Storage,
                         Text::tr("SQLite refused \"%1\"; the database cannot be used safely.")
                             .arg(QString::fromLatin1(pragma.statement))};
    }
    return {};
}

QStringList SqliteDialect::appendOnlyTriggers(const QString &table) const
{
    return {
        QStringLiteral(
            "CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
            "BEGIN SELECT RAISE(ABORT, '%1 is append-only: rows cannot be changed'); END")
            .arg(table),
        QStringLiteral(
            "CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
            "BEGIN SELECT RAISE(ABORT, '%1 is append-only: rows cannot be deleted'); END")
            .arg(table),
    };
}

std::optional<qint64> SqliteDialect::dataVersion(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QStringList SqliteDialect::guardTrigger(const QString &name, const QString &table, RowChange change,
                                        const QString &condition, const QString &message) const
{
    QString quoted = message;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    const QString event = change == RowChange::Insert   ? QStringLiteral("INSERT")
                          : change == RowChange::Update ? QStringLiteral("UPDATE")
                                                        : QStringLiteral("DELETE");
    return {QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW WHEN NOT (%4) "
                           "BEGIN SELECT RAISE(ABORT, '%5'); END")
                .arg(name, event, table, condition, quoted)};
}

QString SqliteDialect::dropTrigger(const QString &name, const QString &) const
{
    return QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name);
}

QString SqliteDialect::jsonText(const QString &column, const QString &key) const
{
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

Error SqliteDialect::translateError(const QSqlError &error, const QString &location,
                                    int busyTimeoutMs) const
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff; // primary result code
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!numeric)
        return Error{Error::Code::Storage,
                     Text::tr("Database error in %1: %2").arg(location, detail)};
    switch (code) {
    case Busy:
    case Locked:
        return Error{
            Error::Code::Busy,
            Text::tr(
                "%1 is locked by another writer; gave up after waiting %2 ms. Nothing was written; "
                "try again.")
                .arg(location)
                .arg(busyTimeoutMs)};
    case ReadOnly:
        return Error{Error::Code::ReadOnly,
                     Text::tr("%1 cannot be written (read-only): %2. Nothing was written.")
                         .arg(location, detail)};
    case Corrupt:
        return Error{
            Error::Code::Corrupt,
            Text::tr("%1 is damaged: %2. The file was left untouched; restore it from a backup or "
                     "open another file.")
                .arg(location, detail)};
    case NotADb:
        return Error{Error::Code::NotADatabase,
                     Text::tr("%1 is not a valid SQLite database: %2. The file was left untouched.")
                         .arg(location, detail)};
    case CantOpen:
    case IoErr:
        return Error{Error::Code::Io, Text::tr("Cannot access %1: %2").arg(location, detail)};
    default:
        return Error{Error::Code::Storage,
                     Text::tr("Database error in %1: %2").arg(location, detail)};
    }
}

} // namespace warroom
