#pragma once

#include "core/incident/incident.h"
#include "core/playbook/obligation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// One playbook obligation that a closed incident did not meet in time.
struct MissedObligation
{
    enum class How {
        DoneLate,    // done after its due time
        Waived,      // deliberately not done, with the recorded reason
        OpenAtClose, // neither done nor waived when the incident was closed
    };

    QString id;
    QString title;
    Role owner = Role::OnCall;
    How how = How::DoneLate;
    QDateTime dueAt;     // invalid when it had none
    QDateTime settledAt; // done or waived: when
    QString settledBy;
    QString reason; // waived: the reason; done late: the note, if any
    // How long after its due time it was done (DoneLate), waived (Waived, 0 when waived in
    // time) or still open at closing (OpenAtClose, 0 when it was not due yet).
    qint64 lateMsecs = 0;

    bool operator==(const MissedObligation &) const = default;
};

// What a closed incident's board says for good: when it was closed and by whom, and what was
// missed and by how long.
struct FinalAccount
{
    QDateTime closedAt;
    QString closedBy;
    QList<MissedObligation> missed; // in the order of the obligations given (playbook order)
    int doneOnTime = 0;

    bool operator==(const FinalAccount &) const = default;
    int count(MissedObligation::How how) const;
};

namespace finalaccount {

// The final account of a closed incident from its obligations (playbookengine::evaluate) and its
// status history; nullopt while the incident is not closed. Obligations that do not apply are
// left out; an obligation done at its due time is on time, a millisecond later it is late.
// Pure: reads no clock. Obligations still open come from incidents closed before closing was
// gated (or from a playbook changed since): their lateness runs to the closing time.
std::optional<FinalAccount> compute(const QList<ObligationStatus> &obligations,
                                    const QList<StatusChange> &statusHistory);

// When the incident was closed (its status change into "closed"); invalid while it is open. A
// closed incident's board shows its obligations as they stood at this time: its clock stops.
QDateTime closedAt(const QList<StatusChange> &statusHistory);

// "under a minute", "12 min", "1 h 05 min", "2 d 3 h" (rounded down).
QString durationText(qint64 msecs);
// "done 12 min late", "waived: the status page reached everyone", "still open at closing, 57 min
// overdue".
QString shortText(const MissedObligation &missed);
// shortText() with who and when: "done 12 min late (Dana at 03:27 UTC)".
QString describe(const MissedObligation &missed);
// "2 done late, 1 waived" (empty when nothing was missed).
QString breakdown(const FinalAccount &account);
// "3 missed: 2 done late, 1 waived" / "nothing missed: 12 done on time".
QString summary(const FinalAccount &account);

} // namespace finalaccount
} // namespace warroom
