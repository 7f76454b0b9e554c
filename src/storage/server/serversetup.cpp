#include "storage/server/serversetup.h"

#include "core/roles/person.h"
#include "core/roles/roles.h"
#include "storage/db/database.h"
#include "storage/roles/peoplestore.h"
#include "storage/server/namerules.h"
#include "storage/server/outboxrules.h"
#include "storage/server/rowrules.h"
#include "storage/server/serverrules.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ServerSetup)
};

// A role suffix is at most 7 characters ("_member"); PostgreSQL cuts names at 63.
constexpr int kMaxSchemaForRoles = 56;

// What members write: rows of an incident's work. Append-only tables get INSERT only (their
// guard triggers refuse UPDATE and DELETE anyway); these three are updated in place.
const QStringList kMemberInserts{QStringLiteral("incidents"),
                                 QStringLiteral("timeline_events"),
                                 QStringLiteral("incident_triggers"),
                                 QStringLiteral("comms_templates"),
                                 QStringLiteral("comms_drafts"),
                                 QStringLiteral("comms_draft_versions"),
                                 QStringLiteral("comms_approvals"),
                                 QStringLiteral("comms_publications"),
                                 QStringLiteral("outbox"),
                                 QStringLiteral("outbox_remote_ids")};
const QStringList kMemberUpdates{QStringLiteral("incidents"), QStringLiteral("comms_drafts")};
// The outbox's columns the delivery worker and "posted by hand" write (OutboxStore): never what
// is sent, to whom or where, which a member could otherwise redirect in a queued row.
const QString kMemberOutboxUpdates = QStringLiteral(
    "state, attempts, next_attempt_at, claimed_by, claimed_until, last_message, remote_id,"
    " settled_at, settled_by");
// What administrators manage: the directory, the key accounts and the logins.
const QStringList kAdminTables{QStringLiteral("people"), QStringLiteral("person_roles"),
                               QStringLiteral("person_logins"), QStringLiteral("key_accounts"),
                               QStringLiteral("account_contacts")};

QString identifier(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString literal(QString text)
{
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

Result<QString> scalar(const Database &database, const QString &sql,
                       const QVariantList &values = {})
{
    Result<QSqlQuery> query = database.exec(sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QString();
    return query.value().value(0).toString();
}

Result<void> run(const Database &database, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (Result<QSqlQuery> done = database.exec(sql); !done)
            return done.error();
    }
    return {};
}

Result<void> checkServer(const Database &database)
{
    if (database.config().backend != DatabaseConfig::Backend::Postgres)
        return Error::invalid(QStringLiteral("server"),
                              Text::tr("server commands work on a PostgreSQL server; give "
                                       "--server URL (an SQLite file has no logins)."));
    return {};
}

// Everything init sets, as one text: equal before and after means nothing changed.
Result<QString> fingerprint(const Database &database, const ServerRoles &roles)
{
    QStringList names;
    for (const QString &role : roles.all())
        names.append(literal(role));
    const QString in = names.join(QStringLiteral(", "));
    QString sql =
        QStringLiteral("SELECT concat_ws(' | ',"
                       " (SELECT string_agg(rolname || ':' || rolcanlogin, ',' ORDER BY rolname)"
                       "  FROM pg_roles WHERE rolname IN (%1)),"
                       " (SELECT string_agg(r.rolname || '>' || m.rolname || ':' || a.admin_option,"
                       "  ',' ORDER BY r.rolname, m.rolname) FROM pg_auth_members a"
                       "  JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member"
                       "  WHERE r.rolname IN (%1) AND m.rolname IN (%1)),"
                       " (SELECT nspacl::text FROM pg_namespace WHERE nspname = current_schema()),"
                       " (SELECT string_agg(relname || '=' || coalesce(relacl::text, ''), ','"
                       "  ORDER BY relname) FROM pg_class"
                       "  WHERE relnamespace = current_schema()::regnamespace),"
                       " (SELECT string_agg(proname || '=' || md5(prosrc), ',' ORDER BY proname)"
                       "  FROM pg_proc WHERE pronamespace = current_schema()::regnamespace),"
                       " (SELECT string_agg(c.relname || '.' || t.tgname, ',' ORDER BY"
                       "  c.relname, t.tgname) FROM pg_trigger t JOIN pg_class c ON c.oid ="
                       "  t.tgrelid WHERE c.relnamespace = current_schema()::regnamespace"
                       "  AND NOT t.tgisinternal))")
            .arg(in);
    Result<QString> catalog = scalar(database, sql);
    if (!catalog)
        return catalog.error();
    Result<QString> hasOwners =
        scalar(database, QStringLiteral("SELECT to_regclass(%1) IS NOT NULL")
                             .arg(literal(serverrules::obligationOwnersTable())));
    if (!hasOwners)
        return hasOwners.error();
    if (hasOwners.value() != QLatin1String("true"))
        return catalog;
    Result<QString> owners =
        scalar(database, QStringLiteral("SELECT string_agg(obligation || '=' || owner_role, ','"
                                        " ORDER BY obligation) FROM %1")
                             .arg(serverrules::obligationOwnersTable()));
    if (!owners)
        return owners.error();
    return QString(catalog.value() + QStringLiteral(" | ") + owners.value());
}

QStringList createRoles(const ServerRoles &roles)
{
    QStringList sql;
    for (const QString &role : roles.all())
        sql += QStringLiteral("DO $warroom$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE"
                              " rolname = %1) THEN CREATE ROLE %2 NOLOGIN; END IF; END $warroom$")
                   .arg(literal(role), identifier(role));
    sql += QStringLiteral("GRANT %1 TO %2, %3").arg(roles.member, roles.ic, roles.legal);
    // Administrators grant membership to the logins they add (server add-person).
    sql += QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(roles.member, roles.admin);
    return sql;
}

QStringList grants(const QString &schema, const ServerRoles &roles)
{
    const QString all = roles.all().join(QStringLiteral(", "));
    return {
        // From nothing, so that running init again leaves exactly these rights.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, all),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, all),
        QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, roles.member),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, roles.member),
        QStringLiteral("GRANT INSERT ON %1 TO %2")
            .arg(kMemberInserts.join(QStringLiteral(", ")), roles.member),
        QStringLiteral("GRANT UPDATE ON %1 TO %2")
            .arg(kMemberUpdates.join(QStringLiteral(", ")), roles.member),
        QStringLiteral("GRANT UPDATE (%1) ON outbox TO %2").arg(kMemberOutboxUpdates, roles.member),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
            .arg(kAdminTables.join(QStringLiteral(", ")), roles.admin),
    };
}

