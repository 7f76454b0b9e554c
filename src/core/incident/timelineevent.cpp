#include "core/incident/timelineevent.h"

#include "core/calls/outreachevents.h"
#include "core/comms/commsevents.h"
#include "core/incident/category.h"
#include "core/incident/incidentstatus.h"
#include "core/incident/severity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Timeline)
};

QString statusName(const QJsonValue &value)
{
    const auto status = incidentstatus::fromId(value.toString());
    return status ? incidentstatus::displayName(*status) : value.toString();
}

QString valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("\"%1\"").arg(value.toString());
}

// The obligation's title as recorded with the tick; its id for events recorded without one.
QString obligationText(const QJsonObject &p)
{
    const QString title = p.value(QLatin1String("title")).toString();
    return title.isEmpty() ? p.value(QLatin1String("obligation")).toString() : title;
}

} // namespace

QString describeEvent(const TimelineEvent &event)
{
    const QJsonObject &p = event.payload;
    if (event.kind == QLatin1String(eventkind::Declared)) {
        const auto cat = category::fromId(p.value(QLatin1String("category")).toString());
        const QString declared = Text::tr("Declared %1 %2: %3")
                                     .arg(p.value(QLatin1String("severity")).toString(),
                                          cat ? category::displayName(*cat)
                                              : p.value(QLatin1String("category")).toString(),
                                          p.value(QLatin1String("title")).toString());
        QStringList triggers;
        for (const QJsonValue &trigger : p.value(QLatin1String("triggers")).toArray())
            triggers.append(trigger.toString());
        if (triggers.isEmpty())
            return declared;
        return Text::tr("%1 (trigger conditions: %2)")
            .arg(declared, triggers.join(QStringLiteral(", ")));
    }
    if (event.kind == QLatin1String(eventkind::SyncPosted))
        return Text::tr("Sync: %1").arg(p.value(QLatin1String("text")).toString());
    if (event.kind == QLatin1String(eventkind::ObligationDone)) {
        const QString note = p.value(QLatin1String("note")).toString();
        return note.isEmpty() ? Text::tr("Done: %1").arg(obligationText(p))
                              : Text::tr("Done: %1 (%2)").arg(obligationText(p), note);
    }
    if (event.kind == QLatin1String(eventkind::ObligationTickRefused))
        return (p.value(QLatin1String("action")).toString() == QLatin1String("waive")
                    ? Text::tr("Refused to waive %1: %2")
                    : Text::tr("Refused to tick done %1: %2"))
            .arg(obligationText(p), p.value(QLatin1String("reason")).toString());
    if (event.kind == QLatin1String(eventkind::ObligationWaived))
        return Text::tr("Waived: %1 (reason: %2)")
            .arg(obligationText(p), p.value(QLatin1String("reason")).toString());
    if (event.kind == QLatin1String(eventkind::StatusChanged)) {
        return Text::tr("Status %1 → %2")
            .arg(statusName(p.value(QLatin1String("from"))),
                 statusName(p.value(QLatin1String("to"))));
    }
    if (event.kind == QLatin1String(eventkind::Note))
        return p.value(QLatin1String("text")).toString();
    if (event.kind == QLatin1String(eventkind::FieldsChanged)) {
        QStringList parts;
        const QJsonObject changes = p.value(QLatin1String("changes")).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonArray pair = it.value().toArray();
            parts.append(QStringLiteral("%1: %2 → %3")
                             .arg(it.key(), valueText(pair.at(0)), valueText(pair.at(1))));
        }
        return Text::tr("Edited %1").arg(parts.join(QStringLiteral("; ")));
    }
    if (std::optional<QString> text = describeRoleOrOutreachEvent(event))
        return *text;
    if (const QString comms = describeCommsEvent(event); !comms.isEmpty())
        return comms;
    return event.kind;
}

} // namespace warroom
