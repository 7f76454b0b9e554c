#include "widgets/incidents/incidentview.h"

#include "core/base/utctime.h"
#include "models/common/statuspalette.h"
#include "models/incidents/timelinemodel.h"
#include "session/currentuser.h"
#include "storage/demo/demodata.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"
#include "storage/workspace.h"
#include "widgets/board/phaseboardwidget.h"
#include "widgets/calls/calltrackerwidget.h"
#include "widgets/common/badge.h"
#include "widgets/common/errorline.h"
#include "widgets/common/plaintext.h"
#include "widgets/common/tablesetup.h"
#include "widgets/common/theme.h"
#include "widgets/comms/communicationspane.h"
#include "widgets/comms/drafteditor.h"
#include "widgets/incidents/declareincidentdialog.h"
#include "widgets/roles/rolescallspane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace warroom {

using statuspalette::Tone;

namespace {

// One line of text, shortened with "…" when it does not fit; text() keeps all of it.
class OneLineLabel final : public QLabel
{
public:
    explicit OneLineLabel(Qt::TextElideMode mode, QWidget *parent)
        : QLabel(parent)
        , m_mode(mode)
    {
    }

    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 8, QLabel::minimumSizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QFrame::paintEvent(event);
        const QRect r = contentsRect();
        QPainter painter(this);
        style()->drawItemText(&painter, r, int(alignment()), palette(), isEnabled(),
                              fontMetrics().elidedText(text(), m_mode, r.width()),
                              foregroundRole());
    }

private:
    Qt::TextElideMode m_mode;
};

// Detected and declared in one form, day first with the month as a word (never 11-29 vs 29-11),
// in UTC, independent of the desktop's language.
QString headerTime(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("dd MMM yyyy HH:mm 'UTC'"));
}

} // namespace

IncidentView::IncidentView(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                           QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_incidentId(incidentId)
    , m_shared(workspace.incidents().sharedTimeline(incidentId))
{
    auto *layout = new QVBoxLayout(this);

    m_error = new ErrorLine(QStringLiteral("incidentError"), this, ErrorLine::Look::Box);
    layout->addWidget(m_error);

    // A compact header, so the panes below get most of the height: the title on one line, the
    // facts in a grid of up to three columns, the status history beside the status controls.
    auto *header = new QHBoxLayout;
    m_demo = new Badge(this);
    m_demo->setObjectName(QStringLiteral("demoBadge"));
    m_demo->showDemo();
    // The mark is set when the demo is written and never taken back: read it once.
    const Result<bool> isDemo = demo::isDemo(m_workspace, incidentId);
    m_demo->setVisible(isDemo && isDemo.value());
    m_severity = new Badge(this);
    m_status = new Badge(this);
    m_title = new OneLineLabel(Qt::ElideRight, this);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    header->addWidget(m_demo);
    header->addWidget(m_severity);
    header->addWidget(m_status);
    header->addWidget(m_title, 1);
    layout->addLayout(header);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("incidentFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setMinimumWidth(1); // layoutFacts fits the grid to the width
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    auto *actions = new QHBoxLayout;
    auto *historyLabel = new QLabel(tr("Status history (UTC)"), this);
    theme::keepStyled(historyLabel, [historyLabel] {
        historyLabel->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }").arg(statuspalette::text(Tone::Muted).name()));
    });
    actions->addWidget(historyLabel);
    m_history = new OneLineLabel(Qt::ElideLeft, this); // the latest status stays in view
    m_history->setObjectName(QStringLiteral("statusHistory"));
    m_history->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    actions->addWidget(m_history, 1);
    actions->addWidget(new QLabel(tr("Move to:"), this));
    m_nextStatus = new QComboBox(this);
    m_nextStatus->setObjectName(QStringLiteral("nextStatus"));
    m_nextStatus->setAccessibleName(tr("Move to status"));
    // Closed is never preselected: when it is the only step forward, nothing is.
    m_nextStatus->setPlaceholderText(tr("choose…"));
    m_nextStatus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    actions->addWidget(m_nextStatus);
    m_setStatus = new QPushButton(tr("Set stat&us"), this);
    m_setStatus->setObjectName(QStringLiteral("setStatus"));
    actions->addWidget(m_setStatus);
    m_edit = new QPushButton(tr("&Edit fields…"), this);
    m_edit->setObjectName(QStringLiteral("editFields"));
    actions->addWidget(m_edit);
    layout->addLayout(actions);
    // A refused status change (closing with obligations open) is said right under the controls.
    m_statusError = new ErrorLine(QStringLiteral("statusError"), this);
    layout->addWidget(m_statusError);

    applyFonts();
    m_panes = new QTabWidget(this);
    addPanes();
    layout->addWidget(m_panes, 1);

    connect(m_setStatus, &QPushButton::clicked, this, &IncidentView::applyStatus);
    connect(m_nextStatus, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_setStatus->setEnabled(index >= 0); });
    connect(m_edit, &QPushButton::clicked, this, &IncidentView::editFields);
    connect(m_shared.get(), &IncidentTimeline::incidentChanged, this, &IncidentView::reload);
    reload();
}

