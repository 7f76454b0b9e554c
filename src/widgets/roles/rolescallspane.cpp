#include "widgets/roles/rolescallspane.h"

#include "widgets/calls/calltrackerwidget.h"
#include "widgets/roles/roleboardwidget.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QSplitter>
#include <QTableView>
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
    auto *splitter = m_splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_roles = new RoleBoardWidget(workspace, user, incidentId, splitter);
    m_calls = new CallTrackerWidget(workspace, user, incidentId, splitter);
    splitter->addWidget(m_roles);
    splitter->addWidget(m_calls);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({2000, 3000});
    layout->addWidget(splitter);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });
    splitter->installEventFilter(this);
    // Accounts proposed or chosen, or the text size changed: the calls may need more height.
    const auto refit = [this] { QTimer::singleShot(0, this, &RolesCallsPane::fitSplit); };
    QAbstractItemModel *calls = m_calls->table()->model();
    connect(calls, &QAbstractItemModel::rowsInserted, this, refit);
    connect(calls, &QAbstractItemModel::rowsRemoved, this, refit);
    connect(calls, &QAbstractItemModel::modelReset, this, refit);
    connect(calls, &QAbstractItemModel::layoutChanged, this, refit);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(ClockRefreshMs);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_roles->clockAdvanced();
        m_calls->clockAdvanced();
    });
    m_clockTimer->start();
}

// The splitter's own resize: it comes after the pane's layout has placed it, so the sizes it
// splits are the real ones.
bool RolesCallsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        fitSplit();
    // Shown (the tab opened): the calls are measured as laid out from now on, no longer from
    // their size hints, which ask for more.
    if (watched == m_splitter && event->type() == QEvent::Show)
        QTimer::singleShot(0, this, &RolesCallsPane::fitSplit);
    return QWidget::eventFilter(watched, event);
}

void RolesCallsPane::fitSplit()
{
    if (m_splitMoved)
        return;
    // The splitter's height, not the sum of its sizes: from its resize event the sizes are still
    // the old ones.
    const QList<int> sizes = m_splitter->sizes();
    const int total = m_splitter->height() - m_splitter->handleWidth();
    const int wanted = m_calls->heightForAllRows();
    if (total <= 0 || wanted <= 0)
        return;
    // The role board keeps its heading and a few rows.
    const int roles = qMax(m_roles->minimumSizeHint().height(), total - wanted);
    const int callsHeight = qMax(total - roles, total * 3 / 5);
    if (callsHeight != sizes.value(1) || total != sizes.value(0) + sizes.value(1))
        m_splitter->setSizes({total - callsHeight, callsHeight});
}

} // namespace warroom
