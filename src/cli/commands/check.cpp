#include "cli/clitext.h"
#include "cli/command.h"
#include "storage/db/database.h"

#include <QDir>
#include <QFileInfo>

namespace warroom::cli {
namespace {

const QString kFull = QStringLiteral("full");

int runCheck(const QCommandLineParser &parser, const QStringList &, QTextStream &out,
             QTextStream &err)
{
    // The global --db, read here because check opens the file itself: it neither creates nor
    // migrates it, and checks a read-only copy too.
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultSqlitePath();
    const bool full = parser.isSet(kFull);
    const QString statement =
        full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
    const DatabaseConfig config = DatabaseConfig::sqlite(path);
    const Result<QStringList> problems = Database::checkIntegrity(config, full);
    if (!problems) {
        writeErrorLine(err, problems.error().message);
        return ExitFailure;
    }
    const QString location = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (problems->isEmpty()) {
        out << Text::tr("ok: %1 passed %2.").arg(location, statement) << '\n';
        return ExitOk;
    }
    for (const QString &problem : *problems)
        out << problem << '\n';
    writeErrorLine(err, Text::tr("%1 is damaged: %2 found %n problem(s), listed on standard "
                                 "output. Restore the file from a backup; to save what is still "
                                 "readable into a new file, use 'sqlite3 %1 .recover'.",
                                 nullptr, int(problems->size()))
                            .arg(location, statement));
    return ExitFailure;
}

} // namespace

Command checkCommand()
{
    Command command;
    command.name = QStringLiteral("check");
    command.synopsis = QStringLiteral("[--full]");
    command.summary = Text::tr("Check the database file for damage.");
    command.help = Text::tr(
        "Reads every page of the database (--db) with SQLite's PRAGMA quick_check, or with --full "
        "PRAGMA integrity_check, which also compares every index with its table (slower on a "
        "large file). Opening a database only checks its header and schema, so this is the way to "
        "look for damage in the rest of the file. Prints \"ok: FILE passed ...\" and exits 0 when "
        "the file is sound; otherwise prints each problem SQLite found on standard output and "
        "exits 1. Never creates, upgrades or repairs the file (a read-only file is checked too); "
        "like every open, it lets SQLite roll back what a crashed writer left unfinished.");
    command.options = {
        {kFull, Text::tr("Run PRAGMA integrity_check (also checks indexes) instead of "
                         "PRAGMA quick_check.")},
    };
    command.runWithoutDatabase = runCheck;
    return command;
}

} // namespace warroom::cli
