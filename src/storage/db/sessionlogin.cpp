#include "storage/db/sessionlogin.h"

#include "storage/db/database.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::SessionLogin)
};

} // namespace

Result<QString> sessionLogin(const Database &database)
{
    if (database.config().backend != DatabaseConfig::Backend::Postgres)
        return Error::invalid(QStringLiteral("server"),
                              Text::tr("%1 is an SQLite file: it has no logins, names there are "
                                       "self-declared.")
                                  .arg(database.location()));
    Result<QSqlQuery> found = database.exec(QStringLiteral("SELECT current_user"));
    if (!found)
        return found.error();
    QSqlQuery query = std::move(found).value();
    if (!query.next())
        return Error{
            Error::Code::Storage,
            Text::tr("%1 did not say which login this connection uses.").arg(database.location())};
    return query.value(0).toString();
}

} // namespace warroom
