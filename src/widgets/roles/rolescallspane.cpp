#include "widgets/roles/rolescallspane.h"

#include "widgets/calls/calltrackerwidget.h"
#include "widgets/roles/roleboardwidget.h"

#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace warroom {

RolesCallsPane::RolesCallsPane(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                               QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    // No group boxes: the board's heading row and the outreach progress line name the parts,
    // and the height goes to the rows. The calls get the larger share: ten accounts to tick off,
    // while the roles nobody holds are named in the banner above the board whatever its height.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_roles = new RoleBoardWidget(workspace, user, incidentId, splitter);
    m_calls = new CallTrackerWidget(workspace, user, incidentId, splitter);
    splitter->addWidget(m_roles);
    splitter->addWidget(m_calls);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({2000, 3000});
    layout->addWidget(splitter);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(ClockRefreshMs);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_roles->clockAdvanced();
        m_calls->clockAdvanced();
    });
    m_clockTimer->start();
}

} // namespace warroom
