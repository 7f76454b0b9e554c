#pragma once

#include <QWidget>

class QSplitter;
class QTimer;

namespace warroom {

class CallTrackerWidget;
class CurrentUser;
class RoleBoardWidget;
class Workspace;

// The "Roles & calls" pane of the incident view: the role board above, the key-account call
// tracker below with the height its accounts need. A timer re-reads the clock twice a minute
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Until the user moves the split: the calls get the height that shows every account (ten on
    // a 1280x720 screen), the role board the rest (it scrolls; unfilled roles are named in the
    // board's banner).
    void fitSplit();

    QSplitter *m_splitter = nullptr;
    bool m_splitMoved = false;
    RoleBoardWidget *m_roles = nullptr;
    CallTrackerWidget *m_calls = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace warroom
