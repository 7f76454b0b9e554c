#pragma once

#include "core/base/result.h"

#include <QString>

namespace warroom {

class Database;

// Who is working, on a PostgreSQL server: the database login (current_user) and the person of
// the directory it is mapped to (person_logins, filled by `warroomctl server add-person`). Every
// change a seat makes is recorded under `name`; the server's rules check the same mapping
// (docs/shared-mode.md), so a seat cannot record a change under anybody else's name.
struct SharedIdentity
{
    QString login;
    qint64 personId = 0;
    QString name; // the directory's spelling

    // Reads the mapping of the connection's login. An error that says what the administrator
    // runs when the login is not mapped; a storage error when the database cannot be read.
    static Result<SharedIdentity> resolve(Database &database);
};

} // namespace warroom
