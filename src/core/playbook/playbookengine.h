#pragma once

#include "core/base/result.h"
#include "core/incident/incident.h"
#include "core/incident/timelineevent.h"
#include "core/playbook/obligation.h"
#include "core/playbook/playbook.h"

#include <QDateTime>
#include <QList>

namespace warroom {

struct IcEngagement
{
    bool required = false;
    QString reason; // "8% of users affected (more than 5%)"; empty when not required
};

// The playbook applied to one incident: pure functions of the playbook, the incident (fields and
// status history) and its timeline, plus a `now` where the answer depends on the time. Nothing
// here reads a clock or a database.
//
// The facts it reads (timelineevent.h): sync_posted and announcement_published reset cadences;
// announcement_published, role_assigned (current holders, core/roles.h), accounts_selected and
// call_attempt complete obligations as the playbook's "done_when" says; obligation_done and
// obligation_waived ({"obligation": id, "note"/"reason"}) tick any obligation by hand.
namespace playbookengine {

// "> 5% users or > 1 enterprise customer affected: must escalate" with the playbook's numbers.
IcEngagement icEngagement(const Playbook &playbook, const IncidentFields &fields);

// Every obligation of the playbook, in playbook order, with what follows from the incident and
// its timeline alone: due times, and whether it is done, waived or not applicable. Obligations
// still open come back as Upcoming; applyClock() gives them their state at a moment. The split
// lets a board tick every second without evaluating (or querying) anything again.
QList<ObligationStatus> evaluate(const Playbook &playbook, const Incident &incident,
                                 const QList<TimelineEvent> &events);

// Upcoming / due soon / overdue at `now` for an open obligation; settled ones keep their state.
// Due soon is up to and including the due time; overdue starts the millisecond after it.
ObligationState stateAt(const ObligationStatus &status, const QDateTime &now,
                        qint64 dueSoonMinutes);
// Sets stateAt() on every obligation; returns whether any state changed.
bool applyClock(QList<ObligationStatus> &statuses, const QDateTime &now, qint64 dueSoonMinutes);

// evaluate() followed by applyClock() with the playbook's due-soon window.
QList<ObligationStatus> evaluateAt(const Playbook &playbook, const Incident &incident,
                                   const QList<TimelineEvent> &events, const QDateTime &now);

// Whether a person may tick the obligation done (waive false) or waive it now: refused when it
// does not apply, when it is mandatory (only its facts complete it), when ticking it done is not
// the playbook's way of completing it (manual_done: false; a waiver with a reason still is), or
// when it is already done or waived (a recurring one may be ticked done again and again: each
// tick counts as posting it). Who may tick is the storage's check (PlaybookStore).
Result<void> checkTick(const ObligationStatus &status, bool waive = false);

} // namespace playbookengine
} // namespace warroom
