#include "widgets/board/phaseboardwidget.h"

#include "widgets/board/boardcolumns.h"
#include "widgets/common/conflictdialog.h"
#include "widgets/common/errorline.h"
#include "widgets/common/shownrevision.h"
#include "widgets/common/tablesetup.h"

#include "core/base/clock.h"
#include "models/board/phaseboardmodel.h"
#include "models/common/statuspalette.h"
#include "session/appsettings.h"
#include "session/currentuser.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/workspace.h"
#include "widgets/common/theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace warroom {
namespace {

// Transitions already notified in this process. Two windows may show the same incident, each
// with its own board; the person at the desk should still hear of each transition once.
QSet<QString> &notifiedTransitions()
{
    static QSet<QString> notified;
    return notified;
}

QString transitionKey(const QString &database, qint64 incidentId, const ObligationAlert &alert)
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(database)
        .arg(incidentId)
        .arg(alert.obligationId, obligationstate::id(alert.state))
        .arg(alert.dueAt.toMSecsSinceEpoch());
}

} // namespace

PhaseBoardWidget::PhaseBoardWidget(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                                   QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_incidentId(incidentId)
{
    auto *layout = new QVBoxLayout(this);
    // The tab around the board frames it; the height goes to the rows.
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);

    m_icBanner = new QLabel(this);
    m_icBanner->setObjectName(QStringLiteral("icBanner"));
    m_icBanner->setWordWrap(true);
    theme::keepStyled(m_icBanner, [banner = m_icBanner] {
        banner->setStyleSheet(
            QStringLiteral("QLabel { %1 padding: 8px; font-weight: bold; border: 3px solid %2; }")
                .arg(statuspalette::css(statuspalette::signal(statuspalette::Tone::Alarm)),
                     statuspalette::current().color(QPalette::Text).name()));
    });
    m_icBanner->hide();
    layout->addWidget(m_icBanner);

    m_deadlines = new DeadlineBanner(this);
    layout->addWidget(m_deadlines);

    m_model = new PhaseBoardModel(m_workspace.incidents(), m_workspace.playbook(),
                                  m_workspace.clock(), incidentId, this);
    m_view = newTable(
        QStringLiteral("phaseBoardView"), m_model,
        {TableFit::Rows::GrowToText, TableFit::Columns::FitText, PhaseBoardModel::ObligationColumn},
        this);
    m_view->setAccessibleName(tr("Phase board"));
    m_view->setIconSize(QSize(22, 22));
    m_columns = new BoardColumns(m_view);
    layout->addWidget(m_view, 1);

    auto *tickRow = new QHBoxLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("obligationNote"));
    m_note->setAccessibleName(tr("Note for Done, reason for Waive"));
    m_note->setPlaceholderText(tr("Note for Done (optional), reason for Waive (required)"));
    m_note->setMaxLength(IncidentStore::MaxNoteLength);
    m_done = new QPushButton(tr("✔ &Done"), this);
    m_done->setObjectName(QStringLiteral("markDone"));
    m_done->setToolTip(
        tr("Tick the selected obligation done (double-clicking a row does the same)"));
    // Alt+W is the Window menu's; Alt+D (Done) is free since the Directory menu took Alt+R.
    m_waive = new QPushButton(tr("Wai&ve…"), this);
    m_waive->setObjectName(QStringLiteral("waiveObligation"));
    m_waive->setToolTip(
        tr("Record that the selected obligation is deliberately not done; type the reason first"));
    tickRow->addWidget(m_note, 1);
    tickRow->addWidget(m_done);
    tickRow->addWidget(m_waive);
    // The tick row and the sync row share one line when the board is wide enough (resizeEvent),
    // leaving the rows of obligations the height.
    m_controls = new QBoxLayout(QBoxLayout::TopToBottom);
    m_controls->addLayout(tickRow);
    layout->addLayout(m_controls);

    auto *syncRow = new QHBoxLayout;
    m_syncText = new QLineEdit(this);
    m_syncText->setObjectName(QStringLiteral("syncText"));
    m_syncText->setAccessibleName(tr("Progress sync"));
    m_syncText->setPlaceholderText(
        tr("Progress sync for the incident channel (\"no new progress\" counts)"));
    m_syncText->setMaxLength(IncidentStore::MaxNoteLength);
    m_postSync = new QPushButton(tr("Post s&ync"), this);
    m_postSync->setObjectName(QStringLiteral("postSync"));
    syncRow->addWidget(m_syncText, 1);
    syncRow->addWidget(m_postSync);
    m_showNotApplicable = new QCheckBox(tr("Show not applicable"), this);
    m_showNotApplicable->setObjectName(QStringLiteral("showNotApplicable"));
    m_notifications = new QCheckBox(tr("Desktop notifications"), this);
    m_notifications->setObjectName(QStringLiteral("boardNotifications"));
    m_notifications->setChecked(AppSettings().obligationNotifications());
    syncRow->addWidget(m_showNotApplicable);
    syncRow->addWidget(m_notifications);
    m_controls->addLayout(syncRow);

    m_error = new ErrorLine(QStringLiteral("boardError"), this);
    layout->addWidget(m_error);

    connect(m_done, &QPushButton::clicked, this, [this] { tickSelected(false); });
    connect(m_waive, &QPushButton::clicked, this, [this] { tickSelected(true); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { tickSelected(false); });
    // Return or Enter on a selected row presses Done (disabled when the incident is closed), and
    // so does Ctrl+D while the board is shown.
    m_view->installEventFilter(this);
    auto *markDone = new QAction(tr("Mark the selected obligation done"), this);
    markDone->setObjectName(QStringLiteral("markDoneAction"));
    markDone->setShortcut(QKeySequence(tr("Ctrl+D")));
    markDone->setShortcutContext(Qt::WindowShortcut);
    addAction(markDone);
    connect(markDone, &QAction::triggered, m_done, &QPushButton::click);
    connect(m_note, &QLineEdit::returnPressed, this, [this] { tickSelected(false); });
    connect(m_postSync, &QPushButton::clicked, this, &PhaseBoardWidget::postSync);
    connect(m_syncText, &QLineEdit::returnPressed, this, &PhaseBoardWidget::postSync);
    connect(m_showNotApplicable, &QCheckBox::toggled, m_model,
            &PhaseBoardModel::setShowNotApplicable);
    connect(m_notifications, &QCheckBox::toggled, this,
            [](bool on) { AppSettings().setObligationNotifications(on); });
    connect(m_model, &PhaseBoardModel::loadFailed, this, &PhaseBoardWidget::showError);
    connect(m_model, &PhaseBoardModel::flagsChanged, this, &PhaseBoardWidget::updateFlags);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &PhaseBoardWidget::updateFlags);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PhaseBoardWidget::updateFlags);
    connect(m_model, &PhaseBoardModel::ticked, this, &PhaseBoardWidget::updateFlags);
    connect(m_model, &PhaseBoardModel::alertsRaised, this, &PhaseBoardWidget::notify);
    updateFlags();
}

