#include "widgets/login/seatstatus.h"

#include "storage/db/database.h"
#include "storage/db/serverurl.h"
#include "storage/db/sessionlogin.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::SeatStatus)
};

} // namespace

SeatStatus seatStatus(const Database &database, const QString &userName)
{
    const DatabaseConfig &config = database.config();
    if (config.backend == DatabaseConfig::Backend::Sqlite) {
        const QString sentence = Text::tr("This database: %1 — names are self-declared: anyone at "
                                          "this machine can record changes under any name.")
                                     .arg(database.location());
        return {Text::tr("You: %1   ·   %2").arg(userName, sentence), sentence};
    }
    const Result<ServerUrl> url = ServerUrl::parse(config.serverUrl);
    const QString host = url ? url->host : config.serverUrl;
    const Result<QString> login = sessionLogin(database);
    const QString who = login ? login.value() : (url ? url->user : QString());
    return {
        Text::tr("Shared war room: %1/%2 as %3 (login %4)").arg(host, config.schema, userName, who),
        Text::tr("Server %1, schema %2: every change you make is recorded under %3, the "
                 "person of the people directory the server maps the login %4 to; the "
                 "server checks it.")
            .arg(url ? url->toString() : config.serverUrl, config.schema, userName, who)};
}

} // namespace warroom
