#pragma once

#include "core/incident/incident.h"
#include "core/playbook/playbook.h"
#include "core/roles/roles.h"

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

// The playbook's IC engagement rule ("> 5% users or > 1 enterprise customer affected: must
// escalate" in the seed; the thresholds come from its "ic_engagement").
bool needsIncidentCommander(const IncidentFields &fields, const Playbook &playbook);
// Whether the incident was, or still is, unresolved after the deadline.
bool unresolvedAfter(const Incident &incident, const QDateTime &deadline, const QDateTime &nowUtc);

// In role::all() order, each with the first rule that needs it:
//  - on-call engineer: always (the first responder);
//  - incident commander, and with the IC's team customer success (key-account outreach),
//    support (ticket surge) and product owner (announcement): when the IC rule applies;
//  - every role the playbook's obligations are completed by assigning ("done_when": {"roles"}),
//    for the obligations that apply to the incident's category; for an obligation that applies
//    only if the incident is unresolved at its due time (escalation to VP Engineering and CEO),
//    once that is so. In the seed: legal for data leaks and model output liability.
QList<RoleNeed> neededRoles(const Playbook &playbook, const Incident &incident,
                            const QDateTime &nowUtc);

} // namespace rolerequirements
} // namespace warroom
