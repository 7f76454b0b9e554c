#include "storage/db/postgresdialect.h"

#include "storage/db/database.h"
#include "storage/db/databaseconfig.h"
#include "storage/db/notifychangesignal.h"
#include "storage/db/serverurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::PostgresDialect)
};

QString quoted(QString text)
{
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// libpq's conninfo: values in single quotes, with \ and ' escaped.
QString connValue(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

void applyOptions(QSqlDatabase &db, const DatabaseConfig &config, bool readOnly)
{
    Result<ServerUrl> url = ServerUrl::parse(config.serverUrl);
    if (!url)
        return; // checkBeforeOpen refused it already
    const ServerUrl &server = url.value();
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setUserName(server.user);
    db.setDatabaseName(server.database);
    // Given for this run (password dialog, keychain); otherwise libpq looks for one itself.
    if (!config.password.isEmpty())
        db.setPassword(config.password);
    // Every statement works inside the schema; a lock held by another writer is waited for up to
    // the busy timeout. (QPSQL turns ";" into the spaces between conninfo keywords.) pg_temp is
    // named last: unnamed, a session's own temporary tables come first in the search, and the
    // guard and rule functions, which keep this path (SET search_path FROM CURRENT), would read
    // a temporary "person_logins" or "pg_namespace" a member made up instead of the real ones.
    QString sessionOptions = QStringLiteral("-csearch_path=%1,pg_temp -clock_timeout=%2")
                                 .arg(config.schema)
                                 .arg(config.busyTimeoutMs);
    if (readOnly)
        sessionOptions += QStringLiteral(" -cdefault_transaction_read_only=on");
    // Keepalives and a bound on unacknowledged data: a connection a network or NAT silently
    // dropped fails within about a minute instead of the kernel's quarter of an hour. (A paused
    // server still acknowledges: the server watch catches that, docs/shared-mode.md.)
    QStringList options{QStringLiteral("application_name=warroom"),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=30"),
                        QStringLiteral("keepalives_interval=10"),
                        QStringLiteral("keepalives_count=3"),
                        QStringLiteral("tcp_user_timeout=60000"),
                        QStringLiteral("options=") + connValue(sessionOptions)};
    // Five seconds unless libpq's own PGCONNECT_TIMEOUT says otherwise (libpq reads it only when
    // the connection string names no connect_timeout).
    if (qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        options.prepend(QStringLiteral("connect_timeout=5"));
    if (!server.sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + server.sslMode);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace

bool PostgresDialect::isPlainIdentifier(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_"));
}

QString PostgresDialect::changeChannel(const QString &schema)
{
    return QString(QStringLiteral("warroom_changes_") + schema).left(63);
}

QString PostgresDialect::describeLocation(const DatabaseConfig &config) const
{
    Result<ServerUrl> url = ServerUrl::parse(config.serverUrl);
    const QString server = url ? url.value().toString() : config.serverUrl;
    return Text::tr("%1 (schema %2)").arg(server, config.schema);
}

Result<void> PostgresDialect::checkBeforeOpen(const DatabaseConfig &config) const
{
    if (Result<ServerUrl> url = ServerUrl::parse(config.serverUrl); !url)
        return url.error();
    if (!isPlainIdentifier(config.schema))
        return Error::invalid(
            QStringLiteral("schema"),
            Text::tr("The schema name \"%1\" cannot be used: use lower-case letters, digits and "
                     "\"_\" only, starting with a letter, at most 63 characters, not pg_...")
                .arg(config.schema));
    // PostgreSQL's own schemas: War Room's tables would mix with everything else there.
    if (config.schema == QLatin1String("public") ||
        config.schema == QLatin1String("information_schema"))
        return Error::invalid(QStringLiteral("schema"),
                              Text::tr("The schema name \"%1\" is a word PostgreSQL reserves; "
                                       "choose another name.")
                                  .arg(config.schema));
    return {};
}

Result<bool> PostgresDialect::createIfMissing(const DatabaseConfig &config) const
{
    const QString name =
        QStringLiteral("warroom-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<bool> result = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        applyConnectOptions(db, config);
        if (!db.open()) {
            result = translateError(db.lastError(), describeLocation(config), config.busyTimeoutMs);
        } else {
            QSqlQuery query(db);
            // A schema name isPlainIdentifier() accepted needs no quoting unless PostgreSQL
            // reserves the word (only its unreserved keywords are plain identifiers).
            if (!query.exec(QStringLiteral("SELECT 1 FROM pg_get_keywords() WHERE word = %1"
                                           " AND catcode <> 'U'")
                                .arg(quoted(config.schema))))
                result = translateError(query.lastError(), describeLocation(config),
                                        config.busyTimeoutMs);
            else if (query.next())
                result = Error::invalid(
                    QStringLiteral("schema"),
                    Text::tr("The schema name \"%1\" is a word PostgreSQL reserves; choose "
                             "another name.")
                        .arg(config.schema));
            else if (!query.exec(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = %1")
                                     .arg(quoted(config.schema))))
                result = translateError(query.lastError(), describeLocation(config),
                                        config.busyTimeoutMs);
            else if (!query.next()) {
                if (query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(config.schema)))
                    result = true;
                else
                    result = translateError(query.lastError(), describeLocation(config),
                                            config.busyTimeoutMs);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void PostgresDialect::applyConnectOptions(QSqlDatabase &db, const DatabaseConfig &config) const
{
    applyOptions(db, config, false);
}

void PostgresDialect::applyReadOnlyConnectOptions(QSqlDatabase &db,
                                                  const DatabaseConfig &config) const
{
    applyOptions(db, config, true);
}

Result<void> PostgresDialect::configureSession(QSqlDatabase &db, const DatabaseConfig &config) const
{
    // The notices of CREATE ... IF NOT EXISTS are not worth a line in anybody's log.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET client_min_messages = warning")))
        return translateError(query.lastError(), describeLocation(config), config.busyTimeoutMs);
    if (!query.exec(QStringLiteral("SELECT current_schema()")) || !query.next())
        return translateError(query.lastError(), describeLocation(config), config.busyTimeoutMs);
    // The schema exists (createIfMissing saw it) but this login may not use it.
    if (query.value(0).isNull())
        return Error{Error::Code::ReadOnly,
                     Text::tr("%1: this login may not use the schema %2: it is not a member of "
                              "this war room. Ask an administrator to run: warroomctl server "
                              "add-person LOGIN --name \"FULL NAME\" --email ADDRESS")
                         .arg(describeLocation(config), config.schema)};
    if (query.value(0).toString() != config.schema)
        return Error{Error::Code::Storage,
                     Text::tr("%1: the connection does not work inside the schema %2 (it works in "
                              "\"%3\"); the database cannot be used safely.")
                         .arg(describeLocation(config), config.schema, query.value(0).toString())};
    return {};
}

QString PostgresDialect::listTables() const
{
    return QStringLiteral("SELECT table_name FROM information_schema.tables"
                          " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
}

QStringList PostgresDialect::appendOnlyTriggers(const QString &table) const
{
    return guardTrigger(table + QStringLiteral("_no_update"), table, RowChange::Update,
                        QStringLiteral("1 = 0"),
                        QStringLiteral("%1 is append-only: rows cannot be changed").arg(table)) +
           guardTrigger(table + QStringLiteral("_no_delete"), table, RowChange::Delete,
                        QStringLiteral("1 = 0"),
                        QStringLiteral("%1 is append-only: rows cannot be deleted").arg(table));
}

QStringList PostgresDialect::continueAutoIds(const QString &table) const
{
    // The identity's sequence stays with the rebuilt table's column through the rename; it
    // continues after the highest id copied into it.
    return {QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                           " COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                .arg(table)};
}

QStringList PostgresDialect::guardTrigger(const QString &name, const QString &table,
                                          RowChange change, const QString &condition,
                                          const QString &message) const
{
    const QString event = change == RowChange::Insert   ? QStringLiteral("INSERT")
                          : change == RowChange::Update ? QStringLiteral("UPDATE")
                                                        : QStringLiteral("DELETE");
    const QString row = change == RowChange::Delete ? QStringLiteral("OLD") : QStringLiteral("NEW");
    // RAISE ... USING MESSAGE takes the text as it is ("%" included).
    // SET search_path FROM CURRENT: the rule's table names resolve in the schema the migration
    // ran in, whatever search path the session that fires the trigger has.
    return {QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql"
                           " SET search_path FROM CURRENT AS $warroom$ BEGIN IF NOT (%2) THEN"
                           " RAISE EXCEPTION USING MESSAGE = %3; END IF; RETURN %4; END"
                           " $warroom$")
                .arg(name, condition, quoted(message), row),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
                .arg(name, event, table)};
}

QStringList PostgresDialect::beginWriteTransaction() const
{
    return {QStringLiteral("BEGIN"),
            QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema()))")};
}

QString PostgresDialect::dropTrigger(const QString &name, const QString &) const
{
    return QStringLiteral("DROP FUNCTION IF EXISTS %1() CASCADE").arg(name);
}

QString PostgresDialect::jsonText(const QString &column, const QString &key) const
{
    // Like SQLite's json_extract: a payload that is not JSON is an error, not a silent NULL.
    return QStringLiteral("(%1::jsonb ->> %2)").arg(column, quoted(key));
}

QStringList PostgresDialect::changeSignalStatements(const QString &table) const
{
    // No row id in the payload: identical payloads of one transaction are sent once, so a
    // transaction writing 500 rows sends one notification per table, not 500; the listeners
    // read what is new themselves (docs/shared-mode.md, "The change signal"). The channel is
    // computed as changeChannel() computes it.
    return {QStringLiteral(
                "CREATE OR REPLACE FUNCTION warroom_change_signal() RETURNS trigger"
                " LANGUAGE plpgsql AS $warroom$ BEGIN PERFORM pg_notify(left('warroom_changes_'"
                " || TG_TABLE_SCHEMA, 63), json_build_object('table', TG_TABLE_NAME, 'txid',"
                " txid_current())::text); RETURN NULL; END $warroom$"),
            QStringLiteral("CREATE TRIGGER %1_change_signal AFTER INSERT OR UPDATE OR DELETE ON %1"
                           " FOR EACH ROW EXECUTE FUNCTION warroom_change_signal()")
                .arg(table)};
}

std::unique_ptr<ChangeSignal> PostgresDialect::createChangeSignal(const Database &database,
                                                                  int) const
{
    return std::make_unique<NotifyChangeSignal>(database, changeChannel(database.config().schema));
}

Error PostgresDialect::translateError(const QSqlError &error, const QString &location,
                                      int busyTimeoutMs) const
{
    const QString state = error.nativeErrorCode();
    const QString detail =
        (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    const auto says = [&detail](const char *text) {
        return detail.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (state == QLatin1String("28P01") || state == QLatin1String("28000") ||
        says("password authentication failed") || says("no password supplied") ||
        says("no pg_hba.conf entry") || (says("role \"") && says("does not exist")))
        // The field says when a (better) password is what is missing: the GUI then asks for one.
        return Error{Error::Code::Storage,
                     Text::tr("%1: the server refused the login (%2). Check the user name in the "
                              "address and the password in ~/.pgpass or PGPASSWORD, or ask the "
                              "administrator to grant this login access.")
                         .arg(location, detail),
                     state == QLatin1String("28P01") || says("password authentication failed") ||
                             says("no password supplied")
                         ? QString::fromLatin1(kPasswordField)
                         : QString()};
    // TLS (sslmode in the address): before "could not connect", which libpq puts in front. Not
    // a connection that dropped mid-session ("SSL SYSCALL error: EOF detected", "SSL connection
    // has been closed unexpectedly"): nothing about certificates would help there.
    const bool dropped =
        says("SSL SYSCALL") || says("closed unexpectedly") || says("unexpected eof");
    if (!dropped && (says("certificate") || says("does not support SSL") || says("SSL error")))
        return Error{
            Error::Code::Io,
            Text::tr("%1: the secure connection failed (%2). With sslmode=verify-full the "
                     "server must have TLS on, this machine needs the certificate of the "
                     "authority that signed the server's in ~/.postgresql/root.crt (or "
                     "PGSSLROOTCERT), and the server's certificate must name the host of the "
                     "address (docs/shared-mode.md).")
                .arg(location, detail)};
    if (state == QLatin1String("3D000") || (says("database \"") && says("does not exist")))
        return Error{Error::Code::NotFound,
                     Text::tr("%1: the server has no such database (%2). Check the database name "
                              "at the end of the address, or ask the administrator to create it.")
                         .arg(location, detail)};
    if (state.startsWith(QLatin1String("08")) || says("could not connect") ||
        says("connection refused") || says("could not translate host name") ||
        says("timeout expired") || says("server closed the connection") ||
        says("no connection to the server") || says("is the server running"))
        return Error{Error::Code::Io,
                     Text::tr("%1: the server cannot be reached (%2). Nothing was written; check "
                              "the host and port in the address, the network, and that the "
                              "server is running, then try again.")
                         .arg(location, detail)};
    // A deadlock (40P01) or a serialization failure (40001) is no wait that ran out: the server
    // broke a collision with another transaction by rolling this one back, at once or after
    // deadlock_timeout. Nothing is retried here: War Room's write transactions take turns on the
    // schema's advisory lock, so the other side is a transaction outside that (psql, a script).
    if (state == QLatin1String("40P01") || state == QLatin1String("40001"))
        return Error{Error::Code::Busy,
                     Text::tr("Another seat changed the same rows at the same moment; nothing was "
                              "saved. Try again. (%1: %2, SQLSTATE %3)")
                         .arg(location,
                              state == QLatin1String("40P01")
                                  ? QStringLiteral("deadlock detected")
                                  : QStringLiteral("could not serialize access"),
                              state)};
    if (state == QLatin1String("55P03"))
        return Error{Error::Code::Busy,
                     Text::tr("%1 is being written by another seat; gave up after waiting %2 ms "
                              "(%3). Nothing was written; try again.")
                         .arg(location)
                         .arg(busyTimeoutMs)
                         .arg(detail)};
    if (state == QLatin1String("25006"))
        return Error{Error::Code::ReadOnly,
                     Text::tr("%1 cannot be written (read-only: %2). Nothing was written.")
                         .arg(location, detail)};
    if (state == QLatin1String(kRuleRefusal)) {
        // Only the rule's sentence: not libpq's "ERROR:" label, the PL/pgSQL context or the code.
        QString sentence = error.databaseText();
        sentence.remove(QRegularExpression(QStringLiteral("^\\s*ERROR:\\s*")));
        if (const qsizetype context = sentence.indexOf(QLatin1String("CONTEXT:")); context >= 0)
            sentence.truncate(context);
        sentence.remove(QRegularExpression(QStringLiteral("\\s*\\(WR001\\)\\s*$")));
        return Error{Error::Code::InvalidInput,
                     Text::tr("%1: %2. Nothing was written.").arg(location, sentence.trimmed())};
    }
    if (state == QLatin1String("42501"))
        return Error{Error::Code::ReadOnly,
                     Text::tr("%1: this login may not do that (%2). Nothing was written; ask the "
                              "administrator for the permission.")
                         .arg(location, detail)};
    if (state == QLatin1String("53100"))
        return Error{Error::Code::Io,
                     Text::tr("%1: the server's disk is full (%2). Nothing was written; tell the "
                              "administrator.")
                         .arg(location, detail)};
    return Error{Error::Code::Storage, Text::tr("Database error in %1: %2").arg(location, detail)};
}

} // namespace warroom