QWidget *IncidentView::buildTimelinePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    m_timeline = new TimelineModel(m_workspace.incidents(), m_incidentId, this);
    connect(m_timeline, &TimelineModel::loadFailed, this, &IncidentView::showError);
    // One line a row (a long note's whole text is its tooltip): a fixed height, so a timeline of
    // any length lays out and grows without measuring its rows.
    m_timelineView = newTable(QStringLiteral("timelineView"), m_timeline,
                              {TableFit::Rows::OneLine, TableFit::Columns::SizedOnce}, pane);
    m_timelineView->setAccessibleName(tr("Timeline"));
    connect(m_timeline, &QAbstractItemModel::rowsInserted, m_timelineView, [this] {
        m_timelineView->resizeColumnToContents(TimelineModel::AuthorColumn);
        m_timelineView->scrollToBottom();
    });
    layout->addWidget(m_timelineView, 1);

    auto *noteRow = new QHBoxLayout;
    m_noteEdit = new QLineEdit(pane);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setAccessibleName(tr("Note for the timeline"));
    m_noteEdit->setPlaceholderText(tr("Add a note to the timeline (\"no new progress\" counts)"));
    m_noteEdit->setMaxLength(IncidentStore::MaxNoteLength);
    m_addNote = new QPushButton(tr("&Add note"), pane);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNote);
    layout->addLayout(noteRow);
    connect(m_addNote, &QPushButton::clicked, this, &IncidentView::addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &IncidentView::addNote);
    return pane;
}

void IncidentView::applyFonts()
{
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    if (m_board)
        m_board->applyFonts();
    if (m_timelineView)
        fitRowsToFont(m_timelineView);
    if (m_incident.id > 0)
        showIncident(); // badges size their text from the application font
}

// Every pane of the incident view, in tab order: a new pane is one line here.
void IncidentView::addPanes()
{
    m_board = new PhaseBoardWidget(m_workspace, m_user, m_incidentId, m_panes);
    addPane(m_board, tr("&Phase board"), PaneFit::FillsView);
    addPane(buildTimelinePane(), tr("&Timeline"), PaneFit::FillsView);
    m_comms = new CommunicationsPane(m_workspace, m_user, m_incidentId, this);
    addPane(m_comms, tr("C&ommunications"), PaneFit::Scrolls);
    m_rolesCalls = new RolesCallsPane(m_workspace, m_user, m_incidentId, this);
    addPane(m_rolesCalls, tr("Roles && ca&lls"), PaneFit::Scrolls);
    addShortcuts();
}

QAction *IncidentView::addShortcut(const QString &text, const QKeySequence &keys,
                                   const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

void IncidentView::addShortcuts()
{
    // Ctrl+1 … Ctrl+4: the panes in tab order.
    for (int i = 0; i < m_panes->count() && i < 9; ++i) {
        // The action's text takes mnemonic marks too: "Roles && calls".
        const QString title =
            plainText(m_panes->tabText(i)).replace(QLatin1String("&"), QLatin1String("&&"));
        QAction *show = addShortcut(tr("Show %1").arg(title),
                                    QKeySequence(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + i))),
                                    QStringLiteral("showPane%1").arg(i + 1));
        connect(show, &QAction::triggered, this, [this, i] { m_panes->setCurrentIndex(i); });
    }
    connect(addShortcut(tr("Type a note for the timeline (Return adds it)"),
                        QKeySequence(tr("Ctrl+Shift+T")), QStringLiteral("addNoteAction")),
            &QAction::triggered, this, [this] {
                showPaneOf(m_noteEdit);
                m_noteEdit->setFocus();
            });
    connect(addShortcut(tr("Type a progress sync (Return posts it)"),
                        QKeySequence(tr("Ctrl+Shift+Y")), QStringLiteral("postSyncAction")),
            &QAction::triggered, this, [this] {
                showPaneOf(m_board);
                m_board->focusSyncText();
            });
    connect(addShortcut(tr("New announcement draft: choose the template (Alt+C creates it)"),
                        QKeySequence(tr("Ctrl+Shift+D")), QStringLiteral("newDraftAction")),
            &QAction::triggered, this, [this] {
                showPaneOf(m_comms);
                m_comms->templatePicker()->setFocus();
            });
    connect(addShortcut(tr("Tick calls: the call tracker's selected account (then a status key)"),
                        QKeySequence(tr("Ctrl+Shift+K")), QStringLiteral("tickCallAction")),
            &QAction::triggered, this, [this] {
                showPaneOf(m_rolesCalls);
                m_rolesCalls->callTracker()->focusCalls();
            });
}

