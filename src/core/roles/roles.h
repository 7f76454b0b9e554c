#pragma once

#include "core/incident/timelineevent.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// The playbook's roles, plus the escalation contacts of the T+1 h rule.
enum class Role {
    OnCall,            // first responder; diagnosis; restoration
    IncidentCommander, // coordination; escalation; approves external comms
    CustomerSuccess,   // outreach to key accounts (one or more people)
    Support,           // ticket surge; pre-approved templates
    ProductOwner,      // announcement wording and distribution scope
    Legal,             // data leaks, compliance events, model output liability
    VpEngineering,     // escalation contact
    Ceo,               // escalation contact
};

namespace role {

QList<Role> all();
QString id(Role r); // "incident-commander"
std::optional<Role> fromId(const QString &id);
QString displayName(Role r);
QString validIds();
// Customer success may be held by several people at once; every other role by one.
bool allowsSeveralHolders(Role r);
// The role's holder as a sentence names them: "Only %1 may …" ("the incident commander", "legal").
QString holderPhrase(Role r);

} // namespace role

// Who holds a role on an incident, derived from the timeline (role_assigned, role_unassigned,
// role_acknowledged events): the timeline is the single record of assignments.
struct RoleAssignment
{
    Role role = Role::OnCall;
    QString person;
    QDateTime assignedAt;
    QString assignedBy;
    std::optional<QDateTime> acknowledgedAt;
    bool overridden = false; // assigned although the directory did not list them for the role
};

// Current assignments after replaying the events in order. Assigning a single-holder role
// replaces its holder; acknowledging applies to the current holder named in the event.
QList<RoleAssignment> currentRoleAssignments(const QList<TimelineEvent> &events);
// Whether the person (compared trimmed, case-insensitively) currently holds the role.
bool holdsRole(const QList<RoleAssignment> &assignments, Role role, const QString &person);

} // namespace warroom
