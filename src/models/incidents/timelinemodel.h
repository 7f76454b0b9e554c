#pragma once

#include "core/incident/timelineevent.h"

#include <QAbstractTableModel>

namespace warroom {

class IncidentStore;

// One incident's timeline, oldest first. New events are appended as they are recorded, in this
// process (store signals) or by another (external change).
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AuthorColumn, EventColumn, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 1, EventIdRole };

    TimelineModel(IncidentStore &store, qint64 incidentId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 incidentId() const { return m_incidentId; }
    const QList<TimelineEvent> &events() const { return m_events; }

signals:
    void loadFailed(const QString &message);

private:
    void fetchNew();

    IncidentStore &m_store;
    qint64 m_incidentId;
    QList<TimelineEvent> m_events;
};

} // namespace warroom
