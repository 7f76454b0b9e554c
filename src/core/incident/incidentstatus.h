#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// The lifecycle of an incident: investigating → identified → monitoring → restored → closed.
enum class IncidentStatus { Investigating, Identified, Monitoring, Restored, Closed };

namespace incidentstatus {

QList<IncidentStatus> all();
QString id(IncidentStatus s); // "investigating"
std::optional<IncidentStatus> fromId(const QString &id);
QString displayName(IncidentStatus s);
QString validIds();

// Active incidents are those not yet restored: they still need the war room (the playbook's
// cadences and the escalation rule read this).
bool isActive(IncidentStatus s);
// Open incidents are those not closed: restored ones still owe the resolved announcement, the
// customer email and the postmortem, so they stay in the incident list until closed.
bool isOpen(IncidentStatus s);
// Moves that cannot be undone (to "closed"): the GUI asks for confirmation before them.
bool isFinal(IncidentStatus s);

// The lifecycle rules (docs/domain.md):
//  - forward moves may skip steps (an upstream outage can end before it is "identified");
//  - "closed" only follows "restored", and nothing follows "closed";
//  - a relapse moves back to "investigating" from identified, monitoring or restored;
//  - staying in the same status is not a transition.
bool canTransition(IncidentStatus from, IncidentStatus to);
QList<IncidentStatus> allowedTransitions(IncidentStatus from);
// Why a transition is refused, in words; empty when it is allowed.
QString transitionError(IncidentStatus from, IncidentStatus to);

} // namespace incidentstatus
} // namespace warroom
