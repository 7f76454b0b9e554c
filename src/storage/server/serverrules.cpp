#include "storage/server/serverrules.h"

#include "storage/server/plpgsql.h"

namespace warroom::serverrules {
namespace {

using plpgsql::refuse;

QStringList trigger(const QString &name, const QString &table, const QString &events,
                    const QString &call)
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %4")
                .arg(name, events, table, call)};
}

// Which column of which table names the person who wrote the row. "when-set": the column may be
// empty (an outbox row nobody settled by hand), and an update is checked only when it changes it.
// "kept": an update (a status change, a draft's new state) leaves the column as it was.
struct AuthorColumn
{
    QString table;
    QString column;
    QString events;
    QString mode;
};

const QList<AuthorColumn> &authorColumns()
{
    static const QList<AuthorColumn> columns{
        {QStringLiteral("incidents"), QStringLiteral("declared_by"),
         QStringLiteral("INSERT OR UPDATE"), QStringLiteral("kept")},
        {QStringLiteral("timeline_events"), QStringLiteral("author"), QStringLiteral("INSERT"),
         QStringLiteral("always")},
        {QStringLiteral("comms_templates"), QStringLiteral("created_by"), QStringLiteral("INSERT"),
         QStringLiteral("always")},
        {QStringLiteral("comms_drafts"), QStringLiteral("created_by"),
         QStringLiteral("INSERT OR UPDATE"), QStringLiteral("kept")},
        {QStringLiteral("comms_draft_versions"), QStringLiteral("saved_by"),
         QStringLiteral("INSERT"), QStringLiteral("always")},
        {QStringLiteral("comms_approvals"), QStringLiteral("person"), QStringLiteral("INSERT"),
         QStringLiteral("always")},
        {QStringLiteral("comms_publications"), QStringLiteral("published_by"),
         QStringLiteral("INSERT"), QStringLiteral("always")},
        {QStringLiteral("people"), QStringLiteral("updated_by"), QStringLiteral("INSERT OR UPDATE"),
         QStringLiteral("always")},
        {QStringLiteral("key_accounts"), QStringLiteral("updated_by"),
         QStringLiteral("INSERT OR UPDATE"), QStringLiteral("always")},
        {QStringLiteral("outbox"), QStringLiteral("settled_by"), QStringLiteral("INSERT OR UPDATE"),
         QStringLiteral("when-set")},
    };
    return columns;
}

} // namespace

QString obligationOwnersTable()
{
    return QStringLiteral("server_obligation_owners");
}

