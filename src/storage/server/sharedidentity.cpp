#include "storage/server/sharedidentity.h"

#include "storage/db/database.h"
#include "storage/db/sessionlogin.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::SharedIdentity)
};

} // namespace

Result<SharedIdentity> SharedIdentity::resolve(Database &database)
{
    Result<QString> login = sessionLogin(database);
    if (!login)
        return login.error();
    SharedIdentity identity;
    identity.login = login.value();
    Result<QSqlQuery> mapped =
        database.exec(QStringLiteral("SELECT p.id, p.name FROM person_logins l"
                                     " JOIN people p ON p.id = l.person_id WHERE l.login = ?"),
                      {identity.login});
    if (!mapped)
        return mapped.error();
    if (!mapped.value().next())
        return Error{Error::Code::NotFound,
                     Text::tr("The login %1 is not in this war room's people directory; an "
                              "administrator runs: warroomctl server add-person %1 --name "
                              "\"FULL NAME\"")
                         .arg(identity.login)};
    identity.personId = mapped.value().value(0).toLongLong();
    identity.name = mapped.value().value(1).toString();
    return identity;
}

} // namespace warroom
