#pragma once

#include "core/incident/timelineevent.h"
#include "core/roles/roles.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"

#include <QTest>

namespace warroom::test {

// Assigns `commander` as the incident commander, who may tick and waive any obligation.
inline bool assignCommander(IncidentStore &incidents, qint64 id,
                            const QString &commander = QStringLiteral("Ines"))
{
    return bool(incidents.appendEvent(id, QString::fromLatin1(eventkind::RoleAssigned),
                                      {{QStringLiteral("role"), role::id(Role::IncidentCommander)},
                                       {QStringLiteral("person"), commander}},
                                      commander));
}

// Closing is gated: every obligation must be done or waived first. Assigns `commander` as the
// incident commander unless they hold the role (which completes IC engagement), restores the
// incident if needed, waives every obligation still open as the commander, with a reason, and
// closes it.
inline bool settleAndClose(IncidentStore &incidents, PlaybookStore &playbook, qint64 id,
                           const QString &commander = QStringLiteral("Ines"))
{
    const auto events = incidents.timeline(id);
    if (!events)
        return false;
    if (!holdsRole(currentRoleAssignments(events.value()), Role::IncidentCommander, commander) &&
        !assignCommander(incidents, id, commander))
        return false;
    const Result<Incident> incident = incidents.incident(id);
    if (!incident)
        return false;
    if (incident->status != IncidentStatus::Restored &&
        !incidents.changeStatus(id, IncidentStatus::Restored, commander))
        return false;
    const auto open = playbook.obligations(id, incidents.clock().nowUtc());
    if (!open)
        return false;
    for (const ObligationStatus &s : open.value()) {
        if (s.isSettled())
            continue;
        const auto waived =
            playbook.waive(id, s.id, QStringLiteral("not needed in this drill"), commander);
        if (!waived) {
            qWarning("cannot waive %s: %s", qPrintable(s.id), qPrintable(waived.error().message));
            return false;
        }
    }
    const Result<void> closed = incidents.changeStatus(id, IncidentStatus::Closed, commander);
    if (!closed)
        qWarning("cannot close: %s", qPrintable(closed.error().message));
    return bool(closed);
}

} // namespace warroom::test