QStringList install(const QString &adminRole)
{
    const QString fn = QStringLiteral("CREATE OR REPLACE FUNCTION ");
    const QString plpgsql =
        QStringLiteral(" LANGUAGE plpgsql SET search_path FROM CURRENT AS $warroom$ ");
    QStringList sql{
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (obligation TEXT PRIMARY KEY,"
                       " owner_role TEXT NOT NULL)")
            .arg(obligationOwnersTable()),
        // The person the login is mapped to; NULL when it is not mapped.
        fn +
            QStringLiteral("srv_login_name() RETURNS text LANGUAGE sql STABLE"
                           " SET search_path FROM CURRENT AS $warroom$"
                           " SELECT p.name FROM person_logins l JOIN people p ON p.id = l.person_id"
                           " WHERE l.login = current_user $warroom$"),
        // Whether the rules bind this login: everybody but the schema's owner and superusers.
        fn + QStringLiteral("srv_bound() RETURNS boolean LANGUAGE sql STABLE"
                            " SET search_path FROM CURRENT AS $warroom$"
                            " SELECT NOT pg_has_role(current_user, (SELECT nspowner FROM"
                            " pg_namespace WHERE nspname = current_schema()), 'USAGE') $warroom$"),
        fn + QStringLiteral("srv_person() RETURNS text") + plpgsql +
            QStringLiteral("DECLARE who text := srv_login_name(); BEGIN IF who IS NULL THEN ") +
            refuse(QStringLiteral("'the login %s is not in this war room''s people directory; an "
                                  "administrator runs: warroomctl server add-person %s --name "
                                  "\"FULL NAME\"'"),
                   QStringLiteral("current_user, current_user")) +
            QStringLiteral(" END IF; RETURN who; END $warroom$"),
        // The same reading of the timeline as core/roles.h and the approval guard: the latest
        // assignment of the role names the person and nothing later took it from them (for every
        // role but customer success, a later assignment replaces the holder).
        fn + QStringLiteral(
                 "srv_holds_role(bigint, text, text) RETURNS boolean"
                 " LANGUAGE sql STABLE SET search_path FROM CURRENT AS $warroom$"
                 " SELECT EXISTS (SELECT 1 FROM timeline_events a WHERE a.incident_id = $1"
                 " AND a.kind = 'role_assigned' AND (a.payload::jsonb ->> 'role') = $2"
                 " AND srv_name_key(a.payload::jsonb ->> 'person') = srv_name_key($3)"
                 " AND NOT EXISTS (SELECT 1 FROM timeline_events u"
                 "  WHERE u.incident_id = a.incident_id AND u.id > a.id"
                 "  AND (u.payload::jsonb ->> 'role') = $2"
                 "  AND ((u.kind = 'role_assigned' AND $2 <> 'customer-success')"
                 "   OR (u.kind = 'role_unassigned' AND srv_name_key(u.payload::jsonb ->> 'person')"
                 "    = srv_name_key(a.payload::jsonb ->> 'person'))))) $warroom$"),
        // Rule (a): the row names the login's own person.
        fn + QStringLiteral("srv_author() RETURNS trigger") + plpgsql +
            QStringLiteral("DECLARE given text := to_jsonb(NEW) ->> TG_ARGV[0]; who text; BEGIN"
                           " IF NOT srv_bound() THEN RETURN NEW; END IF;"
                           " IF TG_ARGV[1] = 'kept' AND TG_OP = 'UPDATE' THEN"
                           "  IF given IS DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[0]) THEN ") +
            refuse(QStringLiteral("'%s: refused - %s records who wrote the row and never changes'"),
                   QStringLiteral("TG_TABLE_NAME, TG_ARGV[0]")) +
            QStringLiteral("  END IF; RETURN NEW; END IF;"
                           " IF TG_ARGV[1] = 'when-set' AND (coalesce(trim(given), '') = ''"
                           "  OR (TG_OP = 'UPDATE' AND given IS NOT DISTINCT FROM"
                           "   (to_jsonb(OLD) ->> TG_ARGV[0]))) THEN RETURN NEW; END IF;"
                           " who := srv_person();"
                           " IF srv_name_key(given) IS DISTINCT FROM srv_name_key(who) THEN ") +
            refuse(QStringLiteral("'%s: refused - the login %s records changes only under its own "
                                  "name, %s, not as \"%s\"'"),
                   QStringLiteral("TG_TABLE_NAME, current_user, who, given")) +
            QStringLiteral(" END IF; RETURN NEW; END $warroom$"),
        // Rules (c) and (d): legal signs off, the incident commander approves.
        fn + QStringLiteral("srv_signer() RETURNS trigger") + plpgsql +
            QStringLiteral(
                "DECLARE who text; incident bigint; needed text; BEGIN"
                " IF NOT srv_bound() THEN RETURN NEW; END IF;"
                " who := srv_person();"
                " incident := (SELECT d.incident_id FROM comms_drafts d WHERE d.id = NEW.draft_id);"
                " needed := CASE NEW.kind WHEN 'legal-signoff' THEN 'legal'"
                "  ELSE 'incident-commander' END;"
                " IF NOT srv_holds_role(incident, needed, who) THEN ") +
            refuse(QStringLiteral("'comms_approvals: refused - %s on incident %s comes only from "
                                  "the login holding the %s role there; %s (login %s) does not "
                                  "hold it'"),
                   QStringLiteral("CASE NEW.kind WHEN 'legal-signoff' THEN 'a legal sign-off' ELSE "
                                  "'an approval as incident commander' END, incident, needed, who, "
                                  "current_user")) +
            QStringLiteral(" END IF; RETURN NEW; END $warroom$"),
        // Rules (f) and (g): assigning oneself a role; ticking an obligation done or waiving it.
        fn + QStringLiteral("srv_timeline() RETURNS trigger") + plpgsql +
            QStringLiteral("DECLARE who text; owning text; ticked text; BEGIN"
                           " IF NOT srv_bound() THEN RETURN NEW; END IF;"
                           " IF NEW.kind = 'role_assigned' THEN who := srv_person();"
                           "  IF srv_name_key(NEW.payload::jsonb ->> 'person') = srv_name_key(who)"
                           "   AND NOT srv_holds_role(NEW.incident_id, 'incident-commander', who)"
                           "   AND NOT pg_has_role(current_user, '%1', 'MEMBER') THEN ")
                .arg(adminRole) +
            refuse(QStringLiteral("'timeline_events: refused - %s (login %s) cannot assign "
                                  "themself the %s role on incident %s: only the incident "
                                  "commander or an administrator assigns a role to themself'"),
                   QStringLiteral("who, current_user, NEW.payload::jsonb ->> 'role', "
                                  "NEW.incident_id")) +
            QStringLiteral("  END IF;"
                           " ELSIF NEW.kind IN ('obligation_done', 'obligation_waived') THEN"
                           "  who := srv_person(); ticked := NEW.payload::jsonb ->> 'obligation';"
                           "  owning := (SELECT o.owner_role FROM server_obligation_owners o"
                           "   WHERE o.obligation = ticked);"
                           "  IF NOT srv_holds_role(NEW.incident_id, 'incident-commander', who)"
                           "   AND (owning IS NULL OR NOT srv_holds_role(NEW.incident_id, owning, "
                           "who)) THEN ") +
            refuse(QStringLiteral("'timeline_events: refused - only the holder of the %s role or "
                                  "the incident commander on incident %s ticks \"%s\" done or "
                                  "waives it; %s (login %s) holds neither'"),
                   QStringLiteral("coalesce(owning, 'incident-commander'), NEW.incident_id, "
                                  "ticked, who, current_user")) +
            QStringLiteral("  END IF; END IF; RETURN NEW; END $warroom$"),
    };
    for (const AuthorColumn &c : authorColumns())
        sql += trigger(c.table + QStringLiteral("_srv_author"), c.table, c.events,
                       QStringLiteral("srv_author('%1', '%2')").arg(c.column, c.mode));
    sql += trigger(QStringLiteral("comms_approvals_srv_signer"), QStringLiteral("comms_approvals"),
                   QStringLiteral("INSERT"), QStringLiteral("srv_signer()"));
    sql += trigger(QStringLiteral("timeline_events_srv_rules"), QStringLiteral("timeline_events"),
                   QStringLiteral("INSERT"), QStringLiteral("srv_timeline()"));
    return sql;
}

} // namespace warroom::serverrules