void IncidentView::showPaneOf(QWidget *widget)
{
    for (int i = 0; i < m_panes->count(); ++i) {
        if (m_panes->widget(i) == widget || m_panes->widget(i)->isAncestorOf(widget))
            m_panes->setCurrentIndex(i);
    }
}

// A pane that scrolls does so when it needs more room than the incident view has, rather than
// widening the view (and the window) past a small screen and squeezing the incident list; one
// that fills the view (the board, the timeline) scrolls its own table.
void IncidentView::addPane(QWidget *pane, const QString &title, PaneFit fit)
{
    if (fit == PaneFit::FillsView) {
        m_panes->addTab(pane, title);
        return;
    }
    auto *area = new QScrollArea(m_panes);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setAccessibleName(plainText(title));
    area->setWidget(pane);
    m_panes->addTab(area, title);
}

QString IncidentView::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString IncidentView::statusErrorText() const
{
    return m_statusError->shownText();
}

bool IncidentView::confirmLeaving(CommunicationsPane::Leaving leaving)
{
    if (!m_comms->editor()->hasUnsavedChanges())
        return true;
    // Show what the question is about: the draft with its unsaved text.
    for (int i = 0; i < m_panes->count(); ++i) {
        if (m_panes->widget(i)->isAncestorOf(m_comms))
            m_panes->setCurrentIndex(i);
    }
    return m_comms->confirmLeaving(leaving);
}

void IncidentView::showError(const QString &message)
{
    m_error->showMessage(message);
}

void IncidentView::reload()
{
    if (m_shared->isLoading()) {
        // A large timeline loads on the thread pool; nothing can be changed until it is here.
        m_title->setText(tr("#%1  Loading the incident and its timeline…").arg(m_incidentId));
        m_edit->setEnabled(false);
        m_nextStatus->setEnabled(false);
        m_setStatus->setEnabled(false);
        return;
    }
    if (!m_shared->isLoaded()) {
        showError(m_shared->errorText());
        return;
    }
    m_incident = m_shared->incident();
    showIncident();
}

void IncidentView::showIncident()
{
    const IncidentFields &f = m_incident.fields;
    m_title->setText(QStringLiteral("#%1  %2").arg(m_incident.id).arg(f.title));
    m_severity->showSeverity(f.severity);
    m_status->showStatus(m_incident.status);
    m_title->setToolTip(m_title->text());

    const QString users = QStringLiteral("%1%").arg(QLocale().toString(f.affectedUsersPct, 'g', 4));
    const QString declared =
        tr("%1 by %2").arg(headerTime(m_incident.declaredAt), m_incident.declaredBy);
    m_factCells = {
        {tr("Category"), category::displayName(f.category)},
        {tr("Task type"), f.taskType.isEmpty() ? tr("(not given)") : f.taskType},
        {tr("Users affected"), users},
        {tr("Enterprise customers"), QString::number(f.enterpriseAffected)},
        {tr("Detected"), headerTime(f.detectedAt)},
        {tr("Declared"), declared},
    };
    layoutFacts();

    QStringList history;
    for (const StatusChange &change : m_incident.statusHistory)
        history.append(
            QStringLiteral("%1 %2").arg(incidentstatus::displayName(change.to),
                                        change.at.toUTC().toString(QStringLiteral("HH:mm"))));
    m_history->setText(history.join(QStringLiteral(" → ")));
    m_history->setToolTip(m_history->text());

    fillNextStatus();
    m_edit->setEnabled(m_incident.status != IncidentStatus::Closed);
}

