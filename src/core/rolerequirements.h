#pragma once

#include "core/incident.h"
#include "core/roles.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace warroom {

// A role the playbook says an incident needs, and the rule that says so (shown on the role board).
struct RoleNeed
{
    Role role = Role::OnCall;
    QString reason;
};

namespace rolerequirements {

// "> 5% users or > 1 enterprise customer affected: must escalate" (T+0 to T+15).
inline constexpr double IcUsersPctAbove = 5.0;
inline constexpr int IcEnterpriseAbove = 1;
// "Unresolved > 1 hour: escalate to VP Engineering + CEO", counted from detection (T+0).
inline constexpr qint64 EscalationAfterSecs = 3600;

bool needsIncidentCommander(const IncidentFields &fields);
// Whether the incident was, or still is, unresolved for more than an hour after detection.
bool needsExecutiveEscalation(const Incident &incident, const QDateTime &nowUtc);

// In role::all() order:
//  - on-call engineer: always (the first responder);
//  - incident commander, and with the IC's team customer success (key-account outreach),
//    support (ticket surge) and product owner (announcement): when the IC rule applies;
//  - legal: data leaks and compliance events, model output errors causing customer loss
//    (model output liability);
//  - VP Engineering and CEO: when unresolved for more than an hour.
QList<RoleNeed> neededRoles(const Incident &incident, const QDateTime &nowUtc);

} // namespace rolerequirements
} // namespace warroom