void PhaseBoardWidget::applyFonts()
{
    m_deadlines->applyFonts();
    for (int column : {PhaseBoardModel::StateColumn, PhaseBoardModel::CountdownColumn,
                       PhaseBoardModel::DueColumn})
        m_view->resizeColumnToContents(column);
    m_columns->fit();
    m_view->resizeRowsToContents();
}

void PhaseBoardWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    int oneLine = m_controls->spacing();
    for (int i = 0; i < m_controls->count(); ++i)
        oneLine += m_controls->itemAt(i)->sizeHint().width();
    const auto direction =
        oneLine <= contentsRect().width() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_controls->direction() != direction)
        m_controls->setDirection(direction);
}

bool PhaseBoardWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            m_done->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PhaseBoardWidget::focusSyncText()
{
    m_syncText->setFocus();
}

QString PhaseBoardWidget::errorText() const
{
    return m_error->shownText();
}

void PhaseBoardWidget::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString PhaseBoardWidget::selectedObligation() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PhaseBoardModel::ObligationIdRole).toString()
                             : QString();
}

void PhaseBoardWidget::tickSelected(bool waive)
{
    const QString obligation = selectedObligation();
    if (obligation.isEmpty()) {
        showError(tr("Select an obligation on the board first."));
        return;
    }
    PlaybookStore &store = m_workspace.playbookStore();
    // Based on the obligation as this board shows it: a tick another seat made since is a
    // conflict, shown with who made it, not silently added to.
    const std::optional<qint64> basedOn =
        shownRevision(m_workspace.incidents(), m_incidentId, revision::obligation(obligation));
    tick(obligation, waive, basedOn);
}

