#pragma once

#include "core/comms/draftnumbering.h"
#include "core/incident/incident.h"
#include "core/incident/timelineevent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace warroom::incidentjson {

// The machine-readable shape of an incident, shared by `warroomctl show --json`, `list --json`
// and the GUI (exports, clipboard). docs/cli.md documents it; scripts depend on its keys, so
// add keys rather than rename them.

// {"from": status id (null for the declaration), "to", "at", "author"}
QJsonObject statusChange(const StatusChange &change, bool isDeclaration);
// {"id", "at", "author", "kind", "payload", "text" (describeEvent)}. The payload is as
// stored; the text names a draft by its number within the incident, which numbering (fed the
// incident's events up to this one) supplies for events recorded without "draft_number".
QJsonObject event(const TimelineEvent &event, const DraftNumbering &numbering = {});
QJsonArray timeline(const QList<TimelineEvent> &events);

// id, the fields (incidentfields::toJson), category_name, status, declared_at, declared_by,
// updated_at and status_history; no timeline.
QJsonObject incident(const Incident &incident);
// As above plus "timeline".
QJsonObject incident(const Incident &incident, const QList<TimelineEvent> &events);

} // namespace warroom::incidentjson
