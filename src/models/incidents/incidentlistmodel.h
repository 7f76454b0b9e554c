#pragma once

#include "core/incident/incident.h"
#include "core/playbook/obligation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace warroom {

class Clock;
class IncidentStore;
class PlaybookStore;

// All incidents, one row each, kept current from the store's change signals.
//
// With a playbook store and a clock, every incident that is not closed also shows its
// deadlines: how many obligations are overdue and how long until the next one is due
// ("3 overdue · next in 14:38"). The obligations are evaluated again only when the store says
// an incident or its timeline changed (or another process wrote); once a second the model moves
// them to the clock's time (playbookengine::applyClock) without querying anything.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The compact detection time of the list ("29 Nov 07:40", UTC).
    static QString listTimeText(const QDateTime &time);
    // "3 overdue · next in 14:38", "next in 1:05 h", "2 overdue", "—" (nothing open is due);
    // with lineBreak the two parts are on two lines.
    static QString deadlinesText(const QList<ObligationStatus> &obligations, const QDateTime &now,
                                 bool lineBreak = false);

    enum Column {
        IdColumn,
        SeverityColumn,
        TitleColumn,
        CategoryColumn,
        StatusColumn,
        DeadlinesColumn,
        DetectedColumn,
        ImpactColumn,
        ColumnCount
    };
    enum Roles {
        IncidentIdRole = Qt::UserRole + 1,
        ActiveRole, // not yet restored (incidentstatus::isActive)
        OpenRole,   // not closed (incidentstatus::isOpen): listed unless closed ones are asked for
        SortKeyRole,
        OverdueRole, // int: overdue obligations (0 for closed incidents)
    };

    // Without deadlines (the Deadlines column stays empty).
    explicit IncidentListModel(IncidentStore &store, QObject *parent = nullptr);
    // Whether closed incidents are read at once or only when asked for (setClosedRead(true)).
    enum class Closed { ReadAtOnce, ReadWhenAsked };
    IncidentListModel(IncidentStore &store, const PlaybookStore &playbook, const Clock &clock,
                      Closed closed = Closed::ReadAtOnce, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(qint64 incidentId) const;
    const Incident &incidentAt(int row) const { return m_incidents.at(row); }
    // The incident's obligations as of the last tick; empty for closed incidents.
    QList<ObligationStatus> obligationsOf(qint64 incidentId) const
    {
        return m_obligations.value(incidentId);
    }

    // Re-reads every incident and applies the differences as row inserts and data changes.
    void reload();
    // Whether the closed incidents are read (the ones closed while listed stay either way).
    // Turning it on reads them now.
    void setClosedRead(bool read);
    bool closedRead() const { return m_closedRead; }
    // Stops the once-a-second timer (tests drive tick() themselves).
    void setTicking(bool ticking);

public slots:
    // Moves every open incident's obligations to the clock's time. Reads no storage.
    void tick();

signals:
    void loadFailed(const QString &message);

private:
    void refreshIncident(qint64 id);
    void evaluate(const Incident &incident);
    void evaluateAll();
    // Reads and evaluates the incidents queued by evaluate() on the thread pool.
    void evaluateQueuedInBackground();
    void setObligations(qint64 id, QList<ObligationStatus> obligations);
    // Removes the rows of incidents that no longer exist (deleted demo incidents).
    void removeDeleted(const QList<Incident> &loaded);
    void emitDeadlinesChanged(int row);

    IncidentStore &m_store;
    const PlaybookStore *m_playbook = nullptr;
    const Clock *m_clock = nullptr;
    QList<Incident> m_incidents;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QList<ObligationStatus>> m_obligations; // open incidents only
    QHash<qint64, QString> m_deadlineTexts;               // as last shown
    // The latest evaluation asked for per incident; an older one's result is dropped.
    QHash<qint64, quint64> m_requests;
    QHash<qint64, quint64> m_queued; // for evaluateQueuedInBackground()
    QTimer m_timer;
    bool m_closedRead = true;
};

} // namespace warroom
