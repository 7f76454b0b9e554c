#pragma once

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

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

// The schema version of an open database: 0 for an empty database, nullopt when the database
// has tables but no War Room schema table (another program's database).
Result<std::optional<int>> readSchemaVersion(QSqlDatabase &db);

// Applies every step above the current version up to targetVersion, each in its own transaction.
// `clock` stamps each applied step (applied_at) and the rows it seeds.
Result<void> migrate(Database &database, int targetVersion, const Clock &clock);

} // namespace migrations
} // namespace warroom
