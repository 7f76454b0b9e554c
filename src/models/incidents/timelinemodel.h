#pragma once

#include "core/comms/draftnumbering.h"
#include "core/incident/timelineevent.h"

#include <QAbstractTableModel>

#include <memory>

namespace warroom {

class IncidentStore;
class IncidentTimeline;

// One incident's timeline, oldest first, over the incident's shared IncidentTimeline (read once
// for every model of the incident). New events are appended as rows (beginInsertRows) as they are
// recorded, in this process or by another, so the selection and the scroll position stay.
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
    const QList<TimelineEvent> &events() const;

signals:
    void loadFailed(const QString &message);

private:
    void showNew();
    void learnNumbers();

    std::shared_ptr<IncidentTimeline> m_timeline;
    qint64 m_incidentId;
    qsizetype m_rows = 0; // the events shown: the first m_rows of m_timeline->events()
    // Draft numbers for events recorded before they carried one ("draft #2", not its id).
    DraftNumbering m_numbering;
    qsizetype m_numbered = 0; // the events m_numbering has seen
};

} // namespace warroom
