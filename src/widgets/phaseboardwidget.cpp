#include "widgets/phaseboardwidget.h"

#include "models/phaseboardmodel.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/playbookstore.h"
#include "storage/workspace.h"
#include "widgets/appsettings.h"
#include "widgets/currentuser.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

    m_icBanner = new QLabel(this);
    m_icBanner->setObjectName(QStringLiteral("icBanner"));
    m_icBanner->setWordWrap(true);
    m_icBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #b71c1c; color: white; padding: 8px;"
                       " font-weight: bold; border: 3px solid black; }"));
    m_icBanner->hide();
    layout->addWidget(m_icBanner);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    layout->addWidget(m_summary);

    m_model = new PhaseBoardModel(m_workspace.incidents(), m_workspace.playbook(),
                                  m_workspace.clock(), incidentId, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("phaseBoardView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setIconSize(QSize(22, 22));
    // Fixed widths for the cells that change every second, so the columns never jump.
    QHeaderView *header = m_view->horizontalHeader();
    QFont countdownFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    countdownFont.setPointSizeF(font().pointSizeF() * 1.15);
    countdownFont.setBold(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(PhaseBoardModel::StateColumn,
                          fontMetrics().horizontalAdvance(tr("Not applicable")) + 22 + 40);
    header->resizeSection(PhaseBoardModel::CountdownColumn,
                          QFontMetrics(countdownFont).horizontalAdvance(tr("overdue 59:59")) + 24);
    header->setSectionResizeMode(PhaseBoardModel::ObligationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PhaseBoardModel::OwnerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PhaseBoardModel::DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PhaseBoardModel::DetailColumn, QHeaderView::Stretch);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    auto *tickRow = new QHBoxLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("obligationNote"));
    m_note->setPlaceholderText(tr("Note for Done (optional), reason for Waive (required)"));
    m_note->setMaxLength(IncidentStore::MaxNoteLength);
    m_done = new QPushButton(tr("✔ &Done"), this);
    m_done->setObjectName(QStringLiteral("markDone"));
    m_done->setToolTip(
        tr("Tick the selected obligation done (double-clicking a row does the same)"));
    m_waive = new QPushButton(tr("&Waive…"), this);
    m_waive->setObjectName(QStringLiteral("waiveObligation"));
    m_waive->setToolTip(
        tr("Record that the selected obligation is deliberately not done; type the reason first"));
    tickRow->addWidget(m_note, 1);
    tickRow->addWidget(m_done);
    tickRow->addWidget(m_waive);
    layout->addLayout(tickRow);

    auto *syncRow = new QHBoxLayout;
    m_syncText = new QLineEdit(this);
    m_syncText->setObjectName(QStringLiteral("syncText"));
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
    layout->addLayout(syncRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("boardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_done, &QPushButton::clicked, this, [this] { tickSelected(false); });
    connect(m_waive, &QPushButton::clicked, this, [this] { tickSelected(true); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { tickSelected(false); });
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
    connect(m_model, &PhaseBoardModel::alertsRaised, this, &PhaseBoardWidget::notify);
    updateFlags();
}

QString PhaseBoardWidget::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void PhaseBoardWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
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
    const Result<qint64> recorded =
        waive ? store.waive(m_incidentId, obligation, m_note->text(), m_user.name())
              : store.markDone(m_incidentId, obligation, m_note->text(), m_user.name());
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
    const Result<qint64> posted =
        m_workspace.playbookStore().postSync(m_incidentId, m_syncText->text(), m_user.name());
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

    int overdue = 0;
    int dueSoon = 0;
    for (const ObligationStatus &s : m_model->allObligations()) {
        overdue += s.state == ObligationState::Overdue ? 1 : 0;
        dueSoon += s.state == ObligationState::DueSoon ? 1 : 0;
    }
    const QString summary = tr("Overdue: %1   ·   Due soon: %2").arg(overdue).arg(dueSoon);
    if (m_summary->text() != summary)
        m_summary->setText(summary);
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
