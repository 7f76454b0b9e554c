#include "storage/server/rowrules.h"

#include "storage/server/plpgsql.h"

namespace warroom::rowrules {
namespace {

using plpgsql::deferredTrigger;
using plpgsql::function;
using plpgsql::refuse;

// Whether an event of the incident meeting the condition was written by this transaction. The
// newest events are looked at first (they are this transaction's when the stores wrote them), and
// srv_written_here is called only when the row is not simply the transaction's own: a change
// through War Room costs about the same on an incident of twenty thousand events as on a new one.
QString eventHere(const QString &incident, const QString &condition)
{
    return QStringLiteral("((SELECT e.id FROM timeline_events e WHERE e.incident_id = %1 AND (%2)"
                          " AND (e.xmin = pg_current_xact_id()::xid OR srv_written_here(e.xmin))"
                          " ORDER BY e.id DESC LIMIT 1) IS NOT NULL)")
        .arg(incident, condition);
}

QString ofDraft(const QString &condition)
{
    return QStringLiteral("e.payload::jsonb ->> 'draft_id' = NEW.id::text AND ") + condition;
}

// Columns that must not change; "o" and "n" are the old and new row as jsonb.
QString unchanged(const QString &table, const QString &columns, const QString &what)
{
    return QStringLiteral(" FOREACH c IN ARRAY ARRAY[%1] LOOP"
                          "  IF o -> c IS DISTINCT FROM n -> c THEN ")
               .arg(columns) +
           refuse(QStringLiteral("'%1: refused - %s of %2 %s never changes; it is what the row "
                                 "records, not a state to update'")
                      .arg(table, what),
                  QStringLiteral("c, OLD.id")) +
           QStringLiteral("  END IF; END LOOP;");
}

} // namespace

QStringList install()
{
    QStringList sql{
        // Whether a row version was written by the running transaction. Its xmin is then the
        // transaction's own id, or, for a row written inside a savepoint, one of its
        // subtransactions' ids, which come after it. A transaction-local setting (set_config)
        // would be simpler, but a member can set it too; xmin cannot be forged: the row must
        // really have been inserted, through every other rule, by this transaction. A visible row
        // whose writer is still in progress is this transaction's own (other transactions'
        // uncommitted rows are never visible), which pg_xact_status tells for the id widened to
        // 64 bits. An id less than 2^31 ahead of ours (modulo 2^32) is taken to be ahead; one
        // behind ours is an older transaction's and is not looked up at all; one ahead that was
        // never assigned is refused by pg_xact_status ("in the future"): not ours either.
        function(QStringLiteral("srv_written_here(xid) RETURNS boolean"),
                 QStringLiteral(
                     "DECLARE top bigint := pg_current_xact_id()::text::bigint; ahead bigint;"
                     " BEGIN"
                     " IF $1 = pg_current_xact_id()::xid THEN RETURN true; END IF;"
                     " ahead := ($1::text::bigint - top % 4294967296 + 4294967296) % 4294967296;"
                     " IF ahead >= 2147483648 THEN RETURN false; END IF;"
                     " BEGIN RETURN pg_xact_status((top + ahead)::text::xid8) = 'in progress';"
                     " EXCEPTION WHEN invalid_parameter_value THEN RETURN false; END; END")),
        // Whether an event gives a field's value as stored (a fields_changed event as the new
        // value in "changes", a declared event as the field itself).
        function(
            QStringLiteral("srv_value_is(value jsonb, field text, stored jsonb) RETURNS boolean"),
            QStringLiteral("DECLARE given text := value #>> '{}'; BEGIN"
                           " IF given IS NULL THEN RETURN false; END IF;"
                           " IF field = 'detected_at' THEN RETURN"
                           "  round(extract(epoch FROM given::timestamptz) * 1000) = (stored #>> "
                           "'{}')::numeric;"
                           " ELSIF field IN ('affected_users_pct', 'enterprise_affected') THEN"
                           "  RETURN given::numeric = (stored #>> '{}')::numeric; END IF;"
                           " RETURN given = (stored #>> '{}');"
                           " EXCEPTION WHEN data_exception THEN RETURN false; END")),
        // Rule (h): an incident's row changes with its event.
        function(
            QStringLiteral("srv_incident_row() RETURNS trigger"),
            QStringLiteral("DECLARE o jsonb := to_jsonb(OLD); n jsonb := to_jsonb(NEW); c text;"
                           " changed text[] := '{}'; BEGIN"
                           " IF NOT srv_bound() THEN RETURN NULL; END IF;") +
                unchanged(QStringLiteral("incidents"),
                          QStringLiteral("'id', 'declared_at', 'declared_by'"),
                          QStringLiteral("incident")) +
                QStringLiteral(" IF NEW.status IS DISTINCT FROM OLD.status AND NOT ") +
                eventHere(QStringLiteral("NEW.id"),
                          QStringLiteral("e.kind = 'status_changed' AND e.payload::jsonb ->> "
                                         "'from' = OLD.status AND "
                                         "e.payload::jsonb ->> 'to' = NEW.status AND "
                                         "e.occurred_at = NEW.updated_at")) +
                QStringLiteral(" THEN ") +
                refuse(QStringLiteral("'incidents: refused - the status of incident %s changes "
                                      "from %s to %s only together with the status_changed event "
                                      "saying so, occurring at the row''s new updated_at, in the "
                                      "same transaction, so that every seat "
                                      "sees it on the timeline; change it through War Room, "
                                      "which writes both'"),
                       QStringLiteral("NEW.id, OLD.status, NEW.status")) +
                QStringLiteral(
                    " END IF;"
                    " FOREACH c IN ARRAY ARRAY['title', 'category', 'severity', 'task_type',"
                    "  'affected_users_pct', 'enterprise_affected', 'detected_at'] LOOP"
                    "  IF o -> c IS DISTINCT FROM n -> c THEN changed := changed || c; END IF;"
                    " END LOOP;"
                    " IF cardinality(changed) > 0 AND NOT ") +
                eventHere(
                    QStringLiteral("NEW.id"),
                    QStringLiteral(
                        "e.kind = 'fields_changed' AND e.occurred_at = NEW.updated_at AND NOT "
                        "EXISTS (SELECT 1 FROM unnest(changed) f WHERE NOT "
                        "srv_value_is(e.payload::jsonb -> 'changes' -> f -> 0, f, o -> f) OR NOT "
                        "srv_value_is(e.payload::jsonb -> 'changes' -> f -> 1, f, n -> f))")) +
                QStringLiteral(" THEN ") +
                refuse(QStringLiteral("'incidents: refused - %s of incident %s change only "
                                      "together with the fields_changed event giving each old and "
                                      "new value, occurring at the row''s new updated_at, in the "
                                      "same transaction, so that every seat sees "
                                      "it on the timeline; change them through War Room, which "
                                      "writes both'"),
                       QStringLiteral("array_to_string(changed, ', '), NEW.id")) +
                QStringLiteral(" END IF;"
                               " IF NEW.updated_at IS DISTINCT FROM OLD.updated_at AND"
                               "  NEW.status IS NOT DISTINCT FROM OLD.status AND"
                               "  cardinality(changed) = 0 THEN ") +
                refuse(QStringLiteral("'incidents: refused - updated_at of incident %s changes "
                                      "only with a change of its status or fields'"),
                       QStringLiteral("NEW.id")) +
                QStringLiteral(" END IF; RETURN NULL; END")),
        // Rule (i): a draft's row changes with its event.
        function(
            QStringLiteral("srv_draft_row() RETURNS trigger"),
            QStringLiteral("DECLARE o jsonb := to_jsonb(OLD); n jsonb := to_jsonb(NEW); c text;"
                           " kinds text[]; proof text; BEGIN"
                           " IF NOT srv_bound() THEN RETURN NULL; END IF;") +
                unchanged(QStringLiteral("comms_drafts"),
                          QStringLiteral("'id', 'incident_id', 'channel', 'audience', "
                                         "'template_key', 'template_version', 'kind', "
                                         "'created_at', 'created_by'"),
                          QStringLiteral("draft")) +
                QStringLiteral(
                    " IF NEW.state IS DISTINCT FROM OLD.state THEN"
                    "  kinds := CASE NEW.state"
                    "   WHEN 'draft' THEN ARRAY['draft_saved', 'draft_marked_needs_legal']"
                    "   WHEN 'in-legal-review' THEN ARRAY['draft_submitted']"
                    "   WHEN 'changes-requested' THEN ARRAY['draft_changes_requested']"
                    "   WHEN 'legally-signed-off' THEN ARRAY['draft_signed_off']"
                    "   WHEN 'ic-approved' THEN ARRAY['draft_approved']"
                    "   WHEN 'published' THEN ARRAY['announcement_published'] END;"
                    "  proof := CASE NEW.state"
                    "   WHEN 'legally-signed-off' THEN 'a legal sign-off (comms_approvals)'"
                    "   WHEN 'ic-approved' THEN 'an IC approval (comms_approvals)'"
                    "   WHEN 'published' THEN 'its publication (comms_publications)' END;"
                    "  IF NOT ") +
                eventHere(QStringLiteral("NEW.incident_id"),
                          ofDraft(QStringLiteral("e.kind = ANY (kinds)"))) +
                QStringLiteral(
                    "   OR (NEW.state IN ('legally-signed-off', 'ic-approved') AND NOT EXISTS"
                    "    (SELECT 1 FROM comms_approvals a WHERE a.draft_id = NEW.id"
                    "     AND a.kind = CASE NEW.state WHEN 'ic-approved' THEN 'ic-approval'"
                    "      ELSE 'legal-signoff' END AND (a.xmin = pg_current_xact_id()::xid OR "
                    "srv_written_here(a.xmin))))"
                    "   OR (NEW.state = 'published' AND NOT EXISTS (SELECT 1 FROM"
                    "    comms_publications p WHERE p.draft_id = NEW.id"
                    "    AND (p.xmin = pg_current_xact_id()::xid OR srv_written_here(p.xmin)))) "
                    "THEN ") +
                refuse(QStringLiteral("'comms_drafts: refused - draft %s goes from %s to %s only "
                                      "together with the timeline event of that step (%s)%s, in "
                                      "the same transaction, so that every seat sees it; take the "
                                      "step through War Room, which writes both'"),
                       QStringLiteral("NEW.id, OLD.state, NEW.state, array_to_string(kinds, ' or "
                                      "'), coalesce(' and ' || proof, '')")) +
                QStringLiteral("  END IF; END IF;"
                               " IF NEW.needs_legal IS DISTINCT FROM OLD.needs_legal AND NOT ") +
                eventHere(QStringLiteral("NEW.incident_id"),
                          ofDraft(QStringLiteral("e.kind = 'draft_marked_needs_legal'"))) +
                QStringLiteral(" THEN ") +
                refuse(QStringLiteral("'comms_drafts: refused - draft %s is marked as needing "
                                      "legal review only together with the "
                                      "draft_marked_needs_legal event, in the same transaction'"),
                       QStringLiteral("NEW.id")) +
                QStringLiteral(
                    " END IF;"
                    " IF NEW.lint_override IS DISTINCT FROM OLD.lint_override AND NOT ") +
                eventHere(
                    QStringLiteral("NEW.incident_id"),
                    ofDraft(QStringLiteral("((e.kind IN ('draft_submitted', 'draft_approved') AND"
                                           " coalesce(e.payload::jsonb ->> 'override_reason', '') ="
                                           " NEW.lint_override) OR (e.kind = 'draft_saved' AND"
                                           " NEW.lint_override = ''))"))) +
                QStringLiteral(" THEN ") +
                refuse(QStringLiteral("'comms_drafts: refused - the lint override of draft %s is "
                                      "recorded only together with the submission or approval "
                                      "giving that reason (or cleared by a save), in the same "
                                      "transaction'"),
                       QStringLiteral("NEW.id")) +
                QStringLiteral(" END IF;"
                               " IF NEW.updated_at IS DISTINCT FROM OLD.updated_at AND NOT ") +
                eventHere(QStringLiteral("NEW.incident_id"), ofDraft(QStringLiteral("true"))) +
                QStringLiteral(" THEN ") +
                refuse(QStringLiteral("'comms_drafts: refused - updated_at of draft %s changes "
                                      "only with an event of the draft in the same transaction'"),
                       QStringLiteral("NEW.id")) +
                QStringLiteral(" END IF; RETURN NULL; END")),
        // Rule (h) for a new incident: declared with its event, investigating.
        function(
            QStringLiteral("srv_incident_new() RETURNS trigger"),
            QStringLiteral("DECLARE n jsonb := to_jsonb(NEW); BEGIN"
                           " IF NOT srv_bound() THEN RETURN NULL; END IF;"
                           " IF NEW.status <> 'investigating' OR NOT ") +
                eventHere(QStringLiteral("NEW.id"),
                          QStringLiteral("e.kind = 'declared' AND NOT EXISTS (SELECT 1 FROM"
                                         " unnest(ARRAY['title', 'category', 'severity',"
                                         " 'task_type', 'affected_users_pct',"
                                         " 'enterprise_affected', 'detected_at']) f WHERE NOT"
                                         " srv_value_is(e.payload::jsonb -> f, f, n -> f))")) +
                QStringLiteral(" THEN ") +
                refuse(QStringLiteral("'incidents: refused - incident %s is declared only together "
                                      "with its declared event giving its fields, in the same "
                                      "transaction, and starts investigating (not %s); declare it "
                                      "through War Room, which writes both'"),
                       QStringLiteral("NEW.id, NEW.status")) +
                QStringLiteral(" END IF; RETURN NULL; END")),
        // Rule (i) for a new draft: created with its draft_created event saying what it is.
        function(
            QStringLiteral("srv_draft_new() RETURNS trigger"),
            QStringLiteral("BEGIN IF NOT srv_bound() THEN RETURN NULL; END IF;"
                           " IF NOT ") +
                eventHere(QStringLiteral("NEW.incident_id"),
                          ofDraft(QStringLiteral(
                              "e.kind = 'draft_created' AND e.payload::jsonb ->> 'channel' ="
                              " NEW.channel AND coalesce(e.payload::jsonb ->> 'audience', '') ="
                              " NEW.audience AND e.payload::jsonb ->> 'template' ="
                              " NEW.template_key AND e.payload::jsonb -> 'template_version' ="
                              " to_jsonb(NEW.template_version) AND e.payload::jsonb ->> 'kind' ="
                              " NEW.kind"))) +
                QStringLiteral(" THEN ") +
                refuse(QStringLiteral("'comms_drafts: refused - draft %s is created only together "
                                      "with its draft_created event saying its channel, audience, "
                                      "template and kind, in the same transaction; create it "
                                      "through War Room, which writes both'"),
                       QStringLiteral("NEW.id")) +
                QStringLiteral(" END IF; RETURN NULL; END")),
        // Rule (i) for a draft's text: a new version with the event recording it.
        function(
            QStringLiteral("srv_version_new() RETURNS trigger"),
            QStringLiteral("DECLARE of_incident bigint := (SELECT d.incident_id FROM comms_drafts d"
                           " WHERE d.id = NEW.draft_id); BEGIN"
                           " IF NOT srv_bound() THEN RETURN NULL; END IF;"
                           " IF NOT ") +
                eventHere(QStringLiteral("of_incident"),
                          QStringLiteral("e.kind IN ('draft_created', 'draft_saved') AND"
                                         " e.payload::jsonb ->> 'draft_id' = NEW.draft_id::text"
                                         " AND e.payload::jsonb -> 'version' ="
                                         " to_jsonb(NEW.version) AND e.payload::jsonb ->>"
                                         " 'sha256' = NEW.sha256")) +
                QStringLiteral(" THEN ") +
                refuse(QStringLiteral("'comms_draft_versions: refused - version %s of draft %s is "
                                      "saved only together with the draft_saved event giving its "
                                      "version and hash, in the same transaction; save it "
                                      "through War Room, which writes both'"),
                       QStringLiteral("NEW.version, NEW.draft_id")) +
                QStringLiteral(" END IF; RETURN NULL; END")),
        // Rule (j): an outbox row goes where its publication (or synced event) said.
        function(
            QStringLiteral("srv_outbox_row() RETURNS trigger"),
            QStringLiteral("BEGIN IF NOT srv_bound() THEN RETURN NULL; END IF;"
                           " IF NEW.publication_id IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM"
                           "  comms_publications p WHERE p.id = NEW.publication_id"
                           "  AND p.incident_id = NEW.incident_id AND (p.xmin = "
                           "pg_current_xact_id()::xid OR srv_written_here(p.xmin)))"
                           "  OR NOT EXISTS (SELECT 1 FROM timeline_events e, LATERAL"
                           "  jsonb_array_elements(e.payload::jsonb -> 'deliveries') d WHERE"
                           "  e.incident_id = NEW.incident_id AND e.kind ="
                           "  'announcement_published' AND (e.xmin = pg_current_xact_id()::xid OR "
                           "srv_written_here(e.xmin))"
                           "  AND e.payload::jsonb ->> 'publication_id' ="
                           "  NEW.publication_id::text AND d ->> 'key' = NEW.idempotency_key"
                           "  AND d ->> 'destination' = NEW.destination"
                           "  AND coalesce(d ->> 'recipient', '') = NEW.recipient)) THEN ") +
                refuse(QStringLiteral("'outbox: refused - a delivery of publication %s to %s%s is "
                                      "queued only by the transaction that publishes it, and "
                                      "listed in its announcement_published event; War Room "
                                      "queues every delivery when it publishes'"),
                       QStringLiteral("NEW.publication_id, NEW.destination, CASE WHEN "
                                      "NEW.recipient = '' THEN '' ELSE ' (' || NEW.recipient || "
                                      "')' END")) +
                QStringLiteral(
                    " END IF;"
                    " IF NEW.recipient <> '' AND NOT EXISTS (SELECT 1 FROM account_contacts k"
                    "  WHERE srv_name_key(k.email) = srv_name_key(NEW.recipient)) THEN ") +
                refuse(QStringLiteral("'outbox: refused - %s is no contact of a key account; "
                                      "announcements are e-mailed to key account contacts only "
                                      "(an administrator adds them)'"),
                       QStringLiteral("NEW.recipient")) +
                QStringLiteral(
                    " END IF;"
                    " IF NEW.sync_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
                    "  timeline_events e WHERE e.id = NEW.sync_event_id AND e.incident_id ="
                    "  NEW.incident_id AND (e.xmin = pg_current_xact_id()::xid OR "
                    "srv_written_here(e.xmin))) THEN ") +
                refuse(QStringLiteral("'outbox: refused - the sync of event %s is queued only by "
                                      "the transaction that records the event'"),
                       QStringLiteral("NEW.sync_event_id")) +
                QStringLiteral(" END IF; RETURN NULL; END")),
    };
    sql += deferredTrigger(QStringLiteral("incidents_srv_row"), QStringLiteral("incidents"),
                           QStringLiteral("UPDATE"), QStringLiteral("srv_incident_row()"));
    sql += deferredTrigger(QStringLiteral("comms_drafts_srv_row"), QStringLiteral("comms_drafts"),
                           QStringLiteral("UPDATE"), QStringLiteral("srv_draft_row()"));
    sql += deferredTrigger(QStringLiteral("incidents_srv_new"), QStringLiteral("incidents"),
                           QStringLiteral("INSERT"), QStringLiteral("srv_incident_new()"));
    sql += deferredTrigger(QStringLiteral("comms_drafts_srv_new"), QStringLiteral("comms_drafts"),
                           QStringLiteral("INSERT"), QStringLiteral("srv_draft_new()"));
    sql += deferredTrigger(QStringLiteral("comms_draft_versions_srv_new"),
                           QStringLiteral("comms_draft_versions"), QStringLiteral("INSERT"),
                           QStringLiteral("srv_version_new()"));
    sql += deferredTrigger(QStringLiteral("outbox_srv_row"), QStringLiteral("outbox"),
                           QStringLiteral("INSERT"), QStringLiteral("srv_outbox_row()"));
    return sql;
}

} // namespace warroom::rowrules
