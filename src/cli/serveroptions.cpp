#include "cli/serveroptions.h"

#include "cli/clitext.h"
#include "storage/server/sharedidentity.h"
#include "storage/workspace.h"

namespace warroom::cli::serveroptions {
namespace {

const QString kDb = QStringLiteral("db");
const QString kAuthor = QStringLiteral("author");
const QString kDefaultSchema = QStringLiteral("warroom");

} // namespace

QList<QCommandLineOption> options()
{
    return {
        {kServer,
         Text::tr("Work on a shared war room on a PostgreSQL server instead of a file "
                  "(default: $WARROOM_SERVER): postgresql://user@host[:port]/database"
                  "[?sslmode=verify-full]. The password never goes in the address: libpq reads "
                  "it from ~/.pgpass, $PGPASSWORD or a service file."),
         QStringLiteral("URL")},
        {kSchema,
         Text::tr("The schema of the war room on the server (default: $WARROOM_SCHEMA, else "
                  "warroom)."),
         QStringLiteral("NAME")},
    };
}

Result<DatabaseConfig> databaseConfig(const QCommandLineParser &parser,
                                      const QProcessEnvironment &environment, int busyTimeoutMs)
{
    if (parser.isSet(kDb) && parser.isSet(kServer))
        return Error::invalid(kServer, Text::tr("--db and --server name two different war rooms; "
                                                "give one of them."));
    QString server;
    if (parser.isSet(kServer))
        server = parser.value(kServer).trimmed();
    else if (!parser.isSet(kDb))
        server = environment.value(QStringLiteral("WARROOM_SERVER")).trimmed();
    if (server.isEmpty() && parser.isSet(kServer))
        return Error::invalid(kServer, Text::tr("--server is empty; give the server's address, "
                                                "postgresql://user@host/database."));
    if (server.isEmpty()) {
        if (parser.isSet(kSchema))
            return Error::invalid(kSchema, Text::tr("--schema names a war room on a server; give "
                                                    "--server URL too (or set WARROOM_SERVER)."));
        return DatabaseConfig::sqlite(parser.isSet(kDb) ? parser.value(kDb) : defaultSqlitePath(),
                                      busyTimeoutMs);
    }
    QString schema = parser.isSet(kSchema)
                         ? parser.value(kSchema).trimmed()
                         : environment.value(QStringLiteral("WARROOM_SCHEMA")).trimmed();
    if (schema.isEmpty())
        schema = kDefaultSchema;
    return DatabaseConfig::postgres(server, schema, busyTimeoutMs);
}

std::optional<Error> authorOptionRefusal(Workspace &workspace, const QCommandLineParser &parser)
{
    if (!parser.isSet(kAuthor))
        return std::nullopt;
    Result<SharedIdentity> identity = SharedIdentity::resolve(workspace.database());
    if (!identity)
        return Error::invalid(kAuthor, Text::tr("--author is not accepted on a server: changes "
                                                "are recorded under your login's name. %1")
                                           .arg(identity.error().message));
    return Error::invalid(kAuthor, Text::tr("--author is not accepted on a server: changes are "
                                            "recorded under your login's name, %1.")
                                       .arg(identity->name));
}

Result<QString> sharedAuthor(Workspace &workspace, const QCommandLineParser &,
                             const QProcessEnvironment &environment, QTextStream &err)
{
    Result<SharedIdentity> identity = SharedIdentity::resolve(workspace.database());
    if (!identity)
        return identity.error();
    const QString typed = environment.value(QStringLiteral("WARROOM_AUTHOR")).simplified();
    if (!typed.isEmpty() && typed.compare(identity->name, Qt::CaseInsensitive) != 0) {
        err << Text::tr("warroomctl: note: $WARROOM_AUTHOR (%1) is ignored on a server; the "
                        "change is recorded under your login's name, %2.")
                   .arg(typed, identity->name)
            << Qt::endl;
    }
    return identity->name;
}

} // namespace warroom::cli::serveroptions
