#include "storage/migrations/schema_v4_comms.h"

#include "comms/templates/commstemplate.h"
#include "storage/comms/commsrecords.h"
#include "storage/db/database.h"
#include "storage/db/sqldialect.h"

namespace warroom::migrations {
namespace {

using RowChange = SqlDialect::RowChange;

const QString kChannels = QStringLiteral("'status-page', 'email', 'in-app', 'key-account'");
const QString kStates = QStringLiteral("'draft', 'in-legal-review', 'changes-requested', "
                                       "'legally-signed-off', 'ic-approved', 'published'");

// The publication gate, checked by the database on every INSERT INTO comms_publications:
//  - the row copies the latest version of its draft: same text, hash, channel and incident;
//  - the assigned IC approved exactly that version and hash;
//  - where legal review is required (the draft is marked, or the incident is a data leak or an
//    output error that caused a customer loss: draftgate::categoriesNeedingLegal()), legal
//    signed off that version and hash before the IC approved it;
//  - no placeholder is left in the text.
const QString kPublicationGate = QStringLiteral(
    "EXISTS (SELECT 1 FROM comms_draft_versions v JOIN comms_drafts d ON d.id = v.draft_id"
    "  WHERE v.id = NEW.draft_version_id AND v.draft_id = NEW.draft_id AND v.sha256 = NEW.sha256"
    "    AND v.rendered_title = NEW.title AND v.rendered_body = NEW.body"
    "    AND d.channel = NEW.channel AND d.incident_id = NEW.incident_id"
    "    AND v.version = (SELECT MAX(version) FROM comms_draft_versions WHERE draft_id = "
    "NEW.draft_id))"
    " AND EXISTS (SELECT 1 FROM comms_approvals a WHERE a.draft_version_id = NEW.draft_version_id"
    "  AND a.kind = 'ic-approval' AND a.sha256 = NEW.sha256)"
    " AND (NOT EXISTS (SELECT 1 FROM comms_drafts d JOIN incidents i ON i.id = d.incident_id"
    "       WHERE d.id = NEW.draft_id"
    "         AND (d.needs_legal = 1 OR i.category IN ('data-leak', 'output-error-loss')))"
    "  OR EXISTS (SELECT 1 FROM comms_approvals l JOIN comms_approvals a"
    "       ON a.draft_version_id = l.draft_version_id"
    "       WHERE l.draft_version_id = NEW.draft_version_id AND l.kind = 'legal-signoff'"
    "         AND l.sha256 = NEW.sha256 AND a.kind = 'ic-approval' AND a.sha256 = NEW.sha256"
    "         AND l.id < a.id))"
    " AND NEW.title NOT LIKE '%{{%' AND NEW.body NOT LIKE '%{{%'");

} // namespace

QStringList commsSchema(const SqlDialect &dialect)
{
    const QString id = dialect.autoIdColumn();
    QStringList sql{
        QStringLiteral("CREATE TABLE comms_templates ("
                       " id %1,"
                       " template_key TEXT NOT NULL CHECK (length(template_key) > 0),"
                       " version INTEGER NOT NULL CHECK (version >= 1),"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " kind TEXT NOT NULL CHECK (length(kind) > 0),"
                       " channel TEXT NOT NULL CHECK (channel IN (%2)),"
                       " categories TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL,"
                       " body TEXT NOT NULL CHECK (length(trim(body)) > 0),"
                       " created_at BIGINT NOT NULL,"
                       " created_by TEXT NOT NULL CHECK (length(trim(created_by)) > 0),"
                       " UNIQUE (template_key, version))")
            .arg(id, kChannels),
        QStringLiteral("CREATE TABLE comms_drafts ("
                       " id %1,"
                       " incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE RESTRICT,"
                       " channel TEXT NOT NULL CHECK (channel IN (%2)),"
                       " audience TEXT NOT NULL DEFAULT '',"
                       " template_key TEXT NOT NULL,"
                       " template_version INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (length(kind) > 0),"
                       " needs_legal INTEGER NOT NULL DEFAULT 0 CHECK (needs_legal IN (0, 1)),"
                       " state TEXT NOT NULL CHECK (state IN (%3)),"
                       " lint_override TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL,"
                       " created_by TEXT NOT NULL CHECK (length(trim(created_by)) > 0),"
                       " updated_at BIGINT NOT NULL,"
                       " FOREIGN KEY (template_key, template_version)"
                       "  REFERENCES comms_templates(template_key, version) ON DELETE RESTRICT)")
            .arg(id, kChannels, kStates),
        QStringLiteral("CREATE TABLE comms_draft_versions ("
                       " id %1,"
                       " draft_id BIGINT NOT NULL REFERENCES comms_drafts(id) ON DELETE RESTRICT,"
                       " version INTEGER NOT NULL CHECK (version >= 1),"
                       " title TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " rendered_title TEXT NOT NULL,"
                       " rendered_body TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                       " saved_at BIGINT NOT NULL,"
                       " saved_by TEXT NOT NULL CHECK (length(trim(saved_by)) > 0),"
                       " UNIQUE (draft_id, version))")
            .arg(id),
        QStringLiteral("CREATE TABLE comms_approvals ("
                       " id %1,"
                       " draft_id BIGINT NOT NULL REFERENCES comms_drafts(id) ON DELETE RESTRICT,"
                       " draft_version_id BIGINT NOT NULL REFERENCES comms_draft_versions(id) ON "
                       "DELETE RESTRICT,"
                       " kind TEXT NOT NULL CHECK (kind IN ('legal-signoff', 'ic-approval')),"
                       " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                       " person TEXT NOT NULL CHECK (length(trim(person)) > 0),"
                       " approved_at BIGINT NOT NULL,"
                       " lint_override TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral(
            "CREATE TABLE comms_publications ("
            " id %1,"
            " draft_id BIGINT NOT NULL UNIQUE REFERENCES comms_drafts(id) ON DELETE RESTRICT,"
            " draft_version_id BIGINT NOT NULL REFERENCES comms_draft_versions(id) ON DELETE "
            "RESTRICT,"
            " incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE RESTRICT,"
            " channel TEXT NOT NULL CHECK (channel IN (%2)),"
            " audience TEXT NOT NULL DEFAULT '',"
            " kind TEXT NOT NULL,"
            " template_key TEXT NOT NULL,"
            " title TEXT NOT NULL,"
            " body TEXT NOT NULL,"
            " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
            " published_at BIGINT NOT NULL,"
            " published_by TEXT NOT NULL CHECK (length(trim(published_by)) > 0))")
            .arg(id, kChannels),
        QStringLiteral("CREATE INDEX comms_drafts_by_incident ON comms_drafts (incident_id, id)"),
        QStringLiteral("CREATE INDEX comms_draft_versions_by_draft ON comms_draft_versions "
                       "(draft_id, version)"),
        QStringLiteral(
            "CREATE INDEX comms_approvals_by_version ON comms_approvals (draft_version_id, kind)"),
        QStringLiteral(
            "CREATE INDEX comms_publications_by_incident ON comms_publications (incident_id, id)"),
    };
    // What was written, signed and published is never rewritten.
    for (const QString &table :
         {QStringLiteral("comms_templates"), QStringLiteral("comms_draft_versions"),
          QStringLiteral("comms_approvals"), QStringLiteral("comms_publications")})
        sql += dialect.appendOnlyTriggers(table);
    // A sign-off or approval names a real version of its draft, with that version's hash.
    sql += dialect.guardTrigger(
        QStringLiteral("comms_approvals_bind_hash"), QStringLiteral("comms_approvals"),
        RowChange::Insert,
        QStringLiteral(
            "EXISTS (SELECT 1 FROM comms_draft_versions v WHERE v.id = NEW.draft_version_id"
            " AND v.draft_id = NEW.draft_id AND v.sha256 = NEW.sha256)"),
        QStringLiteral(
            "comms_approvals: a sign-off or approval must name a version of its draft and that "
            "version's text hash"));
    sql += dialect.guardTrigger(
        QStringLiteral("comms_publications_gate"), QStringLiteral("comms_publications"),
        RowChange::Insert, kPublicationGate,
        QStringLiteral("comms_publications: refused - the text has no matching IC approval "
                       "(and legal sign-off where required) for its exact hash"));
    // A draft's incident and channel never change; "needs legal review" is never taken back;
    // a published draft stays published, and only a draft with a publication is published.
    sql += dialect.guardTrigger(
        QStringLiteral("comms_drafts_guard"), QStringLiteral("comms_drafts"), RowChange::Update,
        QStringLiteral(
            "NEW.incident_id = OLD.incident_id AND NEW.channel = OLD.channel"
            " AND NEW.needs_legal >= OLD.needs_legal"
            " AND (OLD.state <> 'published' OR NEW.state = 'published')"
            " AND (NEW.state <> 'published'"
            "  OR EXISTS (SELECT 1 FROM comms_publications p WHERE p.draft_id = NEW.id))"),
        QStringLiteral(
            "comms_drafts: refused - a draft keeps its incident and channel, cannot drop a legal "
            "review requirement, and is published only through a publication"));
    sql += dialect.guardTrigger(
        QStringLiteral("comms_drafts_start_in_draft"), QStringLiteral("comms_drafts"),
        RowChange::Insert, QStringLiteral("NEW.state = 'draft'"),
        QStringLiteral("comms_drafts: a new draft starts in the draft state"));
    return sql;
}

Result<void> seedCommsTemplates(Database &database, qint64 appliedAtMs)
{
    for (const CommsTemplate &t : commstemplate::builtin()) {
        Result<QSqlQuery> inserted = database.exec(
            QStringLiteral(
                "INSERT INTO comms_templates (template_key, version, name, kind, channel, "
                "categories,"
                " title, body, created_at, created_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {t.key, t.name, t.kind, channel::id(t.channel),
             notNullText(commstemplate::categoriesToText(t.categories)), notNullText(t.title),
             t.body, appliedAtMs, QStringLiteral("War Room (built-in)")});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

} // namespace warroom::migrations
