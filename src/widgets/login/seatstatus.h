#pragma once

#include <QString>

namespace warroom {

class Database;

// Who sits at this seat and how sure War Room is of it, said plainly on the main window's status
// bar (docs/shared-mode.md): on an SQLite file the name is self-declared, on a shared server the
// changes are recorded under the login.
struct SeatStatus
{
    QString text;
    QString toolTip;
};

// `userName` is the name the user gave (SQLite), or on a server the directory's name of the login
// (SharedIdentity); the login itself is read from the connection (sessionLogin), or taken from
// the address when the server cannot say.
SeatStatus seatStatus(const Database &database, const QString &userName);

} // namespace warroom
