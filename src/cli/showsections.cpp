#include "cli/showsections.h"

#include "cli/clitext.h"
#include "cli/responsesections.h"
#include "core/incidentjson.h"
#include "storage/incidentstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warroom::cli {
namespace {

ShowSection timelineSection()
{
    return ShowSection{
        QStringLiteral("timeline"),
        tr("Timeline"),
        [](CommandContext &context, qint64 incidentId) -> Result<QJsonValue> {
            const Result<QList<TimelineEvent>> events = context.store.timeline(incidentId);
            if (!events)
                return events.error();
            return QJsonValue(incidentjson::timeline(*events));
        },
        [](const QJsonValue &value) {
            QStringList lines;
            for (const QJsonValue &entry : value.toArray()) {
                const QJsonObject e = entry.toObject();
                lines.append(QStringLiteral("%1  %2: %3")
                                 .arg(e.value(QLatin1String("at")).toString(),
                                      e.value(QLatin1String("author")).toString(),
                                      e.value(QLatin1String("text")).toString()));
            }
            return lines;
        },
    };
}

} // namespace

QList<ShowSection> showSections()
{
    return {
        timelineSection(),
        rolesSection(),
        outreachSection(),
    };
}

} // namespace warroom::cli
