#pragma once

#include "core/roles/rolerequirements.h"
#include "core/roles/roles.h"
#include "models/common/backgroundevaluation.h"

#include <QAbstractTableModel>

#include <memory>

namespace warroom {

class Clock;
class IncidentStore;
class IncidentTimeline;
class RoleStore;

// The role board of one incident: every playbook role, one row per holder (a role without a
// holder has one empty row). A role the incident needs but nobody holds is "unfilled"; a holder
// who has not acknowledged shows how long ago the role was assigned, by the injected clock.
// Holders are replayed from the incident's shared IncidentTimeline when it changes; the clock's
// refresh re-evaluates needs and waiting times from what is held, without touching storage.
class RoleBoardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RoleColumn, HolderColumn, StateColumn, NeededColumn, ColumnCount };
    enum Roles {
        RoleIdRole = Qt::UserRole + 1, // role id ("incident-commander")
        PersonRole,                    // holder's name, empty when nobody holds it
        UnfilledRole,                  // needed and nobody holds it
        NeededRole,
        AcknowledgedRole,
        WaitingSecsRole, // seconds since assignment while not acknowledged, else -1
    };

    RoleBoardModel(IncidentStore &incidents, RoleStore &roles, const Clock &clock,
                   qint64 incidentId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Needed roles nobody holds.
    QList<Role> unfilledRoles() const;
    // Reads what is new in the timeline and the incident; unchanged rows keep their place.
    void reload();
    // The clock moved: waiting times and time-dependent needs (escalation) are re-evaluated from
    // the incident and holders already read.
    void clockAdvanced();

signals:
    void loadFailed(const QString &message);
    void unfilledChanged();

private:
    struct Row
    {
        Role role = Role::OnCall;
        std::optional<RoleAssignment> holder;
        std::optional<QString> neededBecause;
    };
    QString stateText(const Row &row) const;
    // Replays the holders from the timeline, then rebuild().
    void replay();
    void applyAssignments(QList<RoleAssignment> assignments);
    // Rows from the held holders and the needs now.
    void rebuild();

    std::shared_ptr<IncidentTimeline> m_timeline;
    RoleStore &m_roles;
    const Clock &m_clock;
    qint64 m_incidentId;
    QList<RoleAssignment> m_assignments; // replayed from m_timeline
    QList<Row> m_rows;
    BackgroundEvaluation<QList<RoleAssignment>> m_background{this};
    quint64 m_replays = 0;
};

} // namespace warroom
