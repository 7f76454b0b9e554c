#include "models/incidents/timelinemodel.h"

#include "storage/incidents/incidentstore.h"

#include <QFont>
#include <QLocale>

namespace warroom {

TimelineModel::TimelineModel(IncidentStore &store, qint64 incidentId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_incidentId(incidentId)
{
    connect(&m_store, &IncidentStore::timelineAppended, this, [this](qint64 id) {
        if (id == m_incidentId)
            fetchNew();
    });
    connect(&m_store, &IncidentStore::externallyChanged, this, &TimelineModel::fetchNew);
    fetchNew();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &event = m_events.at(index.row());
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
            return describeEvent(event);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return event.at.toString(Qt::ISODate);
        return describeEvent(event);
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

void TimelineModel::fetchNew()
{
    const qint64 lastId = m_events.isEmpty() ? 0 : m_events.constLast().id;
    Result<QList<TimelineEvent>> fresh = m_store.timeline(m_incidentId, lastId);
    if (!fresh) {
        emit loadFailed(fresh.error().message);
        return;
    }
    if (fresh->isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + fresh->size() - 1));
    m_events.append(fresh.value());
    endInsertRows();
}

} // namespace warroom
