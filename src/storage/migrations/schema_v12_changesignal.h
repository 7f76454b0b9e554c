#pragma once

#include <QStringList>

namespace warroom {
class SqlDialect;
}

namespace warroom::migrations {

// Version 12: every table that can change tells the other connections when a change to it is
// committed (PostgreSQL: a NOTIFY trigger in the writer's transaction; SQLite: nothing, its
// data_version moves by itself). A table created by a later step gets its change signal in
// that step.
QStringList changeSignalSchema(const SqlDialect &dialect);

} // namespace warroom::migrations