void PhaseBoardWidget::tick(const QString &obligation, bool waive, std::optional<qint64> basedOn)
{
    PlaybookStore &store = m_workspace.playbookStore();
    const Result<qint64> recorded =
        waive ? store.waive(m_incidentId, obligation, m_note->text(), m_user.name(), basedOn)
              : store.markDone(m_incidentId, obligation, m_note->text(), m_user.name(), basedOn);
    if (!recorded && recorded.error().code == Error::Code::Conflict && recorded.error().conflict) {
        const Conflict &theirs = *recorded.error().conflict;
        const QString note = m_note->text().trimmed();
        const QString action = waive ? tr("waive") : tr("mark done");
        const QString yours = note.isEmpty() ? action : tr("%1: \"%2\"").arg(action, note);
        if (ConflictDialog::ask(this, theirs, yours, m_workspace.clock()) ==
            ConflictDialog::Choice::ApplyMine) {
            tick(obligation, waive, theirs.revision);
            return;
        }
        showError(QString());
        m_note->clear();
        m_workspace.incidents().notifyExternalChange(); // Discard mine: show theirs now
        return;
    }
    if (!recorded) {
        showError(recorded.error().message); // the note stays for another try
        if (waive)
            m_note->setFocus();
        return;
    }
    showError(QString());
    m_note->clear();
}

void PhaseBoardWidget::postSync()
{
    // Queued for the incident channel when this process has Slack set up; the sync row of the
    // board says where it went (docs/outbox.md).
    const Result<qint64> posted = m_workspace.playbookStore().postSync(
        m_incidentId, m_syncText->text(), m_user.name(), m_workspace.deliverableHere());
    if (!posted) {
        showError(posted.error().message);
        return;
    }
    showError(QString());
    m_syncText->clear();
}

void PhaseBoardWidget::updateFlags()
{
    const IcEngagement ic = m_model->openIcEngagement();
    const QString banner =
        ic.required
            ? tr("⚑ IC engagement is mandatory: %1. Assign an incident commander.").arg(ic.reason)
            : QString();
    if (m_icBanner->text() != banner)
        m_icBanner->setText(banner);
    m_icBanner->setVisible(ic.required);

    if (const std::optional<FinalAccount> &account = m_model->finalAccount()) {
        m_deadlines->showFinalAccount(*account);
    } else {
        m_deadlines->showObligations(m_model->allObligations(), m_workspace.clock().nowUtc());
    }
    // Closed is final: nothing more to tick, waive or sync.
    const bool closed = m_model->finalAccount().has_value();
    for (QWidget *control :
         std::initializer_list<QWidget *>{m_note, m_done, m_waive, m_syncText, m_postSync}) {
        if (control->isEnabled() == closed)
            control->setEnabled(!closed);
    }
    m_view->setToolTip(closed ? tr("The incident is closed: the board shows how it ended.")
                              : QString());
}

void PhaseBoardWidget::notify(const QList<ObligationAlert> &alerts)
{
    if (!m_notifications->isChecked())
        return;
    QStringList lines;
    bool anyOverdue = false;
    for (const ObligationAlert &alert : alerts) {
        const QString key = transitionKey(m_workspace.database().location(), m_incidentId, alert);
        if (notifiedTransitions().contains(key))
            continue;
        notifiedTransitions().insert(key);
        lines.append(alert.text());
        anyOverdue = anyOverdue || alert.state == ObligationState::Overdue;
    }
    if (lines.isEmpty())
        return;
    m_lastNotification = lines.join(QLatin1Char('\n'));
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/warroom.svg")), this);
        m_tray->setToolTip(tr("War Room: incident #%1").arg(m_incidentId));
        m_tray->show();
    }
    m_tray->showMessage(tr("Incident #%1: playbook").arg(m_incidentId), m_lastNotification,
                        anyOverdue ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 15000);
}

} // namespace warroom
