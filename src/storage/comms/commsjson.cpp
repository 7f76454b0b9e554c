#include "storage/comms/commsjson.h"

#include "core/base/utctime.h"

#include <QJsonArray>

namespace warroom::commsjson {
namespace {

int versionNumber(const QList<DraftVersion> &versions, qint64 versionId)
{
    for (const DraftVersion &v : versions) {
        if (v.id == versionId)
            return v.version;
    }
    return 0;
}

} // namespace

QJsonObject draft(const Draft &d, bool legalRequired, const QList<Approval> &approvals,
                  const QList<DraftVersion> &versions)
{
    QJsonArray given;
    for (const Approval &a : approvals)
        given.append(
            QJsonObject{{QStringLiteral("kind"), approvalkind::id(a.kind)},
                        {QStringLiteral("person"), a.person},
                        {QStringLiteral("at"), utctime::toIso(a.at)},
                        {QStringLiteral("sha256"), a.sha256},
                        {QStringLiteral("version"), versionNumber(versions, a.draftVersionId)}});
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("number"), d.number},
                       {QStringLiteral("channel"), channel::id(d.channel)},
                       {QStringLiteral("audience"), d.audience},
                       {QStringLiteral("kind"), d.kind},
                       {QStringLiteral("template"), d.templateKey},
                       {QStringLiteral("template_version"), d.templateVersion},
                       {QStringLiteral("state"), draftstate::id(d.state)},
                       {QStringLiteral("needs_legal"), legalRequired},
                       {QStringLiteral("version"), d.latest.version},
                       {QStringLiteral("title"), d.latest.renderedTitle},
                       {QStringLiteral("body"), d.latest.renderedBody},
                       {QStringLiteral("sha256"), d.latest.sha256},
                       {QStringLiteral("saved_at"), utctime::toIso(d.latest.savedAt)},
                       {QStringLiteral("saved_by"), d.latest.savedBy},
                       {QStringLiteral("lint_override"), d.lintOverride},
                       {QStringLiteral("approvals"), given}};
}

QJsonObject publication(const Publication &p, int version)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("draft_id"), p.draftId},
                       {QStringLiteral("draft_number"), p.draftNumber},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("channel"), channel::id(p.channel)},
                       {QStringLiteral("audience"), p.audience},
                       {QStringLiteral("kind"), p.kind},
                       {QStringLiteral("template"), p.templateKey},
                       {QStringLiteral("title"), p.title},
                       {QStringLiteral("body"), p.body},
                       {QStringLiteral("sha256"), p.sha256},
                       {QStringLiteral("published_at"), utctime::toIso(p.publishedAt)},
                       {QStringLiteral("published_by"), p.publishedBy}};
}

} // namespace warroom::commsjson
