#pragma once

#include <QSortFilterProxyModel>

namespace warroom {

// Active incidents first (worst severity, then most recently detected), filtered by text, with
// restored and closed incidents hidden unless asked for.
class IncidentFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IncidentFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setShowInactive(bool show);
    bool showInactive() const { return m_showInactive; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    bool m_showInactive = false;
};

} // namespace warroom
