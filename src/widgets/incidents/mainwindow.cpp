#include "widgets/incidents/mainwindow.h"

#include "core/base/inputlimits.h"
#include "core/base/utctime.h"
#include "models/incidents/incidentfilterproxymodel.h"
#include "models/incidents/incidentlistmodel.h"
#include "session/appsettings.h"
#include "session/currentuser.h"
#include "storage/db/database.h"
#include "storage/db/serverlink.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/workspace.h"
#include "widgets/common/offlinebanner.h"
#include "widgets/common/tablesetup.h"
#include "widgets/common/theme.h"
#include "widgets/directory/csvimport.h"
#include "widgets/directory/peopledirectorydialog.h"
#include "widgets/firstrun/firstrun.h"
#include "widgets/firstrun/usernamedialog.h"
#include "widgets/help/diagnosticsdialog.h"
#include "widgets/help/keyboardshortcutsdialog.h"
#include "widgets/incidents/declareincidentdialog.h"
#include "widgets/incidents/incidentlisttoggle.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/login/seatstatus.h"
#include "widgets/settings/preferencesdialog.h"
#include "widgets/wall/wallscreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace warroom {
MainWindow::MainWindow(Workspace &workspace, CurrentUser &user, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_user(user)
{
    setWindowTitle(tr("War Room"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/warroom.svg")));

    // Closed incidents are most of a long history: read when "Show closed" asks for them.
    m_model =
        new IncidentListModel(m_workspace.incidents(), m_workspace.playbookStore(),
                              m_workspace.clock(), IncidentListModel::Closed::ReadWhenAsked, this);
    m_proxy = new IncidentFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("incidentFilter"));
    m_filter->setAccessibleName(tr("Filter incidents"));
    m_filter->setPlaceholderText(tr("Filter incidents (title, category, status, task type)"));
    m_filter->setClearButtonEnabled(true);
    // Restored incidents stay listed (their resolved announcement, customer email and postmortem
    // are due); only closed ones are hidden. Alt+N: every letter of "Show closed" is taken.
    m_showClosed = new QCheckBox(tr("Show closed i&ncidents"), left);
    m_showClosed->setObjectName(QStringLiteral("showClosed"));
    // Connected before the table's selection model, which moves the current row away from a
    // row about to be removed before this window would otherwise hear of the removal.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int shown = m_view ? shownRow() : -1;
                m_shownLeaving = shown >= first && shown <= last;
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { m_shownLeaving = false; });
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setAccessibleName(tr("Incidents"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between rows
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTextElideMode(Qt::ElideRight);
    setUpIncidentColumns();
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_showClosed);
    leftLayout->addWidget(m_table, 1);

    m_stack = new QStackedWidget(this);
    m_noIncidentText =
        tr("No incident selected.\nDeclare one with Ctrl+N or pick one on the left.");
    m_placeholder = new QLabel(m_noIncidentText, m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_placeholder);

    // The list keeps room for readable titles; the incident gets the rest and any extra width.
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_stack);
    m_splitter->setCollapsible(0, false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // On a server, the offline banner sits above everything (OfflineBanner).
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    if (ServerLink *link = m_workspace.serverLink())
        column->addWidget(new OfflineBanner(*link, m_workspace.clock(), central));
    column->addWidget(m_splitter);
    setCentralWidget(central);
    m_listToggle = new IncidentListToggle(m_splitter);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("seatStatus"));
    // A long file path never makes the window wider than the screen: the line is cut instead,
    // and its tooltip says it whole.
    m_statusLabel->setMinimumWidth(1);
    statusBar()->addPermanentWidget(m_statusLabel);
    buildActions();
    updateStatusBar();

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &IncidentFilterProxyModel::setFilterText);
    connect(m_showClosed, &QCheckBox::toggled, this, [this](bool show) {
        if (show)
            m_model->setClosedRead(true);
        m_proxy->setShowClosed(show);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);
    // The incident shown comes back into the list (the filter is cleared): select it again.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_table->selectionModel()->hasSelection())
            reselectShown();
    });
    connect(m_model, &IncidentListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(&m_user, &CurrentUser::nameChanged, this, &MainWindow::updateStatusBar);

    if (!restoreGeometry(AppSettings().mainWindowGeometry()))
        fitToScreen();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

MainWindow::~MainWindow()
{
    delete m_wall; // the wall screen shows this window's workspace: it goes with it
}

// Title first: it stretches, may wrap onto a second line, and its tooltip has the whole title.
// The other columns take what their text needs; detection times read "29 Nov 07:40" (UTC).
void MainWindow::setUpIncidentColumns()
{
    // Two lines for every row (a long title wraps, the deadlines take two): a fixed height, so
    // thousands of rows cost nothing to lay out when they are listed or filtered.
    m_table->setWordWrap(true);
    fitRowsToFont(m_table, 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    m_table->hideColumn(IncidentListModel::IdColumn); // the incident view's title shows "#3"
    m_table->hideColumn(IncidentListModel::CategoryColumn);
    m_table->hideColumn(IncidentListModel::ImpactColumn);
    // Queued: the header emits sectionResized from inside its own resizeSections() loop, and
    // hiding a section there (re-entering the header mid-layout) leaves Qt 6.4's QHeaderView with
    // a length computed from section data it never initialised. Clicks then miss every column
    // (indexAt() finds nothing) whenever that memory is not zero (ASan's 0xbe malloc fill).
    connect(header, &QHeaderView::sectionResized, this, &MainWindow::fitIncidentColumns,
            Qt::QueuedConnection);
}

// At a large text size in a narrow list the detection time gives way before the title gets
// narrower than about 20 characters.
void MainWindow::fitIncidentColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int detected = qMax(static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(
                                  IncidentListModel::DetectedColumn),
                              header->sectionSizeHint(IncidentListModel::DetectedColumn));
    const int room = m_table->viewport()->width() -
                     header->sectionSize(IncidentListModel::SeverityColumn) -
                     header->sectionSize(IncidentListModel::StatusColumn) -
                     header->sectionSize(IncidentListModel::DeadlinesColumn);
    const int title = QFontMetrics(QApplication::font()).averageCharWidth() * 20;
    header->setSectionHidden(IncidentListModel::DetectedColumn, room - detected < title);
}

// A first start (or a reset of the settings): the whole available area of the screen the window
// is on, so the board's buttons, the sync field and the status bar are on screen at 1280x720 too.
void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    // The window frame is not known before the window is shown; leave room for a title bar.
    const int titleBar = style()->pixelMetric(QStyle::PM_TitleBarHeight) + 4;
    resize(available.size() - QSize(0, titleBar));
    move(available.topLeft());
}

