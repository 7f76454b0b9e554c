#include "models/calls/calllistfilterproxymodel.h"

#include "core/io/csv.h"
#include "models/calls/calllistmodel.h"

namespace warroom {

CallListFilterProxyModel::CallListFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void CallListFilterProxyModel::setCsm(const QString &name)
{
    if (name == m_csm)
        return;
    m_csm = name;
    m_csmKey = csv::nameKey(name);
    invalidateFilter();
}

bool CallListFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    if (m_csmKey.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return csv::nameKey(index.data(CallListModel::CsmRole).toString()) == m_csmKey;
}

} // namespace warroom
