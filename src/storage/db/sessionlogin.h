#pragma once

#include "core/base/result.h"

#include <QString>

namespace warroom {

class Database;

// The login this connection works as on a server (SELECT current_user): who the changes are
// recorded under in a shared war room. An Error on an SQLite file, which has no logins.
Result<QString> sessionLogin(const Database &database);

} // namespace warroom
