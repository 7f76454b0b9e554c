#pragma once

#include <QStringList>

namespace warroom {

class SqlDialect;

namespace migrations {

// Version 3: the people directory with the roles each person can hold, and the key-account list
// with primary contacts and owning CSM. Role assignments and calls are timeline events, not tables.
QStringList rolesAndAccountsSchema(const SqlDialect &dialect);

} // namespace migrations
} // namespace warroom
