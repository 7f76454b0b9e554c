#pragma once

#include "core/calls/callstatus.h"
#include "core/incident/timelineevent.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace warroom {

// One recorded outreach attempt (a call_attempt event).
struct CallAttempt
{
    qint64 eventId = 0;
    QDateTime at;
    QString author;
    CallStatus status = CallStatus::NotStarted;
    QString channel; // "phone", "slack"; empty when a status was reset to not-started
    QString note;    // what the customer observed, in the CSM's words
};

// A key account selected for outreach on an incident, with everything recorded about calling it.
struct AccountOutreach
{
    qint64 accountId = 0;
    QString accountName;                        // as selected
    CallStatus status = CallStatus::NotStarted; // set by the latest attempt
    QList<CallAttempt> attempts;                // oldest first
};

// "7 of 10 reached, 2 attempted, 1 not started": every selected account is in exactly one bucket.
struct CallProgress
{
    int total = 0;
    int reached = 0;
    int attempted = 0; // an attempt is recorded but the account is not (yet) reached
    int notStarted = 0;

    // The T+60 key-account outreach is done when every selected account is reached or has had
    // an attempt recorded.
    bool outreachDone() const { return total > 0 && notStarted == 0; }
    bool operator==(const CallProgress &) const = default;
};

namespace outreach {

// The accounts chosen by the latest accounts_selected event, in its order, each with the
// call_attempt events recorded for it (attempts made before a reselection stay with the account).
QList<AccountOutreach> accounts(const QList<TimelineEvent> &events);
CallProgress progress(const QList<AccountOutreach> &accounts);
CallProgress progress(const QList<TimelineEvent> &events);
QString describe(const CallProgress &progress);

// Whether an accounts_selected event has been recorded at all.
bool hasSelection(const QList<TimelineEvent> &events);

} // namespace outreach
} // namespace warroom