Result<void> recordObligationOwners(const Database &database, const Playbook &playbook)
{
    const QString table = serverrules::obligationOwnersTable();
    if (Result<QSqlQuery> cleared = database.exec(QStringLiteral("DELETE FROM %1").arg(table));
        !cleared)
        return cleared.error();
    for (const ObligationDef &obligation : playbook.obligations) {
        Result<QSqlQuery> inserted = database.exec(
            QStringLiteral("INSERT INTO %1 (obligation, owner_role) VALUES (?, ?)").arg(table),
            {obligation.id, role::id(obligation.owner)});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

// Whether the login is mapped to the person already; refused when either is mapped elsewhere.
Result<bool> alreadyMapped(const Database &database, const QString &login, qint64 personId)
{
    Result<QSqlQuery> mapped = database.exec(
        QStringLiteral("SELECT l.login, p.name, l.person_id FROM person_logins l JOIN people p"
                       " ON p.id = l.person_id WHERE l.login = ? OR l.person_id = ?"),
        {login, personId});
    if (!mapped)
        return mapped.error();
    bool same = false;
    while (mapped.value().next()) {
        const QString otherLogin = mapped.value().value(0).toString();
        const QString otherName = mapped.value().value(1).toString();
        if (otherLogin == login && mapped.value().value(2).toLongLong() == personId)
            same = true;
        else if (otherLogin == login)
            return Error::invalid(QStringLiteral("login"),
                                  Text::tr("The login %1 already belongs to %2 in this war room; "
                                           "one login is one person.")
                                      .arg(login, otherName));
        else
            return Error::invalid(QStringLiteral("name"),
                                  Text::tr("%1 already works under the login %2 in this war "
                                           "room; one person has one login.")
                                      .arg(otherName, otherLogin));
    }
    return same;
}

} // namespace

ServerRoles ServerRoles::forSchema(const QString &schema)
{
    return {schema + QStringLiteral("_member"), schema + QStringLiteral("_ic"),
            schema + QStringLiteral("_legal"), schema + QStringLiteral("_admin")};
}

namespace serversetup {

Result<InitOutcome> init(Database &database, const Playbook &playbook)
{
    if (Result<void> server = checkServer(database); !server)
        return server.error();
    const QString schema = database.config().schema;
    if (schema.size() > kMaxSchemaForRoles)
        return Error::invalid(QStringLiteral("schema"),
                              Text::tr("The schema name \"%1\" is too long for its group roles "
                                       "(%1_member ...); use at most %2 characters.")
                                  .arg(schema)
                                  .arg(kMaxSchemaForRoles));
    Result<QString> allowed =
        scalar(database, QStringLiteral("SELECT (r.rolsuper OR r.rolcreaterole)"
                                        " AND pg_has_role(current_user, n.nspowner, 'USAGE')"
                                        " FROM pg_roles r, pg_namespace n"
                                        " WHERE r.rolname = current_user"
                                        " AND n.nspname = current_schema()"));
    if (!allowed)
        return allowed.error();
    if (allowed.value() != QLatin1String("true"))
        return Error{Error::Code::ReadOnly,
                     Text::tr("server init is run by the login that owns the schema %1 and may "
                              "create roles (CREATEROLE); %2 cannot. Run it as that login (or "
                              "the database superuser).")
                         .arg(schema, database.location())};
    InitOutcome outcome;
    outcome.roles = ServerRoles::forSchema(schema);
    Result<void> done = database.inWriteTransaction([&]() -> Result<void> {
        Result<QString> before = fingerprint(database, outcome.roles);
        if (!before)
            return before.error();
        if (Result<void> r = run(database, createRoles(outcome.roles)); !r)
            return r.error();
        if (Result<void> r = run(database, namerules::install()); !r)
            return r.error();
        if (Result<void> r = run(database, serverrules::install(outcome.roles.admin)); !r)
            return r.error();
        if (Result<void> r = run(database, rowrules::install()); !r)
            return r.error();
        if (Result<void> r = run(database, outboxrules::install()); !r)
            return r.error();
        if (Result<void> r = recordObligationOwners(database, playbook); !r)
            return r.error();
        if (Result<void> r = run(database, grants(schema, outcome.roles)); !r)
            return r.error();
        Result<QString> after = fingerprint(database, outcome.roles);
        if (!after)
            return after.error();
        outcome.changed = before.value() != after.value();
        return {};
    });
    if (!done)
        return done.error();
    return outcome;
}

Result<AddPersonOutcome> addPerson(Database &database, PeopleStore &people, const QString &login,
                                   const Person &contact, bool admin, const QString &author)
{
    if (Result<void> server = checkServer(database); !server)
        return server.error();
    AddPersonOutcome outcome;
    outcome.roles = ServerRoles::forSchema(database.config().schema);
    Result<QString> canLogin = scalar(
        database, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login});
    if (!canLogin)
        return canLogin.error();
    if (canLogin.value().isEmpty())
        return Error::invalid(QStringLiteral("login"),
                              Text::tr("There is no login %1 on this server; create it first "
                                       "(as the database superuser): CREATE ROLE %1 LOGIN "
                                       "PASSWORD '...';")
                                  .arg(login));
    if (canLogin.value() != QLatin1String("true"))
        return Error::invalid(
            QStringLiteral("login"),
            Text::tr("%1 is a role that cannot log in (it is NOLOGIN, like the group roles); give "
                     "the login a person uses: CREATE ROLE name LOGIN PASSWORD '...';")
                .arg(login));
    Result<QString> initialised =
        scalar(database, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"),
               {outcome.roles.admin});
    if (!initialised)
        return initialised.error();
    if (initialised.value().isEmpty())
        return Error::invalid(QStringLiteral("schema"),
                              Text::tr("%1 is not set up for logins yet: run warroomctl server "
                                       "init first.")
                                  .arg(database.location()));

    Result<void> done = database.inWriteTransaction([&]() -> Result<void> {
        Result<std::optional<Person>> listed = people.findByName(contact.name);
        if (!listed)
            return listed.error();
        qint64 personId = 0;
        if (listed.value()) {
            personId = listed.value()->id;
            outcome.name = listed.value()->name;
        } else {
            Result<qint64> added = people.add(contact, author);
            if (!added)
                return added.error();
            personId = added.value();
            outcome.name = contact.name.simplified();
            outcome.added = true;
            outcome.changed = true;
        }
        // Read and let go before the grants: a prepared statement still open when a later one
        // fails could not be freed inside the aborted transaction.
        Result<bool> mappedAlready = alreadyMapped(database, login, personId);
        if (!mappedAlready)
            return mappedAlready.error();
        if (!mappedAlready.value()) {
            Result<QSqlQuery> inserted = database.exec(
                QStringLiteral("INSERT INTO person_logins (login, person_id) VALUES (?, ?)"),
                {login, personId});
            if (!inserted)
                return inserted.error();
            outcome.changed = true;
        }
        QStringList groups{outcome.roles.member};
        if (admin)
            groups.append(outcome.roles.admin);
        for (const QString &group : groups) {
            Result<QString> member =
                scalar(database,
                       QStringLiteral("SELECT 1 FROM pg_auth_members a JOIN pg_roles r ON r.oid ="
                                      " a.roleid JOIN pg_roles m ON m.oid = a.member"
                                      " WHERE r.rolname = ? AND m.rolname = ?"),
                       {group, login});
            if (!member)
                return member.error();
            if (!member.value().isEmpty())
                continue;
            if (Result<QSqlQuery> granted = database.exec(
                    QStringLiteral("GRANT %1 TO %2").arg(identifier(group), identifier(login)));
                !granted)
                return granted.error();
            outcome.changed = true;
        }
        return {};
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace serversetup
} // namespace warroom
