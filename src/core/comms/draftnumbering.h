#pragma once

#include "core/incident/timelineevent.h"

#include <QHash>
#include <QList>

namespace warroom {

// The number a draft has within its incident ("Draft #2": the incident's second draft, counted in
// the order the drafts were created), as one incident's timeline tells it. Events about a draft
// carry it as "draft_number" beside "draft_id"; those written before it was recorded have only the
// id, and their number is the place of the draft's draft_created event among the incident's
// draft_created events: the same count the drafts table gives (drafts are never deleted).
class DraftNumbering
{
public:
    DraftNumbering() = default;
    // Learns from every event of the list, in order.
    explicit DraftNumbering(const QList<TimelineEvent> &events);

    // Learns from one event; feed an incident's events in timeline order.
    void see(const TimelineEvent &event);
    // The draft's number within the incident, 0 when no event seen so far tells it.
    int number(qint64 draftId) const { return m_numbers.value(draftId, 0); }

    // The event as describeEvent() should read it: an event about a draft that lacks
    // "draft_number" gets the number learnt so far in its payload; any other event is returned as
    // it is. The stored payload is not changed.
    TimelineEvent numbered(const TimelineEvent &event) const;

private:
    QHash<qint64, int> m_numbers;
    int m_created = 0;
};

} // namespace warroom
