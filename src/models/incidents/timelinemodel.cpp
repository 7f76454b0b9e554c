#include "models/incidents/timelinemodel.h"

#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"

#include <QFont>
#include <QLocale>

namespace warroom {

TimelineModel::TimelineModel(IncidentStore &store, qint64 incidentId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_timeline(store.sharedTimeline(incidentId))
    , m_incidentId(incidentId)
{
    connect(m_timeline.get(), &IncidentTimeline::eventsAppended, this, &TimelineModel::showNew);
    connect(m_timeline.get(), &IncidentTimeline::loadFailed, this, &TimelineModel::loadFailed);
    m_rows = m_timeline->events().size();
    learnNumbers();
}

void TimelineModel::learnNumbers()
{
    const QList<TimelineEvent> &all = m_timeline->events();
    for (; m_numbered < all.size(); ++m_numbered)
        m_numbering.see(all.at(m_numbered));
}

const QList<TimelineEvent> &TimelineModel::events() const
{
    return m_timeline->events();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &event = m_timeline->events().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        // With the day: an incident's timeline runs into the 72-hour postmortem window. The C
        // locale keeps month names the same on every machine of a shared war room.
        case TimeColumn:
            return QLocale::c().toString(event.at.toUTC(), QStringLiteral("d MMM HH:mm:ss"));
        case AuthorColumn:
            return event.author;
        case EventColumn:
            return describeEvent(m_numbering.numbered(event));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return event.at.toString(Qt::ISODate);
        return describeEvent(m_numbering.numbered(event));
    case Qt::FontRole:
        if (event.kind != QLatin1String(eventkind::Note) && index.column() == EventColumn) {
            QFont font;
            font.setBold(event.kind == QLatin1String(eventkind::StatusChanged) ||
                         event.kind == QLatin1String(eventkind::Declared));
            return font;
        }
        return {};
    case KindRole:
        return event.kind;
    case EventIdRole:
        return event.id;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time (UTC)");
    case AuthorColumn:
        return tr("By");
    case EventColumn:
        return tr("Event");
    case ColumnCount:
        break;
    }
    return {};
}

void TimelineModel::showNew()
{
    const qsizetype total = m_timeline->events().size();
    if (total <= m_rows)
        return;
    learnNumbers();
    beginInsertRows({}, int(m_rows), int(total - 1));
    m_rows = total;
    endInsertRows();
}

} // namespace warroom
