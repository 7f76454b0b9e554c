#pragma once

#include "core/playbook/obligation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace warroom {

// An obligation that has just become due soon or overdue.
struct ObligationAlert
{
    QString obligationId;
    QString title;
    Role owner = Role::OnCall;
    ObligationState state = ObligationState::DueSoon;
    QDateTime dueAt;

    // "Overdue: Open the incident channel (On-call engineer, due 03:15 UTC)"
    QString text() const;
};

// Turns a stream of board states into alerts, once per transition into due soon or overdue.
// The first observation is the baseline: opening an incident whose sync is already overdue does
// not raise an alert (the board shows it in red). A recurring obligation that is posted and later
// becomes due again alerts again. (Two boards on the same incident each track their own
// transitions; PhaseBoardWidget makes sure the desktop hears of each one once.)
class ObligationAlertTracker final
{
public:
    QList<ObligationAlert> observe(const QList<ObligationStatus> &statuses);
    void reset();

private:
    QHash<QString, ObligationState> m_last;
    bool m_started = false;
};

} // namespace warroom
