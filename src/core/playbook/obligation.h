#pragma once

#include "core/roles/roles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace warroom {

enum class ObligationState {
    Upcoming, // due later than the due-soon window, or not due yet (waiting for restoration)
    DueSoon,  // due within the due-soon window (default 5 min), up to and including the due time
    Overdue,  // past its due time
    Done,     // ticked done, or completed by the facts on the timeline
    Waived,   // deliberately not done, with a recorded reason
    NotApplicable, // does not apply to this incident (category, resolved in time, cadence ended)
};

namespace obligationstate {

QList<ObligationState> all();
QString id(ObligationState s); // "due-soon", for JSON and the command line
QString displayName(ObligationState s);
// Done, waived and not applicable are settled: the clock no longer changes them.
bool isSettled(ObligationState s);

// Units written out, so no two ranges look alike: "45 s" under a minute, "14 m 59 s" under an
// hour, "1 h 05 m" from an hour on, "2 d 03 h" from 48 hours on; overdue counts up:
// "overdue 4 m 12 s".
// msecsLeft is negative when overdue. A countdown rounds up and a count-up rounds down, so the
// text never claims more time is left, or less is overdue, than the truth.
QString countdownText(qint64 msecsLeft);
// A length of time without a direction, in the countdown's units: "45 s", "22 m 34 s",
// "1 h 07 m", "2 d 03 h" (days from 48 hours on). For sentences that say the direction
// themselves ("overdue %1", "due in %1"). Whole seconds: the caller rounds (a countdown up, a
// count-up down). A negative number is taken as its absolute value: -90 reads "1 m 30 s".
QString durationText(qint64 seconds);

} // namespace obligationstate

// One playbook obligation as it stands on one incident.
struct ObligationStatus
{
    QString id;
    QString title;
    QString description;
    QString phaseId;
    QString phaseTitle;
    Role owner = Role::OnCall;
    QStringList checklist;
    bool recurring = false;
    bool manualDone = true; // the playbook lets a person tick it done (waiving is always possible)

    ObligationState state = ObligationState::Upcoming;
    QDateTime dueAt;    // invalid while waiting (for restoration, for the first announcement)
    QString waitingFor; // why there is no due time yet, or why it does not apply

    // Done or waived: when, by whom, and the note or the reason.
    QDateTime settledAt;
    QString settledBy;
    QString note;

    // Recurring: the event the countdown runs from (the last sync, the last update).
    QDateTime lastResetAt;
    QString lastResetBy;
    // Where the last sync went when the last reset was one (playbookengine::syncDelivery).
    QString lastResetDelivery;

    // Mandatory now (IC engagement above the thresholds): only the facts complete it.
    bool mandatory = false;
    QString mandatoryReason;
    // Progress towards the facts that complete it ("3 of 10 key accounts attempted").
    QString progress;

    bool operator==(const ObligationStatus &) const = default;
    bool isSettled() const { return obligationstate::isSettled(state); }
    // Negative when overdue; 0 when there is no due time.
    qint64 msecsLeft(const QDateTime &now) const
    {
        return dueAt.isValid() ? now.msecsTo(dueAt) : 0;
    }
};

namespace obligationjson {

// {"id", "title", "phase", "phase_title", "owner", "recurring", "state", "due_at" (null while
// waiting), "seconds_left" (negative when overdue; null when settled or without a due time),
// "countdown", "waiting_for", "settled_by", "settled_at", "note" (done note or waive reason),
// "last_reset_at", "mandatory", "mandatory_reason", "progress", "checklist"}: see docs/cli.md.
QJsonObject toJson(const ObligationStatus &status, const QDateTime &now);

} // namespace obligationjson
} // namespace warroom
