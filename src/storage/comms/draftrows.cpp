#include "storage/comms/draftrows.h"

#include "core/base/enumtable.h"
#include "core/base/utctime.h"
#include "core/comms/announcementkind.h"
#include "storage/db/database.h"
#include "storage/db/storedrow.h"

#include <QCoreApplication>

namespace warroom {
namespace {

const QString kDraftColumns =
    QStringLiteral("d.id, d.incident_id, d.channel, d.audience, d.template_key, "
                   "d.template_version, d.kind, d.needs_legal,"
                   " d.state, d.lint_override, d.created_at, d.created_by, d.updated_at,"
                   " v.id, v.version, v.title, v.body, v.rendered_title, v.rendered_body, "
                   "v.sha256, v.saved_at, v.saved_by,"
                   // The draft's number within its incident (drafts are never deleted).
                   " (SELECT COUNT(*) FROM comms_drafts n"
                   " WHERE n.incident_id = d.incident_id AND n.id <= d.id)");
const QString kLatestJoin = QStringLiteral(
    "FROM comms_drafts d JOIN comms_draft_versions v ON v.draft_id = d.id"
    " AND v.version = (SELECT MAX(version) FROM comms_draft_versions WHERE draft_id = d.id)");

DraftVersion versionFromRow(const QSqlQuery &q, int at, qint64 draftId)
{
    DraftVersion v;
    v.id = q.value(at).toLongLong();
    v.draftId = draftId;
    v.version = q.value(at + 1).toInt();
    v.title = q.value(at + 2).toString();
    v.body = q.value(at + 3).toString();
    v.renderedTitle = q.value(at + 4).toString();
    v.renderedBody = q.value(at + 5).toString();
    v.sha256 = q.value(at + 6).toString();
    v.savedAt = utctime::fromMSecs(q.value(at + 7).toLongLong());
    v.savedBy = q.value(at + 8).toString();
    return v;
}

// The announcement kind as stored, when this build knows it.
std::optional<QString> knownKind(const QString &kind)
{
    return announcementkind::isKnown(kind) ? std::optional<QString>(kind) : std::nullopt;
}

Result<Draft> draftFromRow(const QSqlQuery &q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    StoredRow row(QStringLiteral("comms_drafts"), d.id);
    d.incidentId = q.value(1).toLongLong();
    row.decode(QStringLiteral("channel"), q.value(2), channel::fromId, &d.channel);
    d.audience = q.value(3).toString();
    d.templateKey = q.value(4).toString();
    d.templateVersion = q.value(5).toInt();
    row.decode(QStringLiteral("kind"), q.value(6), knownKind, &d.kind);
    d.needsLegal = q.value(7).toInt() != 0;
    row.decode(QStringLiteral("state"), q.value(8), draftstate::fromId, &d.state);
    d.lintOverride = q.value(9).toString();
    d.createdAt = utctime::fromMSecs(q.value(10).toLongLong());
    d.createdBy = q.value(11).toString();
    d.updatedAt = utctime::fromMSecs(q.value(12).toLongLong());
    d.latest = versionFromRow(q, 13, d.id);
    d.number = q.value(22).toInt();
    if (const std::optional<Error> unknown = row.error())
        return *unknown;
    return d;
}

// comms_approvals.kind; never shown by name.
constexpr EnumTable<EnumRow<Approval::Kind>, 2> kApprovalKinds{{{
    {Approval::Kind::LegalSignOff, "legal-signoff", nullptr},
    {Approval::Kind::IcApproval, "ic-approval", nullptr},
}}};
static_assert(kApprovalKinds.inEnumOrder());

} // namespace

namespace approvalkind {

QString id(Approval::Kind kind)
{
    return kApprovalKinds.id(kind);
}

std::optional<Approval::Kind> fromId(const QString &id)
{
    return kApprovalKinds.fromId(id);
}

} // namespace approvalkind

namespace draftrows {

Result<QList<Draft>> drafts(const Database &database, qint64 incidentId)
{
    Result<QSqlQuery> q =
        database.exec(QStringLiteral("SELECT %1 %2 WHERE d.incident_id = ? ORDER BY d.id")
                          .arg(kDraftColumns, kLatestJoin),
                      {incidentId});
    if (!q)
        return q.error();
    QList<Draft> result;
    while (q.value().next()) {
        Result<Draft> d = draftFromRow(q.value());
        if (!d)
            return d.error();
        result.append(std::move(d).value());
    }
    return result;
}

Result<Draft> draft(const Database &database, qint64 draftId)
{
    Result<QSqlQuery> q = database.exec(
        QStringLiteral("SELECT %1 %2 WHERE d.id = ?").arg(kDraftColumns, kLatestJoin), {draftId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("warroom::DraftStore", "There is no draft with id %1.")
                .arg(draftId)};
    return draftFromRow(q.value());
}

Result<Draft> draftByNumber(const Database &database, qint64 incidentId, int number)
{
    if (number > 0) {
        Result<QSqlQuery> q = database.exec(
            QStringLiteral("SELECT %1 %2 WHERE d.incident_id = ? ORDER BY d.id LIMIT 1 OFFSET ?")
                .arg(kDraftColumns, kLatestJoin),
            {incidentId, number - 1});
        if (!q)
            return q.error();
        if (q.value().next())
            return draftFromRow(q.value());
    }
    Result<QSqlQuery> counted = database.exec(
        QStringLiteral("SELECT COUNT(*) FROM comms_drafts WHERE incident_id = ?"), {incidentId});
    if (!counted)
        return counted.error();
    const int count = counted.value().next() ? counted.value().value(0).toInt() : 0;
    // Whole sentences, one per case, so that each translates as a whole.
    QString message;
    if (count == 0)
        message = QCoreApplication::translate("warroom::DraftStore",
                                              "Incident %1 has no draft #%2: it has no drafts yet.")
                      .arg(incidentId)
                      .arg(number);
    else if (count == 1)
        message = QCoreApplication::translate("warroom::DraftStore",
                                              "Incident %1 has no draft #%2: its only draft is #1.")
                      .arg(incidentId)
                      .arg(number);
    else
        message =
            QCoreApplication::translate("warroom::DraftStore",
                                        "Incident %1 has no draft #%2: its drafts are #1 to #%3.")
                .arg(incidentId)
                .arg(number)
                .arg(count);
    // InvalidInput, not NotFound: the incident exists (DraftStore checks), the number does not.
    return Error::invalid(QStringLiteral("draft"), message);
}

Result<QList<DraftVersion>> versions(const Database &database, qint64 draftId)
{
    Result<QSqlQuery> q = database.exec(
        QStringLiteral("SELECT id, version, title, body, rendered_title, rendered_body, sha256, "
                       "saved_at, saved_by"
                       " FROM comms_draft_versions WHERE draft_id = ? ORDER BY version"),
        {draftId});
    if (!q)
        return q.error();
    QList<DraftVersion> result;
    while (q.value().next())
        result.append(versionFromRow(q.value(), 0, draftId));
    return result;
}

Result<QList<Approval>> approvals(const Database &database, qint64 draftId)
{
    Result<QSqlQuery> q = database.exec(
        QStringLiteral(
            "SELECT id, draft_version_id, kind, sha256, person, approved_at, lint_override"
            " FROM comms_approvals WHERE draft_id = ? ORDER BY id"),
        {draftId});
    if (!q)
        return q.error();
    QList<Approval> result;
    while (q.value().next()) {
        Approval a;
        a.id = q.value().value(0).toLongLong();
        StoredRow row(QStringLiteral("comms_approvals"), a.id);
        a.draftId = draftId;
        a.draftVersionId = q.value().value(1).toLongLong();
        row.decode(QStringLiteral("kind"), q.value().value(2), approvalkind::fromId, &a.kind);
        if (const std::optional<Error> unknown = row.error())
            return *unknown;
        a.sha256 = q.value().value(3).toString();
        a.person = q.value().value(4).toString();
        a.at = utctime::fromMSecs(q.value().value(5).toLongLong());
        a.lintOverride = q.value().value(6).toString();
        result.append(a);
    }
    return result;
}

Result<QList<Publication>> publications(const Database &database, qint64 incidentId)
{
    Result<QSqlQuery> q = database.exec(
        QStringLiteral("SELECT id, draft_id, draft_version_id, channel, audience, "
                       "kind, template_key, title, body,"
                       " sha256, published_at, published_by,"
                       " (SELECT COUNT(*) FROM comms_drafts n"
                       "  WHERE n.incident_id = p.incident_id AND n.id <= p.draft_id)"
                       " FROM comms_publications p WHERE incident_id = ? ORDER BY id"),
        {incidentId});
    if (!q)
        return q.error();
    QList<Publication> result;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Publication p;
        p.id = r.value(0).toLongLong();
        StoredRow row(QStringLiteral("comms_publications"), p.id);
        p.draftId = r.value(1).toLongLong();
        p.draftVersionId = r.value(2).toLongLong();
        p.incidentId = incidentId;
        row.decode(QStringLiteral("channel"), r.value(3), channel::fromId, &p.channel);
        p.audience = r.value(4).toString();
        row.decode(QStringLiteral("kind"), r.value(5), knownKind, &p.kind);
        p.templateKey = r.value(6).toString();
        p.title = r.value(7).toString();
        p.body = r.value(8).toString();
        p.sha256 = r.value(9).toString();
        p.publishedAt = utctime::fromMSecs(r.value(10).toLongLong());
        p.publishedBy = r.value(11).toString();
        p.draftNumber = r.value(12).toInt();
        if (const std::optional<Error> unknown = row.error())
            return *unknown;
        result.append(p);
    }
    return result;
}

} // namespace draftrows
} // namespace warroom
