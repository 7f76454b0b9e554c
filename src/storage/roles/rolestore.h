#pragma once

#include "core/base/result.h"
#include "core/roles/rolerequirements.h"
#include "core/roles/roles.h"

#include <QtGlobal>

#include <optional>

namespace warroom {

class IncidentStore;
class PeopleStore;

// Who holds which playbook role on an incident. Assignments live only in the timeline
// (role_assigned / role_unassigned / role_acknowledged events): each change is checked against
// the current timeline and the people directory inside the write transaction, and
// IncidentStore::timelineAppended announces it.
class RoleStore final
{
public:
    // The playbook decides which roles an incident needs (rolerequirements.h).
    RoleStore(IncidentStore &incidents, PeopleStore &people, const Playbook &playbook);
    Q_DISABLE_COPY_MOVE(RoleStore)

    // Assigns (or, for a single-holder role, reassigns) the role. A person the directory does not
    // list for the role, or does not know at all, needs override = true; the event records that
    // the override was used. Refusing for want of an override, the error's field is "override".
    //
    // basedOn: the role's revision the user's screen showed (revision::role, the id of the latest
    // event about this role on this incident, 0 for none); when another change came since, nothing
    // is written and the error is Error::Code::Conflict, carrying who changed the role, when, and
    // who holds it now. Without it (warroomctl reads and writes in one go) nothing is compared.
    Result<qint64> assign(qint64 incidentId, Role role, const QString &person, bool override,
                          const QString &author, std::optional<qint64> basedOn = std::nullopt);
    Result<qint64> unassign(qint64 incidentId, Role role, const QString &person,
                            const QString &author, std::optional<qint64> basedOn = std::nullopt);
    // "I have it". person may be empty when exactly one person holds the role.
    Result<qint64> acknowledge(qint64 incidentId, Role role, const QString &person,
                               const QString &author, std::optional<qint64> basedOn = std::nullopt);
    // Who holds the role, in words, as a conflict reports it: "Hana Kim (acknowledged)", "nobody".
    static QString holdersText(const QList<RoleAssignment> &assignments, Role role);

    Result<QList<RoleAssignment>> assignments(qint64 incidentId) const;
    // The roles the playbook says this incident needs now (rolerequirements::neededRoles).
    Result<QList<RoleNeed>> neededRoles(qint64 incidentId) const;
    // The same for an incident already read (IncidentTimeline::incident()), by the store's clock:
    // no storage query.
    QList<RoleNeed> neededRoles(const Incident &incident) const;

    static constexpr int MaxPersonLength = 120;

private:
    // The current assignments, read inside the write transaction, after the revision check.
    Result<QList<RoleAssignment>> current(qint64 incidentId, Role role,
                                          std::optional<qint64> basedOn) const;

    IncidentStore &m_incidents;
    PeopleStore &m_people;
    const Playbook &m_playbook;
};

} // namespace warroom