// The split between the list and the incident, remembered; by default a third for the list.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitPlaced)
        return;
    m_splitPlaced = true;
    if (!m_splitter->restoreState(AppSettings().mainSplitterState())) {
        const int listWidth = qMax(m_splitter->widget(0)->minimumWidth(), width() * 34 / 100);
        m_splitter->setSizes({listWidth, width() - listWidth});
    }
    m_listToggle->restore();
}

void MainWindow::buildActions()
{
    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    QAction *declare =
        incidentMenu->addAction(tr("&Declare incident…"), this, &MainWindow::declareIncident);
    declare->setObjectName(QStringLiteral("declareAction"));
    declare->setShortcut(QKeySequence::New);
    incidentMenu->addSeparator();
    m_preferences = incidentMenu->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                                            &MainWindow::openPreferences);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setEnabled(false);
    m_preferences->setToolTip(tr("The channel settings: where announcements are delivered."));
    incidentMenu->addSeparator();
    incidentMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    // Alt+D is the board's Done button.
    QMenu *directoryMenu = menuBar()->addMenu(tr("Di&rectory"));
    directoryMenu->addAction(tr("&People directory…"), this, [this] {
        PeopleDirectoryDialog dialog(m_workspace, m_user, this);
        dialog.exec();
    });
    directoryMenu->addAction(tr("Import p&eople from CSV…"), this, [this] {
        csvimport::chooseAndImport(this, m_workspace, csvimport::Kind::People, m_user.name());
    });
    directoryMenu->addAction(tr("Import &key accounts from CSV…"), this, [this] {
        csvimport::chooseAndImport(this, m_workspace, csvimport::Kind::Accounts, m_user.name());
    });
    directoryMenu->addSeparator();
    directoryMenu->addAction(tr("Remove &demo data…"), this,
                             [this] { firstrun::removeDemoData(this, m_workspace, m_table); });

    QMenu *viewMenu = menuBar()->addMenu(tr("&Window"));
    viewMenu->addAction(tr("&New window"), QKeySequence(tr("Ctrl+Shift+N")), this,
                        &MainWindow::openNewWindow);
    viewMenu->addSeparator();
    viewMenu->addAction(m_listToggle->action());
    viewMenu->addSeparator();
    viewMenu->addAction(tr("&Larger text (wall screen)"), QKeySequence::ZoomIn, this,
                        [this] { changeTextSize(1.15); });
    viewMenu->addAction(tr("&Smaller text"), QKeySequence::ZoomOut, this,
                        [this] { changeTextSize(1.0 / 1.15); });
    viewMenu->addAction(tr("&Default text size"), QKeySequence(tr("Ctrl+0")), this,
                        [this] { changeTextSize(0.0); });
    QAction *wall = viewMenu->addAction(tr("&Wall screen"), this, &MainWindow::toggleWallScreen);
    wall->setObjectName(QStringLiteral("wallScreenAction"));
    // F11, and the platform's full-screen key where that is another.
    QList<QKeySequence> wallKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    wallKeys.removeAll(QKeySequence(Qt::Key_F11));
    wallKeys.prepend(QKeySequence(Qt::Key_F11));
    wall->setShortcuts(wallKeys);
    theme::addMenu(viewMenu);
    viewMenu->addSeparator();
    QAction *setName = viewMenu->addAction(tr("Set &your name…"), this, &MainWindow::askUserName);
    setName->setObjectName(QStringLiteral("setUserNameAction"));
    // On a shared server the login is who you are: there is no name to set.
    setName->setVisible(m_workspace.database().config().backend == DatabaseConfig::Backend::Sqlite);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = helpMenu->addAction(tr("&Keyboard shortcuts…"), this, [this] {
        KeyboardShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    // The platform's help key, and F1 where that is something else (a key bound twice would be
    // ambiguous and do nothing).
    QList<QKeySequence> helpKeys = QKeySequence::keyBindings(QKeySequence::HelpContents);
    if (!helpKeys.contains(QKeySequence(Qt::Key_F1)))
        helpKeys.append(QKeySequence(Qt::Key_F1));
    keys->setShortcuts(helpKeys);
    helpMenu
        ->addAction(tr("&Diagnostics…"), this,
                    [this] {
                        DiagnosticsDialog dialog(
                            Diagnostics::gather(m_workspace, DiagnosticsDialog::seat(m_channels)),
                            this);
                        dialog.exec();
                    })
        ->setObjectName(QStringLiteral("diagnosticsAction"));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(declare);
}

void MainWindow::updateStatusBar()
{
    const SeatStatus seat = seatStatus(m_workspace.database(), m_user.name());
    m_statusLabel->setText(seat.text);
    m_statusLabel->setToolTip(seat.toolTip);
}

void MainWindow::declareIncident()
{
    qint64 declaredId = 0;
    // The submit function runs later, on OK, when the dialog exists and knows the ticked triggers.
    DeclareIncidentDialog dialog(
        m_workspace.clock(),
        [&](const IncidentFields &fields) -> Result<void> {
            Result<qint64> id =
                m_workspace.playbookStore().declare(fields, dialog.tickedTriggers(), m_user.name());
            if (!id)
                return id.error();
            declaredId = id.value();
            return {};
        },
        this);
    dialog.offerTriggers(m_workspace.playbook());
    if (dialog.exec() == QDialog::Accepted && declaredId > 0)
        selectIncident(declaredId);
}

void MainWindow::selectIncident(qint64 id)
{
    if (m_model->rowOf(id) < 0)
        m_model->setClosedRead(true); // perhaps a closed one, not read yet
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        m_showClosed->setChecked(true); // the incident is filtered away: show everything
        m_filter->clear();
    }
    m_table->selectRow(m_proxy->mapFromSource(m_model->index(sourceRow, 0)).row());
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id =
        current.isValid() ? current.data(IncidentListModel::IncidentIdRole).toLongLong() : 0;
    if (m_reselecting || (m_view && m_view->incidentId() == id) || (id > 0 && id == m_pendingId))
        return;
    if (m_view && m_shownLeaving) {
        // The incident shown left the list (closed, or hidden by the filter text) and the
        // selection slid to a neighbour: keep showing it (a closed incident's final account) and
        // select nothing, rather than open an incident nobody picked.
        QMetaObject::invokeMethod(this, &MainWindow::reselectShown, Qt::QueuedConnection);
        return;
    }
    if (m_view && !m_view->confirmLeaving(CommunicationsPane::Leaving::OtherIncident)) {
        // The user keeps the incident (and the draft): select it again once the click or key
        // press that moved the selection has been handled.
        QMetaObject::invokeMethod(this, &MainWindow::reselectShown, Qt::QueuedConnection);
        return;
    }
    if (m_view) {
        m_stack->removeWidget(m_view);
        m_view->deleteLater();
        m_view = nullptr;
    }
    m_pendingId = 0;
    if (id <= 0) {
        m_placeholder->setText(m_noIncidentText);
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (!m_firstFramePainted) {
        // Building the incident's panes takes longer than the rest of the window: the first
        // frame shows the list and says what is opening; the view follows right after it.
        m_pendingId = id;
        m_placeholder->setText(tr("Opening incident #%1…").arg(id));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    openIncident(id);
}

void MainWindow::openIncident(qint64 id)
{
    m_pendingId = 0;
    m_view = new IncidentView(m_workspace, m_user, id, m_stack);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
}

void MainWindow::openPendingIncident()
{
    if (m_pendingId > 0 && !m_view)
        openIncident(m_pendingId);
}

IncidentView *MainWindow::incidentView()
{
    openPendingIncident();
    return m_view;
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_firstFramePainted) {
        m_firstFramePainted = true;
        // Queued: runs once this frame has been painted and flushed to the screen.
        QMetaObject::invokeMethod(this, &MainWindow::openPendingIncident, Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::reselectShown()
{
    if (!m_view)
        return;
    m_reselecting = true;
    if (const int row = shownRow(); row >= 0) {
        m_table->selectRow(row);
    } else {
        m_table->selectionModel()->clear(); // filtered away: select nothing, keep the view
    }
    m_reselecting = false;
}

int MainWindow::shownRow() const
{
    if (!m_view)
        return -1;
    const int sourceRow = m_model->rowOf(m_view->incidentId());
    return sourceRow < 0 ? -1 : m_proxy->mapFromSource(m_model->index(sourceRow, 0)).row();
}

void MainWindow::setChannelConfiguration(ChannelConfiguration *channels)
{
    m_channels = channels;
    m_preferences->setEnabled(channels != nullptr);
}

void MainWindow::openPreferences()
{
    if (!m_channels)
        return;
    PreferencesDialog dialog(*m_channels, this);
    dialog.exec();
}

void MainWindow::openNewWindow()
{
    auto *window = new MainWindow(m_workspace, m_user);
    window->setChannelConfiguration(m_channels);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::askUserName()
{
    UserNameDialog dialog(m_user.name(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_user.setName(dialog.name());
}

namespace {

// The platform's text size, read before War Room first changes it.
double platformDefaultPointSize()
{
    static const double points = QApplication::font().pointSizeF();
    return points;
}

} // namespace

void MainWindow::applyRememberedTextSize()
{
    platformDefaultPointSize();
    const double points = AppSettings().textPointSize();
    if (points <= 0)
        return;
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    QApplication::setFont(font);
}

void MainWindow::changeTextSize(double factor)
{
    const double platformDefault = platformDefaultPointSize(); // before the first change
    QFont font = QApplication::font();
    const double points =
        factor <= 0 ? platformDefault : qBound(6.0, font.pointSizeF() * factor, 48.0);
    font.setPointSizeF(points);
    QApplication::setFont(font);
    AppSettings().setTextPointSize(factor <= 0 ? 0.0 : points);
    // Widgets with their own derived sizes follow explicitly, in every window.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(top);
        if (!window)
            continue;
        fitRowsToFont(window->m_table, 2);
        if (window->m_view)
            window->m_view->applyFonts();
    }
    statusBar()->showMessage(tr("Text size %1 pt").arg(points, 0, 'f', 1), 3000);
}

void MainWindow::showWallScreen(int rotationSeconds)
{
    if (rotationSeconds > 0)
        m_wallRotationSeconds = rotationSeconds;
    if (!m_wall) {
        m_wall = new WallScreen(m_workspace);
        m_wall->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (m_wallRotationSeconds > 0)
        m_wall->setRotationSeconds(m_wallRotationSeconds);
    m_wall->showFullScreen();
    m_wall->raise();
    m_wall->activateWindow();
}

WallScreen *MainWindow::wallScreen() const
{
    return m_wall;
}

void MainWindow::toggleWallScreen()
{
    if (m_wall && m_wall->isVisible())
        m_wall->close();
    else
        showWallScreen();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_view && !m_view->confirmLeaving(CommunicationsPane::Leaving::Window)) {
        event->ignore(); // the window stays open with the unsaved text
        return;
    }
    AppSettings().setMainWindowGeometry(saveGeometry());
    AppSettings().setMainSplitterState(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace warroom
