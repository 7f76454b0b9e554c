#include "storage/migrations/schema_v5_gate.h"

#include "storage/db/sqldialect.h"

namespace warroom::migrations {
namespace {

using RowChange = SqlDialect::RowChange;

QString sameName(const QString &a, const QString &b)
{
    return QStringLiteral("lower(trim(%1)) = lower(trim(%2))").arg(a, b);
}

// True when `person` holds the (single-holder) role on the incident now: the latest assignment
// of the role names them and no later event took it from them (core/roles.h replays the same
// events: a later assignment replaces the holder, an unassignment of the holder ends it).
QString holdsRole(const SqlDialect &dialect, const QString &incident, const QString &role,
                  const QString &person)
{
    const QString aRole = dialect.jsonText(QStringLiteral("a.payload"), QStringLiteral("role"));
    const QString aPerson = dialect.jsonText(QStringLiteral("a.payload"), QStringLiteral("person"));
    const QString uRole = dialect.jsonText(QStringLiteral("u.payload"), QStringLiteral("role"));
    const QString uPerson = dialect.jsonText(QStringLiteral("u.payload"), QStringLiteral("person"));
    return QStringLiteral(
               "EXISTS (SELECT 1 FROM timeline_events a WHERE a.incident_id = %1"
               " AND a.kind = 'role_assigned' AND %2 = '%3' AND %4"
               " AND NOT EXISTS (SELECT 1 FROM timeline_events u WHERE u.incident_id = "
               "a.incident_id"
               "  AND u.id > a.id AND %5 = '%3'"
               "  AND (u.kind = 'role_assigned' OR (u.kind = 'role_unassigned' AND %6))))")
        .arg(incident, aRole, role, sameName(aPerson, person), uRole, sameName(uPerson, aPerson));
}

const QString kDraftIncident =
    QStringLiteral("(SELECT d.incident_id FROM comms_drafts d WHERE d.id = NEW.draft_id)");
const QString kNeedsLegal =
    QStringLiteral("(SELECT d.needs_legal FROM comms_drafts d WHERE d.id = NEW.draft_id) = 1");

QString approvalGuard(const SqlDialect &dialect)
{
    return QStringLiteral(
               "(NEW.kind <> 'ic-approval' OR %1)"
               " AND (NEW.kind <> 'legal-signoff' OR %2)"
               // one person never both signs off and approves the same version
               " AND NOT EXISTS (SELECT 1 FROM comms_approvals o"
               "  WHERE o.draft_version_id = NEW.draft_version_id AND o.kind <> NEW.kind AND %3)"
               // legal signs off before the approval: not once the version is approved ...
               " AND (NEW.kind <> 'legal-signoff' OR NOT EXISTS (SELECT 1 FROM comms_approvals o"
               "  WHERE o.draft_version_id = NEW.draft_version_id AND o.kind = 'ic-approval'))"
               // ... and an approval that needs it comes after it, by time
               " AND (NEW.kind <> 'ic-approval' OR NOT %4 OR EXISTS (SELECT 1 FROM comms_approvals "
               "l"
               "  WHERE l.draft_version_id = NEW.draft_version_id AND l.kind = 'legal-signoff'"
               "  AND l.sha256 = NEW.sha256 AND l.approved_at <= NEW.approved_at))")
        .arg(holdsRole(dialect, kDraftIncident, QStringLiteral("incident-commander"),
                       QStringLiteral("NEW.person")),
             holdsRole(dialect, kDraftIncident, QStringLiteral("legal"),
                       QStringLiteral("NEW.person")),
             sameName(QStringLiteral("o.person"), QStringLiteral("NEW.person")), kNeedsLegal);
}

// The publication gate, checked on every INSERT INTO comms_publications:
//  - the row copies the latest version of its draft: the same text itself, hash, channel and
//    incident;
//  - the IC approved exactly that version and hash, at or before the publication;
//  - where the draft needs legal, a different person from legal signed that version off at or
//    before the approval;
//  - no placeholder is left in the text.
const QString kPublicationGate = QStringLiteral(
    "EXISTS (SELECT 1 FROM comms_draft_versions v JOIN comms_drafts d ON d.id = v.draft_id"
    "  WHERE v.id = NEW.draft_version_id AND v.draft_id = NEW.draft_id AND v.sha256 = NEW.sha256"
    "    AND v.rendered_title = NEW.title AND v.rendered_body = NEW.body"
    "    AND d.channel = NEW.channel AND d.incident_id = NEW.incident_id"
    "    AND v.version = (SELECT MAX(version) FROM comms_draft_versions WHERE draft_id = "
    "NEW.draft_id))"
    " AND EXISTS (SELECT 1 FROM comms_approvals a WHERE a.draft_version_id = NEW.draft_version_id"
    "  AND a.kind = 'ic-approval' AND a.sha256 = NEW.sha256 AND a.approved_at <= NEW.published_at)"
    " AND (NOT %1"
    "  OR EXISTS (SELECT 1 FROM comms_approvals l JOIN comms_approvals a"
    "       ON a.draft_version_id = l.draft_version_id"
    "       WHERE l.draft_version_id = NEW.draft_version_id AND l.kind = 'legal-signoff'"
    "         AND l.sha256 = NEW.sha256 AND a.kind = 'ic-approval' AND a.sha256 = NEW.sha256"
    "         AND l.approved_at <= a.approved_at"
    "         AND lower(trim(l.person)) <> lower(trim(a.person))))"
    " AND NEW.title NOT LIKE '%{{%' AND NEW.body NOT LIKE '%{{%'");

} // namespace

QStringList gateSchema(const SqlDialect &dialect)
{
    QStringList sql{
        // Until version 5 the gate read the incident's current category; the requirement is now
        // stored on the draft. Drafts written before keep what version 4 required of them.
        QStringLiteral("UPDATE comms_drafts SET needs_legal = 1 WHERE needs_legal = 0 AND"
                       " incident_id IN (SELECT id FROM incidents"
                       "  WHERE category IN ('data-leak', 'output-error-loss'))"),
        dialect.dropTrigger(QStringLiteral("comms_publications_gate"),
                            QStringLiteral("comms_publications"))};
    sql += dialect.guardTrigger(
        QStringLiteral("comms_publications_gate"), QStringLiteral("comms_publications"),
        RowChange::Insert, kPublicationGate.arg(kNeedsLegal),
        QStringLiteral("comms_publications: refused - the text is not the latest version with an "
                       "IC approval (and, where the draft needs it, an earlier legal sign-off by "
                       "another person) for its exact text"));
    sql += dialect.guardTrigger(
        QStringLiteral("comms_approvals_who"), QStringLiteral("comms_approvals"), RowChange::Insert,
        approvalGuard(dialect),
        QStringLiteral("comms_approvals: refused - an IC approval must come from the incident "
                       "commander and a legal sign-off from legal, as assigned now; one person "
                       "cannot both sign off and approve a version; legal signs off before the "
                       "approval"));
    sql += dialect.guardTrigger(QStringLiteral("incidents_no_delete"), QStringLiteral("incidents"),
                                RowChange::Delete, QStringLiteral("1 = 0"),
                                QStringLiteral("incidents are never deleted: close them instead"));
    sql += dialect.guardTrigger(
        QStringLiteral("comms_drafts_no_delete"), QStringLiteral("comms_drafts"), RowChange::Delete,
        QStringLiteral("1 = 0"), QStringLiteral("comms_drafts: drafts are never deleted"));
    return sql;
}

} // namespace warroom::migrations
