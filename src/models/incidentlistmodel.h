#pragma once

#include "core/incident.h"

#include <QAbstractTableModel>
#include <QHash>

namespace warroom {

class IncidentStore;

// All incidents, one row each, kept current from the store's change signals.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The compact detection time of the list ("29 Nov 07:40", UTC).
    static QString listTimeText(const QDateTime &time);

    enum Column { IdColumn, SeverityColumn, TitleColumn, CategoryColumn, StatusColumn, DetectedColumn,
                  ImpactColumn, ColumnCount };
    enum Roles { IncidentIdRole = Qt::UserRole + 1, ActiveRole, SortKeyRole };

    explicit IncidentListModel(IncidentStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 incidentId) const;
    const Incident &incidentAt(int row) const { return m_incidents.at(row); }

    // Re-reads every incident and applies the differences as row inserts and data changes.
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    void refreshIncident(qint64 id);

    IncidentStore &m_store;
    QList<Incident> m_incidents;
    QHash<qint64, int> m_rowById;
};

} // namespace warroom
