#include "models/incidentlistmodel.h"

#include "core/utctime.h"
#include "storage/incidentstore.h"

#include <QColor>
#include <QFont>

namespace warroom {

IncidentListModel::IncidentListModel(IncidentStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&m_store, &IncidentStore::incidentDeclared, this, &IncidentListModel::refreshIncident);
    connect(&m_store, &IncidentStore::incidentChanged, this, &IncidentListModel::refreshIncident);
    connect(&m_store, &IncidentStore::externallyChanged, this, &IncidentListModel::reload);
    reload();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &incident = m_incidents.at(index.row());
    const IncidentFields &f = incident.fields;

    if (role == IncidentIdRole)
        return incident.id;
    if (role == ActiveRole)
        return incident.isActive();
    if (role == Qt::DisplayRole || role == SortKeyRole) {
        switch (Column(index.column())) {
        case IdColumn: return role == SortKeyRole ? QVariant(incident.id) : QVariant(QStringLiteral("#%1").arg(incident.id));
        case SeverityColumn: return severity::id(f.severity);
        case TitleColumn: return f.title;
        case CategoryColumn: return category::displayName(f.category);
        case StatusColumn:
            return role == SortKeyRole ? QVariant(int(incident.status)) : QVariant(incidentstatus::displayName(incident.status));
        case DetectedColumn:
            return role == SortKeyRole ? QVariant(utctime::toMSecs(f.detectedAt))
                                       : QVariant(listTimeText(f.detectedAt));
        case ImpactColumn:
            return role == SortKeyRole ? QVariant(f.affectedUsersPct)
                                       : QVariant(tr("%1% users · %n enterprise", nullptr, f.enterpriseAffected)
                                                      .arg(QLocale().toString(f.affectedUsersPct, 'g', 4)));
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == DetectedColumn)
        return f.detectedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    if (role == Qt::ToolTipRole && index.column() == SeverityColumn)
        return severity::description(f.severity);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return f.taskType.isEmpty() ? f.title : tr("%1\nTask type: %2").arg(f.title, f.taskType);
    if (role == Qt::FontRole && incident.isActive() && index.column() == SeverityColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && !incident.isActive())
        return QColor(Qt::gray);
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn: return tr("ID");
    case SeverityColumn: return tr("Severity");
    case TitleColumn: return tr("Title");
    case CategoryColumn: return tr("Category");
    case StatusColumn: return tr("Status");
    case DetectedColumn: return tr("Detected (UTC)");
    case ImpactColumn: return tr("Impact");
    case ColumnCount: break;
    }
    return {};
}

int IncidentListModel::rowOf(qint64 incidentId) const
{
    return m_rowById.value(incidentId, -1);
}

void IncidentListModel::reload()
{
    Result<QList<Incident>> loaded = m_store.incidents();
    if (!loaded) {
        emit loadFailed(loaded.error().message);
        return;
    }
    // Incidents are never deleted: existing rows update in place, new ones are appended in one go.
    QList<Incident> added;
    for (const Incident &incident : loaded.value()) {
        const int row = rowOf(incident.id);
        if (row < 0) {
            added.append(incident);
        } else if (m_incidents.at(row).updatedAt != incident.updatedAt
                   || m_incidents.at(row).status != incident.status) {
            m_incidents[row] = incident;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_incidents.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Incident &incident : std::as_const(added)) {
        m_rowById.insert(incident.id, int(m_incidents.size()));
        m_incidents.append(incident);
    }
    endInsertRows();
}

void IncidentListModel::refreshIncident(qint64 id)
{
    Result<Incident> loaded = m_store.incident(id);
    if (!loaded) {
        emit loadFailed(loaded.error().message);
        return;
    }
    const int row = rowOf(id);
    if (row < 0) {
        beginInsertRows({}, int(m_incidents.size()), int(m_incidents.size()));
        m_rowById.insert(id, int(m_incidents.size()));
        m_incidents.append(loaded.value());
        endInsertRows();
        return;
    }
    m_incidents[row] = loaded.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString IncidentListModel::listTimeText(const QDateTime &time)
{
    // Day first with an English month on every desktop, in UTC: "29 Nov 07:40".
    return QLocale::c().toString(time.toUTC(), QStringLiteral("dd MMM HH:mm"));
}

} // namespace warroom
