#include "storage/db/pgconnection.h"

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <poll.h>
#include <sys/socket.h>

namespace warroom::pgconnection {

pg_conn *handle(const QSqlDatabase &db)
{
    if (!db.isValid() || db.driverName() != QLatin1String("QPSQL"))
        return nullptr;
    const QVariant variant = db.driver()->handle();
    // QPSQL declares the handle's type as PGconn*; Qt names it by the struct (pg_conn*).
    if (!variant.isValid() || (qstrcmp(variant.typeName(), "pg_conn*") != 0 &&
                               qstrcmp(variant.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(variant.data());
}

bool isBroken(const QSqlDatabase &db)
{
    PGconn *connection = handle(db);
    return connection && PQstatus(connection) != CONNECTION_OK;
}

int socket(pg_conn *connection)
{
    return connection ? PQsocket(connection) : -1;
}

void cut(pg_conn *connection)
{
    if (!connection)
        return;
    const int socket = PQsocket(connection);
    if (socket >= 0)
        ::shutdown(socket, SHUT_RDWR);
}

namespace {

Ping failed(PGconn *connection)
{
    return Ping{Ping::Outcome::Failed, QString::fromUtf8(PQerrorMessage(connection)).trimmed()};
}

// Waits until the socket is ready for events, or the deadline passes (false).
bool waitFor(int socket, short events, const QDeadlineTimer &deadline)
{
    for (;;) {
        pollfd watched{socket, events, 0};
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0)
            return false;
        const int ready = ::poll(&watched, 1, int(remaining));
        if (ready > 0)
            return true;
        if (ready == 0)
            return false;
        if (errno != EINTR)
            return true; // let libpq report the socket's error
    }
}

} // namespace

Ping ping(pg_conn *connection, int answerWithinMs)
{
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return Ping{Ping::Outcome::Failed, QStringLiteral("not connected")};
    const QDeadlineTimer deadline(answerWithinMs);
    // Non-blocking, so that sending never waits on a full socket buffer either.
    if (PQsetnonblocking(connection, 1) != 0 || !PQsendQuery(connection, "SELECT 1"))
        return failed(connection);
    const int socket = PQsocket(connection);
    for (;;) {
        const int flushed = PQflush(connection);
        if (flushed < 0)
            return failed(connection);
        if (flushed == 0)
            break;
        if (!waitFor(socket, POLLOUT | POLLIN, deadline))
            return Ping{Ping::Outcome::Silent, {}};
        if (!PQconsumeInput(connection))
            return failed(connection);
    }
    bool answered = false;
    for (;;) {
        while (!PQisBusy(connection)) {
            PGresult *result = PQgetResult(connection);
            if (!result) {
                PQsetnonblocking(connection, 0);
                return answered ? Ping{Ping::Outcome::Answered, {}} : failed(connection);
            }
            answered = PQresultStatus(result) == PGRES_TUPLES_OK;
            if (!answered) {
                Ping refused{Ping::Outcome::Failed,
                             QString::fromUtf8(PQresultErrorMessage(result)).trimmed()};
                PQclear(result);
                return refused;
            }
            PQclear(result);
        }
        if (!waitFor(socket, POLLIN, deadline))
            return Ping{Ping::Outcome::Silent, {}};
        if (!PQconsumeInput(connection))
            return failed(connection);
    }
}

} // namespace warroom::pgconnection
