#pragma once

#include <QWidget>

class QTimer;

namespace warroom {

class CallTrackerWidget;
class CurrentUser;
class RoleBoardWidget;
class Workspace;

// The "Roles & calls" pane of the incident view: the role board above, the key-account call
// tracker below with the larger share of the height. A timer re-reads the clock twice a minute
// so waiting times and "min ago" move.
class RolesCallsPane final : public QWidget
{
    Q_OBJECT

public:
    RolesCallsPane(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                   QWidget *parent = nullptr);

    RoleBoardWidget *roleBoard() const { return m_roles; }
    CallTrackerWidget *callTracker() const { return m_calls; }

    static constexpr int ClockRefreshMs = 30000;

private:
    RoleBoardWidget *m_roles = nullptr;
    CallTrackerWidget *m_calls = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace warroom
