#include "models/incidents/incidentfilterproxymodel.h"

#include "models/incidents/incidentlistmodel.h"

namespace warroom {

IncidentFilterProxyModel::IncidentFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void IncidentFilterProxyModel::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void IncidentFilterProxyModel::setShowClosed(bool show)
{
    m_showClosed = show;
    invalidateRowsFilter();
}

bool IncidentFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_showClosed && !model->data(first, IncidentListModel::OpenRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QModelIndex cell = model->index(sourceRow, column, sourceParent);
        if (model->data(cell, Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive) ||
            model->data(cell, Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool IncidentFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto value = [&](const QModelIndex &index, int column) {
        return model->data(model->index(index.row(), column), IncidentListModel::SortKeyRole);
    };
    const auto flag = [&](const QModelIndex &index, int role) {
        return model->data(index, role).toBool();
    };
    if (flag(left, IncidentListModel::OpenRole) != flag(right, IncidentListModel::OpenRole))
        return flag(left, IncidentListModel::OpenRole);
    const QString leftSeverity = value(left, IncidentListModel::SeverityColumn).toString();
    const QString rightSeverity = value(right, IncidentListModel::SeverityColumn).toString();
    if (leftSeverity != rightSeverity)
        return leftSeverity < rightSeverity; // "SEV1" sorts before "SEV2"
    if (flag(left, IncidentListModel::ActiveRole) != flag(right, IncidentListModel::ActiveRole))
        return flag(left, IncidentListModel::ActiveRole); // still burning before restored
    const qint64 leftDetected = value(left, IncidentListModel::DetectedColumn).toLongLong();
    const qint64 rightDetected = value(right, IncidentListModel::DetectedColumn).toLongLong();
    if (leftDetected != rightDetected)
        return leftDetected > rightDetected; // newest first
    return value(left, IncidentListModel::IdColumn).toLongLong() >
           value(right, IncidentListModel::IdColumn).toLongLong();
}

} // namespace warroom
