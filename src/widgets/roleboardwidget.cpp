#include "widgets/roleboardwidget.h"

#include "models/roleboardmodel.h"
#include "storage/rolestore.h"
#include "storage/workspace.h"
#include "widgets/assignroledialog.h"
#include "widgets/currentuser.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace warroom {

RoleBoardWidget::RoleBoardWidget(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                                 QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_incidentId(incidentId)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("unfilledBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold;"
                       " padding: 6px; }"));
    layout->addWidget(m_banner);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("roleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_model = new RoleBoardModel(workspace.incidents(), workspace.roles(), workspace.clock(),
                                 incidentId, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("roleTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_assign = new QPushButton(tr("A&ssign…"), this);
    m_assign->setObjectName(QStringLiteral("assignRoleButton"));
    m_ack = new QPushButton(tr("Ac&knowledge (\"I have it\")"), this);
    m_ack->setObjectName(QStringLiteral("acknowledgeRoleButton"));
    m_unassign = new QPushButton(tr("&Unassign"), this);
    m_unassign->setObjectName(QStringLiteral("unassignRoleButton"));
    buttons->addWidget(m_assign);
    buttons->addWidget(m_ack);
    buttons->addWidget(m_unassign);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_assign, &QPushButton::clicked, this, &RoleBoardWidget::assignSelected);
    connect(m_ack, &QPushButton::clicked, this, &RoleBoardWidget::acknowledgeSelected);
    connect(m_unassign, &QPushButton::clicked, this, &RoleBoardWidget::unassignSelected);
    connect(m_table, &QTableView::doubleClicked, this, &RoleBoardWidget::assignSelected);
    connect(m_model, &RoleBoardModel::unfilledChanged, this, &RoleBoardWidget::updateBanner);
    connect(m_model, &RoleBoardModel::loadFailed, this, &RoleBoardWidget::showError);
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            [this] { m_table->resizeColumnsToContents(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RoleBoardWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, m_table,
            [this] { m_table->resizeColumnToContents(RoleBoardModel::StateColumn); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoleBoardWidget::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoleBoardWidget::updateButtons);
    updateBanner();
    updateButtons();
}

QString RoleBoardWidget::unfilledText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString RoleBoardWidget::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void RoleBoardWidget::clockAdvanced()
{
    m_model->clockAdvanced();
}

void RoleBoardWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RoleBoardWidget::updateBanner()
{
    QStringList names;
    for (Role r : m_model->unfilledRoles())
        names.append(role::displayName(r));
    m_banner->setText(tr("UNFILLED: %1").arg(names.join(QStringLiteral(", "))));
    m_banner->setVisible(!names.isEmpty());
}

void RoleBoardWidget::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool held =
        current.isValid() && !current.data(RoleBoardModel::PersonRole).toString().isEmpty();
    m_ack->setEnabled(held && !current.data(RoleBoardModel::AcknowledgedRole).toBool());
    m_unassign->setEnabled(held);
}

void RoleBoardWidget::assignSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const Role r = current.isValid()
                       ? role::fromId(current.data(RoleBoardModel::RoleIdRole).toString())
                             .value_or(Role::OnCall)
                       : Role::OnCall;
    AssignRoleDialog dialog(
        m_workspace.people(), r,
        [this](Role chosen, const QString &person, bool override) -> Result<void> {
            const Result<qint64> done =
                m_workspace.roles().assign(m_incidentId, chosen, person, override, m_user.name());
            return done ? Result<void>() : Result<void>(done.error());
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        showError(QString());
}

void RoleBoardWidget::acknowledgeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const auto r = role::fromId(current.data(RoleBoardModel::RoleIdRole).toString());
    const Result<qint64> done = m_workspace.roles().acknowledge(
        m_incidentId, *r, current.data(RoleBoardModel::PersonRole).toString(), m_user.name());
    showError(done ? QString() : done.error().message);
}

void RoleBoardWidget::unassignSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const auto r = role::fromId(current.data(RoleBoardModel::RoleIdRole).toString());
    const Result<qint64> done = m_workspace.roles().unassign(
        m_incidentId, *r, current.data(RoleBoardModel::PersonRole).toString(), m_user.name());
    showError(done ? QString() : done.error().message);
}

} // namespace warroom
