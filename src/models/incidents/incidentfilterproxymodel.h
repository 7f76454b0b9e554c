#pragma once

#include <QSortFilterProxyModel>

namespace warroom {

// Open incidents first (worst severity; within one severity those not yet restored before the
// restored ones; then most recently detected), filtered by text, with closed incidents hidden
// unless asked for. Restored incidents stay listed: they still owe the resolved announcement, the
// customer email and the postmortem.
class IncidentFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IncidentFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setShowClosed(bool show);
    bool showClosed() const { return m_showClosed; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    bool m_showClosed = false;
};

} // namespace warroom
