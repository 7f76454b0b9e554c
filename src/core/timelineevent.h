#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warroom {

// One entry of an incident's append-only timeline: who did what, when, with a structured payload.
struct TimelineEvent
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime at; // UTC
    QString author;
    QString kind; // one of eventkind::*; later features add their own kinds
    QJsonObject payload;
};

namespace eventkind {

// payload: the declared fields (incidentfields::toJson)
inline constexpr auto Declared = "declared";
// payload: {"changes": {field: [old, new], ...}}
inline constexpr auto FieldsChanged = "fields_changed";
// payload: {"from": status, "to": status}
inline constexpr auto StatusChanged = "status_changed";
// payload: {"text": "..."}
inline constexpr auto Note = "note";

} // namespace eventkind

// A one-line, human-readable account of the event for timelines and exports.
QString describeEvent(const TimelineEvent &event);

} // namespace warroom
