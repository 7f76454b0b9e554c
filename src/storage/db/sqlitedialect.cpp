#include "storage/db/sqlitedialect.h"

#include "storage/db/databaseconfig.h"
#include "storage/db/pollingchangesignal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

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

} // namespace

QString SqliteDialect::describeLocation(const DatabaseConfig &config) const
{
    return QDir::toNativeSeparators(QFileInfo(config.sqlitePath).absoluteFilePath());
}

Result<void> SqliteDialect::checkBeforeOpen(const DatabaseConfig &config) const
{
    const QString location = describeLocation(config);
    if (config.sqlitePath.trimmed().isEmpty())
        return Error{Error::Code::Io, Text::tr("No database file name was given.")};

    const QFileInfo info(config.sqlitePath);
    // Before anything else: SQLite would open a device or a pipe and create its journal beside it
    // (--db /dev/null made /dev/null-journal).
    if (info.exists() && info.isDir())
        return Error{
            Error::Code::NotADatabase,
            Text::tr("Cannot open %1: it is a folder, not a database file.").arg(location)};
    if (info.exists() && !info.isFile())
        return Error{Error::Code::NotADatabase,
                     Text::tr("Cannot open %1: it is not a regular file (a device, a pipe or a "
                              "socket). Give the name of a War Room database file, or a new file "
                              "name to create one.")
                         .arg(location)};

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
    // A writer killed inside its first transaction can leave the file without a valid first page
    // (SQLite wrote later pages first) and its rollback journal beside it. Only SQLite writes such
    // a journal: SQLite will roll it back, and report the file if it is still not a database.
    if (hasHotJournal(config.sqlitePath))
        return {};
    return checkHeader(config.sqlitePath);
}

bool SqliteDialect::hasHotJournal(const QString &path)
{
    static constexpr char kJournalMagic[] = {'\xd9', '\xd5', '\x05', '\xf9',
                                             '\x20', '\xa1', '\x63', '\xd7'};
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    return journal.read(sizeof kJournalMagic) == QByteArray(kJournalMagic, sizeof kJournalMagic);
}

Result<void> SqliteDialect::checkHeader(const QString &path) const
{
    const QString location = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
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
        return Error{Error::Code::Corrupt, Text::tr("%1 is damaged: it is shorter than an SQLite "
                                                    "header. The file was left untouched.")
                                               .arg(location)};
    return {};
}

Result<bool> SqliteDialect::createIfMissing(const DatabaseConfig &config) const
{
    if (QFileInfo::exists(config.sqlitePath))
        return false;
    // Owner-only from the first byte: SQLite gives its -journal, -wal and -shm files the
    // permissions of the database file, so they are owner-only too.
    QFile file(config.sqlitePath);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return true;
    if (QFileInfo::exists(config.sqlitePath))
        return false; // another process created it meanwhile
    return Error{
        Error::Code::Io,
        Text::tr("Cannot create %1: %2").arg(describeLocation(config), file.errorString())};
}

void SqliteDialect::applyConnectOptions(QSqlDatabase &db, const DatabaseConfig &config) const
{
    db.setDatabaseName(config.sqlitePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(config.busyTimeoutMs));
}

void SqliteDialect::applyReadOnlyConnectOptions(QSqlDatabase &db,
                                                const DatabaseConfig &config) const
{
    applyConnectOptions(db, config);
    db.setConnectOptions(db.connectOptions() + QStringLiteral(";QSQLITE_OPEN_READONLY"));
}

Result<void> SqliteDialect::configureSession(QSqlDatabase &db, const DatabaseConfig &config) const
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
            return translateError(query.lastError(), describeLocation(config),
                                  config.busyTimeoutMs);
        if (pragma.expected &&
            (!query.next() || query.value(0).toString() != QLatin1String(pragma.expected)))
            return Error{Error::Code::Storage,
                         Text::tr("%1: SQLite refused \"%2\"; the database cannot be used safely.")
                             .arg(describeLocation(config), QString::fromLatin1(pragma.statement))};
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

QStringList SqliteDialect::continueAutoIds(const QString &) const
{
    return {};
}

std::optional<qint64> SqliteDialect::dataVersion(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::unique_ptr<ChangeSignal> SqliteDialect::createChangeSignal(const Database &database,
                                                                int pollIntervalMs) const
{
    return std::make_unique<PollingChangeSignal>(database, pollIntervalMs);
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
    const QString checkHint =
        Text::tr("Check the whole file with 'warroomctl --db %1 check --full'; restore it from a "
                 "backup if it is damaged.")
            .arg(location);
    switch (code) {
    case Busy:
    case Locked:
        return Error{Error::Code::Busy,
                     Text::tr("%1 is locked by another writer (another War Room or warroomctl is "
                              "writing to it); gave up after waiting %2 ms. Nothing was written; "
                              "try again.")
                         .arg(location)
                         .arg(busyTimeoutMs)};
    case ReadOnly:
        return Error{Error::Code::ReadOnly,
                     Text::tr("%1 cannot be written (read-only: %2). Nothing was written; make the "
                              "file and its folder writable, or open a copy.")
                         .arg(location, detail)};
    case Corrupt:
        return Error{Error::Code::Corrupt,
                     Text::tr("%1 is damaged (SQLite: %2). Nothing was written. %3")
                         .arg(location, detail, checkHint)};
    case NotADb:
        return Error{Error::Code::NotADatabase,
                     Text::tr("%1 is not a valid SQLite database (SQLite: %2). Nothing was "
                              "written. %3")
                         .arg(location, detail, checkHint)};
    case Full:
        return Error{Error::Code::Io,
                     Text::tr("%1: the disk is full (SQLite: %2). Nothing was written; free some "
                              "space on the disk that holds the file and try again.")
                         .arg(location, detail)};
    case IoErr:
        return Error{Error::Code::Io,
                     Text::tr("%1 could not be read or written (input/output error, SQLite: %2). "
                              "Nothing was written; check the disk or the network share, then "
                              "try again.")
                         .arg(location, detail)};
    case CantOpen:
        return Error{Error::Code::Io,
                     Text::tr("Cannot open %1 (SQLite: %2). Check that the file and its folder "
                              "exist and that you may read and write them.")
                         .arg(location, detail)};
    default:
        return Error{Error::Code::Storage,
                     Text::tr("Database error in %1: %2").arg(location, detail)};
    }
}

} // namespace warroom
