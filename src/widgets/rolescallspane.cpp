#include "widgets/rolescallspane.h"

#include "widgets/calltrackerwidget.h"
#include "widgets/roleboardwidget.h"

#include <QGroupBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace warroom {

RolesCallsPane::RolesCallsPane(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                               QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);

    auto *rolesBox = new QGroupBox(tr("Roles"), splitter);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    m_roles = new RoleBoardWidget(workspace, user, incidentId, rolesBox);
    rolesLayout->addWidget(m_roles);

    auto *callsBox = new QGroupBox(tr("Key-account calls"), splitter);
    auto *callsLayout = new QVBoxLayout(callsBox);
    m_calls = new CallTrackerWidget(workspace, user, incidentId, callsBox);
    callsLayout->addWidget(m_calls);

    splitter->addWidget(rolesBox);
    splitter->addWidget(callsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
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
