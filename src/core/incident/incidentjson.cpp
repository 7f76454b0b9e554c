#include "core/incident/incidentjson.h"

#include "core/base/utctime.h"

namespace warroom::incidentjson {

QJsonObject statusChange(const StatusChange &change, bool isDeclaration)
{
    // The declaration has no previous status; null says so instead of inventing one.
    return QJsonObject{
        {QStringLiteral("from"),
         isDeclaration ? QJsonValue(QJsonValue::Null) : incidentstatus::id(change.from)},
        {QStringLiteral("to"), incidentstatus::id(change.to)},
        {QStringLiteral("at"), utctime::toIso(change.at)},
        {QStringLiteral("author"), change.author},
    };
}

QJsonObject event(const TimelineEvent &e, const DraftNumbering &numbering)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("at"), utctime::toIso(e.at)},
        {QStringLiteral("author"), e.author},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("payload"), e.payload},
        {QStringLiteral("text"), describeEvent(numbering.numbered(e))},
    };
}

QJsonArray timeline(const QList<TimelineEvent> &events)
{
    const DraftNumbering numbering(events);
    QJsonArray array;
    for (const TimelineEvent &e : events)
        array.append(event(e, numbering));
    return array;
}

QJsonObject incident(const Incident &incident)
{
    QJsonObject object = incidentfields::toJson(incident.fields);
    object.insert(QStringLiteral("id"), incident.id);
    object.insert(QStringLiteral("category_name"), category::displayName(incident.fields.category));
    object.insert(QStringLiteral("status"), incidentstatus::id(incident.status));
    object.insert(QStringLiteral("declared_at"), utctime::toIso(incident.declaredAt));
    object.insert(QStringLiteral("declared_by"), incident.declaredBy);
    object.insert(QStringLiteral("updated_at"), utctime::toIso(incident.updatedAt));
    QJsonArray history;
    for (qsizetype i = 0; i < incident.statusHistory.size(); ++i)
        history.append(statusChange(incident.statusHistory.at(i), i == 0));
    object.insert(QStringLiteral("status_history"), history);
    return object;
}

QJsonObject incident(const Incident &incident, const QList<TimelineEvent> &events)
{
    QJsonObject object = incidentjson::incident(incident);
    object.insert(QStringLiteral("timeline"), timeline(events));
    return object;
}

} // namespace warroom::incidentjson
