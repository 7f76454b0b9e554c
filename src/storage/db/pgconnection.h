#pragma once

#include <QString>

class QSqlDatabase;
struct pg_conn; // libpq's PGconn

namespace warroom::pgconnection {

// What libpq itself can tell about a QPSQL connection that Qt SQL does not: whether the server
// is still there, and a bounded wait for its answer. Only the server watch (ServerProbe) and
// Database use these; everything else goes through Database.

// The libpq connection under a QPSQL connection, also one libpq has lost; nullptr for another
// driver or a closed connection.
pg_conn *handle(const QSqlDatabase &db);

// A QPSQL connection that was opened and has been lost since (the server closed it, a network
// error, cut() below): QPSQL then reports it as not open.
bool isBroken(const QSqlDatabase &db);

// The connection's socket, or -1.
int socket(pg_conn *connection);

// Shuts the connection's socket down (on any thread: see ServerReachability for how the socket
// is kept from being reused meanwhile), so that a statement waiting on it (on any thread) fails at
// once with "server closed the connection" instead of waiting for a server that does not answer.
// The connection is unusable afterwards; its owner closes and reopens it.
void cut(pg_conn *connection);

struct Ping
{
    enum class Outcome {
        Answered, // the server ran SELECT 1 within the time given
        Silent,   // no answer within the time given (a paused server, a dead network)
        Failed,   // the connection is gone or the server refused
    };
    Outcome outcome = Outcome::Failed;
    QString detail; // libpq's message for Failed
};

// Sends SELECT 1 and waits at most answerWithinMs for the answer, without ever blocking longer.
// The connection must be idle (no other statement in flight on it).
Ping ping(pg_conn *connection, int answerWithinMs);

} // namespace warroom::pgconnection
