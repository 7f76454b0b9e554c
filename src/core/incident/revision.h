#pragma once

#include "core/base/result.h"
#include "core/incident/timelineevent.h"

#include <QList>

#include <functional>
#include <optional>

namespace warroom {

// Revisions of state derived from the timeline. The revision of a subject (a role on an incident,
// an obligation, an account's call) is the id of the latest event about it, 0 when there is none:
// every change to the subject appends such an event, so a screen read before the change holds an
// older revision. A change made from that screen passes the revision it was based on; the store
// compares it with the current one inside its write transaction (docs/shared-mode.md, "Concurrent
// edits").
namespace revision {

using About = std::function<bool(const TimelineEvent &event)>;

// The latest event `about` accepts, or nullptr.
const TimelineEvent *latest(const QList<TimelineEvent> &events, const About &about);
// Its id, 0 for none.
qint64 of(const TimelineEvent *latest);

// Events about one subject.
About role(const QString &roleId);             // role_assigned/_unassigned/_acknowledged
About obligation(const QString &obligationId); // obligation_done/_waived
About call(qint64 accountId);                  // call_attempt

// A refusal when `basedOn` holds a revision other than the current one (the latest event's):
// Error::Code::Conflict carrying who made that change, when, and `now` (the subject's state in
// words). No `basedOn`: the caller read and writes in one go, nothing to compare.
Result<void> check(std::optional<qint64> basedOn, const TimelineEvent *latest, const QString &now);
// The same for a subject whose revision is not an event (a draft's version number).
Result<void> check(std::optional<qint64> basedOn, const Conflict &current);

} // namespace revision
} // namespace warroom
