#include "core/comms/draftnumbering.h"

#include "core/comms/commsevents.h"

namespace warroom {

DraftNumbering::DraftNumbering(const QList<TimelineEvent> &events)
{
    for (const TimelineEvent &e : events)
        see(e);
}

void DraftNumbering::see(const TimelineEvent &event)
{
    if (event.kind != QLatin1String(eventkind::DraftCreated))
        return;
    const qint64 draftId = event.payload.value(QLatin1String("draft_id")).toInteger();
    ++m_created;
    const int recorded = event.payload.value(QLatin1String("draft_number")).toInt();
    if (draftId > 0 && !m_numbers.contains(draftId))
        m_numbers.insert(draftId, recorded > 0 ? recorded : m_created);
}

TimelineEvent DraftNumbering::numbered(const TimelineEvent &event) const
{
    const QJsonObject &p = event.payload;
    if (!p.contains(QLatin1String("draft_id")) || p.contains(QLatin1String("draft_number")))
        return event;
    const int known = number(p.value(QLatin1String("draft_id")).toInteger());
    if (known == 0)
        return event;
    TimelineEvent copy = event;
    copy.payload.insert(QStringLiteral("draft_number"), known);
    return copy;
}

} // namespace warroom
