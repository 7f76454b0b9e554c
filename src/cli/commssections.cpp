#include "cli/commssections.h"

#include "cli/clitext.h"
#include "storage/comms/commsjson.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/templatestore.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warroom::cli {

// Drafts of external messages and what was published (docs/templates.md).
ShowSection draftsSection()
{
    return ShowSection{
        QStringLiteral("drafts"),
        Text::tr("Drafts"),
        [](CommandContext &context, qint64 incidentId) -> Result<QJsonValue> {
            DraftStore &drafts = context.workspace.drafts();
            const Result<QList<Draft>> all = drafts.drafts(incidentId);
            if (!all)
                return all.error();
            QJsonArray result;
            for (const Draft &d : *all) {
                const Result<QList<Approval>> approvals = drafts.approvals(d.id);
                if (!approvals)
                    return approvals.error();
                const Result<QList<DraftVersion>> versions = drafts.versions(d.id);
                if (!versions)
                    return versions.error();
                result.append(commsjson::draft(d, drafts.legalRequired(d), *approvals, *versions));
            }
            return QJsonValue(result);
        },
        [](const QJsonValue &value) {
            QStringList lines;
            for (const QJsonValue &entry : value.toArray()) {
                const QJsonObject d = entry.toObject();
                lines.append(QStringLiteral("#%1 %2 %3 v%4 [%5%6]: %7")
                                 .arg(d.value(QLatin1String("number")).toInt())
                                 .arg(d.value(QLatin1String("channel")).toString(),
                                      d.value(QLatin1String("kind")).toString())
                                 .arg(d.value(QLatin1String("version")).toInt())
                                 .arg(d.value(QLatin1String("state")).toString(),
                                      d.value(QLatin1String("needs_legal")).toBool()
                                          ? Text::tr(", needs legal")
                                          : QString(),
                                      d.value(QLatin1String("title")).toString()));
            }
            return lines;
        },
        {},
        {},
    };
}

ShowSection publicationsSection()
{
    return ShowSection{
        QStringLiteral("publications"),
        Text::tr("Publications"),
        [](CommandContext &context, qint64 incidentId) -> Result<QJsonValue> {
            DraftStore &drafts = context.workspace.drafts();
            const Result<QList<Publication>> all = drafts.publications(incidentId);
            if (!all)
                return all.error();
            QJsonArray result;
            for (const Publication &p : *all) {
                const Result<QList<DraftVersion>> versions = drafts.versions(p.draftId);
                if (!versions)
                    return versions.error();
                int version = 0;
                for (const DraftVersion &v : *versions)
                    version = v.id == p.draftVersionId ? v.version : version;
                result.append(commsjson::publication(p, version));
            }
            return QJsonValue(result);
        },
        [](const QJsonValue &value) {
            QStringList lines;
            for (const QJsonValue &entry : value.toArray()) {
                const QJsonObject p = entry.toObject();
                lines.append(
                    Text::tr("%1  draft #%2 v%3 %4 by %5: %6 (sha256 %7)")
                        .arg(p.value(QLatin1String("published_at")).toString(),
                             QString::number(p.value(QLatin1String("draft_number")).toInt()),
                             QString::number(p.value(QLatin1String("version")).toInt()),
                             p.value(QLatin1String("channel")).toString(),
                             p.value(QLatin1String("published_by")).toString(),
                             p.value(QLatin1String("title")).toString(),
                             p.value(QLatin1String("sha256")).toString().left(12)));
            }
            return lines;
        },
        {},
        {},
    };
}

} // namespace warroom::cli
