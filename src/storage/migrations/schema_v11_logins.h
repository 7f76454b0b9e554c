#pragma once

#include <QStringList>

namespace warroom {

class SqlDialect;

namespace migrations {

// Version 11: which database login is which person of the directory (docs/shared-mode.md). On a
// server, SharedIdentity reads it to know who is working; `warroomctl server add-person` fills it.
// In an SQLite file it stays empty: identity there is self-declared.
QStringList personLoginsSchema(const SqlDialect &dialect);

} // namespace migrations
} // namespace warroom
