#pragma once

#include "core/calls/callstatus.h"
#include "core/incident/timelineevent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    // The channels its contacts could be reached on when it was selected ("phone", "slack");
    // empty for selections recorded before War Room stored them (both are then assumed).
    QStringList channels;
};

// "4 of 10 closed out (3 reached), 5 still open, 1 not started": every selected account is in
// exactly one of closed out, open and not started.
struct CallProgress
{
    int total = 0;
    int reached = 0;   // closed out by reaching the customer
    int closedOut = 0; // reached, declined, or unreachable on every channel it has
    int open = 0;      // attempted but not closed out ("calling" and "left a message" included)
    int notStarted = 0;

    // The T+60 key-account outreach is done when every selected account is closed out.
    bool outreachDone() const { return total > 0 && closedOut == total; }
    bool operator==(const CallProgress &) const = default;
};

namespace outreach {

// The accounts chosen by the latest accounts_selected event, in its order, each with the
// call_attempt events recorded for it (attempts made before a reselection stay with the account).
QList<AccountOutreach> accounts(const QList<TimelineEvent> &events);
CallProgress progress(const QList<AccountOutreach> &accounts);
// Whether the outreach to the account is over, with a reason: reached, declined, or unreachable
// on every channel its contacts have (phone and Slack, or the one it has). "Calling" and "left a
// message" are never final. The playbook's key-account rule and the call list both use this.
bool isClosedOut(const AccountOutreach &account);
// Why the account is still open, in words: "calling", "unreachable on phone, Slack not tried".
QString openReason(const AccountOutreach &account);
CallProgress progress(const QList<TimelineEvent> &events);
QString describe(const CallProgress &progress);

// Whether an accounts_selected event has been recorded at all.
bool hasSelection(const QList<TimelineEvent> &events);

} // namespace outreach
} // namespace warroom
