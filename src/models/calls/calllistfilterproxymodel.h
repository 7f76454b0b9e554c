#pragma once

#include <QSortFilterProxyModel>

namespace warroom {

// "My accounts": the call list narrowed to the accounts one CSM owns (names compared as the
// directory compares them). An empty CSM shows every account.
class CallListFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CallListFilterProxyModel(QObject *parent = nullptr);

    void setCsm(const QString &name);
    QString csm() const { return m_csm; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_csm;
    QString m_csmKey;
};

} // namespace warroom
