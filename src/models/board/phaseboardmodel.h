#pragma once

#include "core/incident/incident.h"
#include "core/incident/timelineevent.h"
#include "core/playbook/finalaccount.h"
#include "core/playbook/obligation.h"
#include "core/playbook/playbook.h"
#include "core/playbook/playbookengine.h"
#include "core/roles/roles.h"
#include "models/board/obligationalerts.h"
#include "models/common/backgroundevaluation.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <memory>

namespace warroom {

class Clock;
class IncidentStore;
class IncidentTimeline;

// The playbook's obligations on one incident, the most urgent first: overdue (longest overdue on
// top), due soon, upcoming by due time, waiting, then done and waived. Obligations that do not
// apply are left out unless asked for.
//
// The obligations are evaluated again only when the incident or its timeline changes: the model
// reads the incident's shared IncidentTimeline, which fetches only new events (this process's
// writes and other processes' writes to this incident; another incident's change costs nothing).
// Once a second the model asks the clock for the time and updates the state and countdown cells
// with dataChanged, moving rows with a layout change when the order changes: no storage query and
// no model reset per tick, so views do not flicker.
//
// A closed incident's board stops: its obligations stand as they did at the closing time, the
// missed ones on top (still open at closing, then done late (longest first), then waived), and
// the countdown column says how late each was ("12 min late"). finalAccount() has the rest.
//
// The owner column names the people holding each obligation's role, replayed from the same
// timeline: the role, and below it who holds it ("Chloé Martin, Dev Patel") or "unfilled".
class PhaseBoardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        CountdownColumn,
        ObligationColumn,
        OwnerColumn,
        DueColumn,
        DetailColumn,
        ColumnCount
    };
    enum Roles {
        ObligationIdRole = Qt::UserRole + 1,
        StateRole,     // ObligationState as int
        StateIdRole,   // "overdue"
        MandatoryRole, // bool
        MsecsLeftRole, // qint64, negative when overdue; invalid without a due time
        RecurringRole, // bool
        OwnerRoleRole, // the owner role's name, the first line of the owner cell
        HoldersRole,   // QStringList: the people holding the owner role, empty when unfilled
    };

    PhaseBoardModel(IncidentStore &store, const Playbook &playbook, const Clock &clock,
                    qint64 incidentId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 incidentId() const { return m_incidentId; }
    int rowOf(const QString &obligationId) const;
    // Every obligation of the playbook, in playbook order, as of the last tick.
    const QList<ObligationStatus> &allObligations() const { return m_all; }
    // The IC engagement flag: required and no incident commander assigned yet (never once closed).
    IcEngagement openIcEngagement() const;
    // Closed: when and by whom, and what was missed and by how long; nullopt while open.
    const std::optional<FinalAccount> &finalAccount() const { return m_final; }
    // The time the board shows: the clock's, or the closing time of a closed incident.
    QDateTime boardTime() const;

    void setShowNotApplicable(bool show);
    // Stops the once-a-second timer (tests drive tick() themselves).
    void setTicking(bool ticking);

public slots:
    // Moves the board to the clock's time: states, countdowns, order. Reads no storage.
    void tick();
    // Reads the incident and its new timeline events and evaluates the playbook again.
    void refresh();
    // Evaluates the playbook again over the shared timeline as it is (no storage query).
    void evaluate();

signals:
    void loadFailed(const QString &message);
    // Obligations that just became due soon or overdue, once per transition.
    void alertsRaised(const QList<warroom::ObligationAlert> &alerts);
    // The IC engagement flag or anything else above the rows changed.
    void flagsChanged();
    // The board moved to the clock's time (once a second); rows whose text changed have had
    // dataChanged.
    void ticked();

private:
    struct Evaluation
    {
        QList<ObligationStatus> obligations;
        QList<RoleAssignment> holders;
    };
    static Evaluation evaluateNow(const Playbook &playbook, const Incident &incident,
                                  const QList<TimelineEvent> &events);
    void applyEvaluation(Evaluation evaluation);
    QString ownerText(Role owner) const;
    QStringList holdersOf(Role owner) const;
    QList<ObligationStatus> visibleSorted() const;
    void applyRows(const QList<ObligationStatus> &sorted);
    void reorder(const QList<ObligationStatus> &sorted);
    void emitCountdownChanges();
    void raiseAlerts();
    const MissedObligation *missed(const QString &obligationId) const;

    std::shared_ptr<IncidentTimeline> m_timeline;
    const Playbook &m_playbook;
    const Clock &m_clock;
    qint64 m_incidentId;
    QList<ObligationStatus> m_all;   // evaluated, playbook order
    QList<ObligationStatus> m_rows;  // shown, in board order
    QList<RoleAssignment> m_holders; // replayed from the timeline with the obligations
    QHash<QString, int> m_playbookIndex;
    ObligationAlertTracker m_alerts;
    std::optional<FinalAccount> m_final;
    QHash<QString, MissedObligation> m_missed; // of m_final, by obligation id
    QHash<QString, QString> m_countdownShown;  // the countdown text each row last showed
    QTimer m_timer;
    BackgroundEvaluation<Evaluation> m_background{this};
    bool m_showNotApplicable = false;
    bool m_loaded = false;
    quint64 m_evaluations = 0;
};

} // namespace warroom