// Forward moves first, then a relapse. The next forward step is preselected unless it is final:
// closing is always a deliberate choice. A choice the user made survives reloads (another
// window's or process's writes) as long as the status it was made for stands.
void IncidentView::fillNextStatus()
{
    const bool sameStatus = m_nextStatus->count() > 0 && m_offeredFrom == m_incident.status;
    const QString chosen = sameStatus ? m_nextStatus->currentData().toString() : QString();
    QList<IncidentStatus> next = incidentstatus::allowedTransitions(m_incident.status);
    std::stable_partition(next.begin(), next.end(),
                          [this](IncidentStatus s) { return s > m_incident.status; });
    const QSignalBlocker blocker(m_nextStatus);
    m_nextStatus->clear();
    for (IncidentStatus s : std::as_const(next))
        m_nextStatus->addItem(incidentstatus::displayName(s), incidentstatus::id(s));
    int preselect = -1;
    if (sameStatus) {
        preselect = m_nextStatus->findData(chosen); // -1 when the user had chosen nothing
    } else if (!next.isEmpty() && next.constFirst() > m_incident.status &&
               !incidentstatus::isFinal(next.constFirst())) {
        preselect = 0;
    }
    m_nextStatus->setCurrentIndex(preselect);
    if (m_offeredFrom != m_incident.status)
        m_statusError->showMessage(QString()); // a refusal is moot once the status moved
    m_offeredFrom = m_incident.status;
    m_nextStatus->setEnabled(m_nextStatus->count() > 0);
    m_setStatus->setEnabled(m_nextStatus->currentIndex() >= 0);
}

namespace {

// Rows of indexes into the facts (category, task type, users, enterprise, detected, declared).
using FactGrid = QList<QList<int>>;

QString factsHtml(const QList<std::pair<QString, QString>> &facts, const FactGrid &grid, bool wrap)
{
    const auto escaped = [wrap](const QString &text) {
        QString html = text.toHtmlEscaped();
        return wrap ? html : html.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='0'>");
    for (const QList<int> &row : grid) {
        html += QStringLiteral("<tr>");
        for (int i : row) {
            html += QStringLiteral("<td style='padding-right:6px; color:%1'>%2</td>"
                                   "<td style='padding-right:20px'><b>%3</b></td>")
                        .arg(statuspalette::text(Tone::Muted).name(), escaped(facts.value(i).first),
                             escaped(facts.value(i).second));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

// As many label-value pairs side by side as fit the width, each on one line: three (what / how
// many / when) on a wide pane, else two with the long times on the left; at a large text size on
// a small screen two that wrap. The facts never widen the window.
void IncidentView::layoutFacts()
{
    const FactGrid three = {{0, 2, 4}, {1, 3, 5}};
    const FactGrid two = {{4, 0}, {5, 1}, {2, 3}};
    const int room = m_facts->contentsRect().width();
    QString html = factsHtml(m_factCells, two, true);
    for (const FactGrid &grid : {three, two}) {
        const QString candidate = factsHtml(m_factCells, grid, false);
        QTextDocument document;
        document.setDefaultFont(QApplication::font());
        document.setHtml(candidate);
        if (document.idealWidth() <= room) {
            html = candidate;
            break;
        }
    }
    if (m_facts->text() != html)
        m_facts->setText(html);
}

void IncidentView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutFacts();
}

void IncidentView::addNote()
{
    Result<void> added =
        m_workspace.incidents().addNote(m_incidentId, m_noteEdit->text(), m_user.name());
    if (!added) {
        showError(added.error().message); // the typed text stays in the box
        return;
    }
    showError(QString());
    m_noteEdit->clear();
}

void IncidentView::applyStatus()
{
    const auto to = incidentstatus::fromId(m_nextStatus->currentData().toString());
    if (!to)
        return;
    if (incidentstatus::isFinal(*to) && !confirmFinalMove(*to))
        return;
    // The store says why a move is refused (closing lists every obligation still open).
    Result<void> changed = m_workspace.incidents().changeStatus(m_incidentId, *to, m_user.name());
    m_statusError->showMessage(changed ? QString() : changed.error().message);
}

bool IncidentView::confirmFinalMove(IncidentStatus to)
{
    QMessageBox box(QMessageBox::Warning, tr("Close incident #%1?").arg(m_incidentId),
                    tr("Close incident #%1 \"%2\"?").arg(m_incidentId).arg(m_incident.fields.title),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmFinalMove"));
    box.setInformativeText(
        tr("Moving to \"%1\" cannot be undone: the status cannot change afterwards (declare a "
           "new incident for a relapse), and the phase board stops and shows what was missed. "
           "Every playbook obligation must be done or waived first.")
            .arg(incidentstatus::displayName(to)));
    QPushButton *confirm =
        box.addButton(tr("Close incident #%1").arg(m_incidentId), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmClose"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

void IncidentView::editFields()
{
    DeclareIncidentDialog dialog(
        m_workspace.clock(),
        [this](const IncidentFields &fields) {
            return m_workspace.incidents().updateFields(m_incidentId, fields, m_user.name());
        },
        this);
    dialog.setFields(m_incident.fields);
    dialog.exec();
}

} // namespace warroom
