#pragma once

#include "core/base/result.h"

#include <QStringList>

#include <functional>

namespace warroom {

class Clock;

class Database;
class SqlDialect;

namespace migrations {

// Table that records every applied schema step (portable, unlike PRAGMA user_version).
inline constexpr auto SchemaTable = "warroom_schema";

struct Step
{
    int version;
    QString description;
    std::function<QStringList(const SqlDialect &)> statements;
    // Rows the step adds after its statements, in the same transaction (optional). appliedAtMs
    // is the time recorded for the step.
    std::function<Result<void>(Database &database, qint64 appliedAtMs)> seed = {};
};

// All steps, oldest first; versions count up by one from 1 (tst_migrations checks).
const QList<Step> &steps();
int latestVersion();

// The schema version of an open database, read without writing: 0 for an empty database. An
// Error naming the location when the database has tables but no War Room schema table (another
// program's database), records a version that is not a whole number from 1 to 2147483647
// (changed by hand or damaged), or is newer than latestVersion(). Reading the schema also meets
// a damaged first page (SQLITE_CORRUPT / SQLITE_NOTADB), reported as such.
Result<int> checkedVersion(const Database &database);

// Applies every step above the current version up to targetVersion, each in its own transaction.
// `clock` stamps each applied step (applied_at) and the rows it seeds.
Result<void> migrate(Database &database, int targetVersion, const Clock &clock);

} // namespace migrations
} // namespace warroom
