#include "widgets/roles/roleboardwidget.h"

#include "widgets/common/conflictdialog.h"
#include "widgets/common/errorline.h"
#include "widgets/common/shownrevision.h"
#include "widgets/common/tablesetup.h"

#include "models/board/obligationicons.h"
#include "models/common/statuspalette.h"
#include "models/roles/roleboardmodel.h"
#include "session/currentuser.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"
#include "widgets/roles/assignroledialog.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
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
    m_error = new ErrorLine(QStringLiteral("roleError"), this);
    layout->addWidget(m_error);

    // The banner (or, with every needed role held, a quiet heading) and the actions share a
    // row, leaving the height to the calls below.
    auto *actions = new QHBoxLayout;
    actions->addWidget(buildBanner(), 1);
    m_allHeld = new QLabel(tr("<b>Roles</b> · every role the incident needs is held"), this);
    m_allHeld->setObjectName(QStringLiteral("allRolesHeld"));
    m_allHeld->setWordWrap(true);
    actions->addWidget(m_allHeld, 1);
    m_assign = new QPushButton(tr("&Assign…"), this);
    m_assign->setObjectName(QStringLiteral("assignRoleButton"));
    m_ack = new QPushButton(tr("Ac&knowledge (\"I have it\")"), this);
    m_ack->setObjectName(QStringLiteral("acknowledgeRoleButton"));
    m_unassign = new QPushButton(tr("Unassi&gn"), this);
    m_unassign->setObjectName(QStringLiteral("unassignRoleButton"));
    actions->addWidget(m_assign);
    actions->addWidget(m_ack);
    actions->addWidget(m_unassign);
    layout->addLayout(actions);

    m_model = new RoleBoardModel(workspace.incidents(), workspace.roles(), workspace.clock(),
                                 incidentId, this);
    // Role, holder and state are never cut off (they follow the text size and the waiting
    // time as they change); only the reason the role is needed takes what is left, in full in
    // its tooltip.
    m_table = newTable(
        QStringLiteral("roleTable"), m_model,
        {TableFit::Rows::OneLine, TableFit::Columns::FitText, RoleBoardModel::NeededColumn}, this);
    m_table->setAccessibleName(tr("Roles"));
    layout->addWidget(m_table, 1);
    applyTextSize();

    connect(m_assign, &QPushButton::clicked, this, &RoleBoardWidget::assignSelected);
    connect(m_ack, &QPushButton::clicked, this, &RoleBoardWidget::acknowledgeSelected);
    connect(m_unassign, &QPushButton::clicked, this, &RoleBoardWidget::unassignSelected);
    connect(m_table, &QTableView::doubleClicked, this, &RoleBoardWidget::assignSelected);
    connect(m_model, &RoleBoardModel::unfilledChanged, this, &RoleBoardWidget::updateBanner);
    connect(m_model, &RoleBoardModel::loadFailed, this, &RoleBoardWidget::showError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RoleBoardWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoleBoardWidget::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoleBoardWidget::updateButtons);
    updateBanner();
    updateButtons();
}

QWidget *RoleBoardWidget::buildBanner()
{
    // Across the room on the wall screen: a warning sign and the roles nobody holds, in large
    // type above the board, so that no unfilled role hides below the table's fold.
    m_bannerBox = new QFrame(this);
    m_bannerBox->setObjectName(QStringLiteral("unfilledBannerBox"));
    const statuspalette::Swatch alarm = statuspalette::signal(statuspalette::Tone::Alarm);
    m_bannerBox->setStyleSheet(QStringLiteral("#unfilledBannerBox { background: %1; }"
                                              " QLabel { color: %2; background: transparent; }")
                                   .arg(alarm.background.name(), alarm.text.name()));
    auto *row = new QHBoxLayout(m_bannerBox);
    row->setContentsMargins(8, 4, 8, 4);
    m_banner = new QLabel(m_bannerBox);
    m_banner->setObjectName(QStringLiteral("unfilledBanner"));
    m_banner->setWordWrap(true);
    m_bannerIcon = new QLabel(m_bannerBox);
    m_bannerIcon->setAccessibleName(tr("Warning"));
    row->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    row->addWidget(m_banner, 1);
    return m_bannerBox;
}

void RoleBoardWidget::applyTextSize()
{
    // Rows and banner follow the text size (Ctrl++ / Ctrl+- on the wall screen); the banner
    // stays larger than the text around it.
    fitRowsToFont(m_table);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_banner->setFont(big);
    const int side = QFontMetrics(big).height();
    m_bannerIcon->setPixmap(obligationIcon(ObligationState::Overdue).pixmap(side, side));
}

void RoleBoardWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_table)
        applyTextSize();
}

QString RoleBoardWidget::unfilledText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString RoleBoardWidget::errorText() const
{
    return m_error->shownText();
}

void RoleBoardWidget::clockAdvanced()
{
    m_model->clockAdvanced();
}

void RoleBoardWidget::showError(const QString &message)
{
    m_error->showMessage(message);
}

void RoleBoardWidget::updateBanner()
{
    QStringList names;
    for (Role r : m_model->unfilledRoles())
        names.append(role::displayName(r));
    m_banner->setText(tr("UNFILLED: %1").arg(names.join(QStringLiteral(", "))));
    m_bannerBox->setVisible(!names.isEmpty());
    m_allHeld->setVisible(names.isEmpty());
}

void RoleBoardWidget::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool held =
        current.isValid() && !current.data(RoleBoardModel::PersonRole).toString().isEmpty();
    m_ack->setEnabled(held && !current.data(RoleBoardModel::AcknowledgedRole).toBool());
    m_unassign->setEnabled(held);
}

std::optional<qint64> RoleBoardWidget::resolveConflict(const Error &error,
                                                       const QString &yourChange)
{
    if (error.code != Error::Code::Conflict || !error.conflict)
        return std::nullopt;
    if (ConflictDialog::ask(this, *error.conflict, yourChange, m_workspace.clock()) ==
        ConflictDialog::Choice::ApplyMine)
        return error.conflict->revision;
    m_workspace.incidents().notifyExternalChange(); // Discard mine: show theirs now
    return std::nullopt;
}

void RoleBoardWidget::assignSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const Role r = current.isValid()
                       ? role::fromId(current.data(RoleBoardModel::RoleIdRole).toString())
                             .value_or(Role::OnCall)
                       : Role::OnCall;
    // The revisions the board shows now, when the user starts choosing: read when the dialog is
    // confirmed, they could already include a change another seat made while it was open.
    QMap<Role, std::optional<qint64>> shown;
    for (const Role each : role::all())
        shown.insert(each, shownRevision(m_workspace.incidents(), m_incidentId,
                                         revision::role(role::id(each))));
    AssignRoleDialog dialog(
        m_workspace.people(), r,
        [this, shown](Role chosen, const QString &person, bool override) -> Result<void> {
            std::optional<qint64> basedOn = shown.value(chosen);
            for (;;) {
                const Result<qint64> done = m_workspace.roles().assign(
                    m_incidentId, chosen, person, override, m_user.name(), basedOn);
                if (done)
                    return {};
                const std::optional<qint64> again = resolveConflict(
                    done.error(), tr("assign %1 as %2").arg(person, role::displayName(chosen)));
                if (!again)
                    return done.error().code == Error::Code::Conflict ? Result<void>()
                                                                      : Result<void>(done.error());
                basedOn = again;
            }
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
    const QString person = current.data(RoleBoardModel::PersonRole).toString();
    std::optional<qint64> basedOn =
        shownRevision(m_workspace.incidents(), m_incidentId, revision::role(role::id(*r)));
    for (;;) {
        const Result<qint64> done =
            m_workspace.roles().acknowledge(m_incidentId, *r, person, m_user.name(), basedOn);
        basedOn =
            done ? std::nullopt
                 : resolveConflict(done.error(),
                                   tr("%1 acknowledges %2").arg(person, role::displayName(*r)));
        if (!basedOn) {
            showError(done || done.error().code == Error::Code::Conflict ? QString()
                                                                         : done.error().message);
            return;
        }
    }
}

void RoleBoardWidget::unassignSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const auto r = role::fromId(current.data(RoleBoardModel::RoleIdRole).toString());
    const QString person = current.data(RoleBoardModel::PersonRole).toString();
    // As acknowledging: based on the role as this board shows it; a change another seat made
    // since opens the conflict dialog, and "Apply mine anyway" unassigns on top of theirs.
    std::optional<qint64> basedOn =
        shownRevision(m_workspace.incidents(), m_incidentId, revision::role(role::id(*r)));
    for (;;) {
        const Result<qint64> done =
            m_workspace.roles().unassign(m_incidentId, *r, person, m_user.name(), basedOn);
        basedOn =
            done ? std::nullopt
                 : resolveConflict(done.error(),
                                   tr("unassign %1 from %2").arg(person, role::displayName(*r)));
        if (!basedOn) {
            showError(done || done.error().code == Error::Code::Conflict ? QString()
                                                                         : done.error().message);
            return;
        }
    }
}

} // namespace warroom
