#pragma once

#include "core/base/result.h"

#include <QString>

namespace warroom {

// Where a PostgreSQL server is, from a URL of exactly this form:
//   postgresql://user@host[:port]/database[?sslmode=mode]
// Nothing else is accepted: no password (libpq reads ~/.pgpass, PGPASSWORD or a service file
// itself; a password must never sit in a URL saved in settings), no other parameters, no
// fragment. The port defaults to 5432; sslmode, when given, is one of libpq's six modes.
struct ServerUrl
{
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; // empty: libpq's default (prefer)

    // The URL parsed, or an InvalidInput Error naming the part that is wrong and how to fix it.
    static Result<ServerUrl> parse(const QString &text);
    // The URL again, in the form parse() accepts ("postgresql://user@host:port/db").
    QString toString() const;
};

} // namespace warroom
