#include "storage/db/connectionchoice.h"

#include "storage/db/postgresdialect.h"
#include "storage/db/serverurl.h"

#include <QCoreApplication>

namespace warroom::connectionchoice {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ConnectionChoice)
};

// The server and schema checked without connecting; the error says where they came from.
Result<DatabaseConfig> serverConfig(const QString &url, const QString &schema,
                                    const QString &source)
{
    const DatabaseConfig config = DatabaseConfig::postgres(url.trimmed(), schema.trimmed());
    if (Result<void> checked = PostgresDialect().checkBeforeOpen(config); !checked)
        return Error::invalid(checked.error().field,
                              Text::tr("%1: %2").arg(source, checked.error().message));
    return config;
}

QString orDefault(const QString &schema)
{
    return schema.trimmed().isEmpty() ? QString::fromLatin1(kDefaultSchema) : schema;
}

} // namespace

Result<DatabaseConfig> choose(const ConnectionSources &sources)
{
    const bool dbGiven = !sources.dbOption.isEmpty();
    const bool serverGiven = !sources.serverOption.trimmed().isEmpty();
    if (dbGiven && serverGiven)
        return Error::invalid(
            QStringLiteral("server"),
            Text::tr("--db and --server cannot be given together: --db opens an SQLite file on "
                     "this machine, --server a shared war room. Give one of them."));

    // Which server, if any, and where it was named.
    QString url;
    QString schema;
    QString source;
    if (serverGiven) {
        url = sources.serverOption;
        schema = !sources.schemaOption.isEmpty() ? sources.schemaOption : sources.schemaVariable;
        source = QStringLiteral("--server");
    } else if (!dbGiven && !sources.serverVariable.trimmed().isEmpty()) {
        url = sources.serverVariable;
        schema = !sources.schemaOption.isEmpty() ? sources.schemaOption : sources.schemaVariable;
        source = QStringLiteral("WARROOM_SERVER");
    } else if (!dbGiven && !sources.serverPreference.trimmed().isEmpty()) {
        url = sources.serverPreference;
        schema = !sources.schemaOption.isEmpty() ? sources.schemaOption : sources.schemaPreference;
        source = Text::tr("The shared war room server in Preferences");
    }

    if (url.isEmpty()) {
        if (!sources.schemaOption.isEmpty())
            return Error::invalid(QStringLiteral("schema"),
                                  Text::tr("--schema names a schema on a shared war room server, "
                                           "but no server is given: add --server URL, or leave "
                                           "--schema out to use the SQLite file."));
        return DatabaseConfig::sqlite(dbGiven ? sources.dbOption : sources.defaultSqlitePath);
    }
    if (sources.asOption)
        return Error::invalid(QStringLiteral("as"),
                              Text::tr("--as is not accepted on a shared server: changes are "
                                       "recorded under your login."));
    return serverConfig(url, orDefault(schema), source);
}

QString checkPreference(const QString &url, const QString &schema)
{
    if (url.trimmed().isEmpty())
        return {};
    const DatabaseConfig config =
        DatabaseConfig::postgres(url.trimmed(), orDefault(schema).trimmed());
    if (Result<void> checked = PostgresDialect().checkBeforeOpen(config); !checked)
        return checked.error().message;
    return {};
}

} // namespace warroom::connectionchoice
