#include "models/board/phaseboardmodel.h"
#include "models/incidents/incidentlistmodel.h"
#include "session/appsettings.h"
#include "session/currentuser.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"
#include "support/incidentdrill.h"
#include "widgets/board/deadlinebanner.h"
#include "widgets/board/phaseboardwidget.h"
#include "widgets/calls/calltrackerwidget.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"
#include "widgets/roles/roleboardwidget.h"
#include "widgets/roles/rolescallspane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

// The main window at the sizes of the room (a 1280x720 laptop or projector, a 1080p TV), on a
// drill incident an hour in: the deadline banner shows its words whole, the owner and call
// progress are readable on the board, the call table shows all ten accounts with readable
// headers, and the incident list folds away and stays folded. Pictures of every tab at both sizes
// go to $WARROOM_LAYOUT_SHOTS when it is set, to look at.
class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bannerWrapsInsteadOfCutting_data();
    void bannerWrapsInsteadOfCutting();
    void callTableShowsTenAccountsAt720();
    void callProgressOnTheBoardIsReadable();
    void incidentListToggles();
    void incidentListStaysHiddenAfterARestart();
    void pictures();

private:
    std::unique_ptr<MainWindow> openWindow(QSize size);
    static QAction *actionWithShortcut(QWidget *window, const QKeySequence &keys);
    static void changeTextSteps(QWidget *window, int steps);
    static QTabWidget *tabs(MainWindow &window);
    static void checkBannerWhole(MainWindow &window, const QString &where);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CurrentUser> m_user;
    qint64 m_id = 0;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

// A SEV1 outage an hour in (as in the README's pictures): obligations overdue, customer success
// held by two people, ten key accounts proposed; two more incidents in the list.
void TestLayout::init()
{
    AppSettings().setMainWindowGeometry({});
    AppSettings().setMainSplitterState({});
    AppSettings().setIncidentListShown(true);
    AppSettings().setTextPointSize(0.0);
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::drillStart());
    auto drill = test::openDrill(m_dir->filePath(QStringLiteral("drill.sqlite")), *m_clock,
                                 test::DrillState::HourInNothingDone);
    QVERIFY2(drill, drill ? "" : qPrintable(drill.error().message));
    m_ws = std::move(drill.value().workspace);
    m_id = drill.value().incident;
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Dev Patel"));
}

void TestLayout::cleanup()
{
    m_user.reset();
    m_ws.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestLayout::openWindow(QSize size)
{
    auto window = std::make_unique<MainWindow>(*m_ws, *m_user);
    // The default text size: a step taken in an earlier test is remembered by the application.
    QAction *defaultSize = actionWithShortcut(window.get(), QKeySequence(QStringLiteral("Ctrl+0")));
    if (!defaultSize)
        return nullptr;
    defaultSize->trigger();
    window->resize(size);
    window->show();
    window->selectIncident(m_id);
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->incidentView(); // opened now rather than after the first frame
    QApplication::processEvents();
    return window;
}

QAction *TestLayout::actionWithShortcut(QWidget *window, const QKeySequence &keys)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut() == keys)
            return action;
    }
    return nullptr;
}

void TestLayout::changeTextSteps(QWidget *window, int steps)
{
    QAction *larger = actionWithShortcut(window, QKeySequence(QKeySequence::ZoomIn));
    QVERIFY(larger);
    for (int i = 0; i < steps; ++i)
        larger->trigger();
    QApplication::processEvents();
}

QTabWidget *TestLayout::tabs(MainWindow &window)
{
    return window.incidentView()->findChild<QTabWidget *>();
}

// Every label of the banner shows its whole text: a wrapped one is as high as its text needs at
// its width, a one-line one as wide as its text.
void TestLayout::checkBannerWhole(MainWindow &window, const QString &where)
{
    auto *banner = window.findChild<DeadlineBanner *>();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    const QList<QLabel *> labels = banner->findChildren<QLabel *>();
    QCOMPARE(labels.size(), 4);
    for (QLabel *label : labels) {
        const QString what = QStringLiteral("%1, %2: \"%3\" in %4x%5")
                                 .arg(where, label->objectName(), label->text())
                                 .arg(label->contentsRect().width())
                                 .arg(label->contentsRect().height());
        QVERIFY2(!label->text().isEmpty(), qPrintable(what));
        QVERIFY2(!label->text().contains(QChar(0x2026)), qPrintable(what));
        if (label->wordWrap()) {
            const QRect needed = label->fontMetrics().boundingRect(
                label->contentsRect(), Qt::TextWordWrap | int(label->alignment()), label->text());
            QVERIFY2(needed.height() <= label->contentsRect().height(), qPrintable(what));
            QVERIFY2(needed.width() <= label->contentsRect().width(), qPrintable(what));
        } else {
            QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <=
                         label->contentsRect().width(),
                     qPrintable(what));
        }
    }
}

void TestLayout::bannerWrapsInsteadOfCutting_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("steps");
    QTest::newRow("1280x720") << QSize(1280, 720) << 0;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << 0;
}

void TestLayout::bannerWrapsInsteadOfCutting()
{
    QFETCH(QSize, size);
    QFETCH(int, steps);
    auto window = openWindow(size);
    QVERIFY(window);
    changeTextSteps(window.get(), steps);
    checkBannerWhole(*window, QString::fromLatin1(QTest::currentDataTag()));
    // The overdue line names the oldest and its owner role in full.
    auto *oldest = window->findChild<QLabel *>(QStringLiteral("overdueOldest"));
    QVERIFY(oldest);
    QVERIFY2(oldest->text().startsWith(QStringLiteral("oldest: ")), qPrintable(oldest->text()));
}

// Roles & calls at 1280x720: every one of the ten accounts in view without scrolling, and no
// header cut ("stomer observ").
void TestLayout::callTableShowsTenAccountsAt720()
{
    auto window = openWindow({1280, 720});
    QVERIFY(window);
    QTabWidget *tabWidget = tabs(*window);
    QVERIFY(tabWidget);
    tabWidget->setCurrentIndex(tabWidget->count() - 1);
    QApplication::processEvents();
    auto *pane = window->findChild<RolesCallsPane *>();
    QVERIFY(pane);
    QTableView *table = pane->callTracker()->table();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 10);
    for (int row = 0; row < 10; ++row) {
        const QRect r = table->visualRect(table->model()->index(row, 0));
        QVERIFY2(table->viewport()->rect().contains(r),
                 qPrintable(QStringLiteral("row %1 at %2..%3 of a %4 px viewport")
                                .arg(row)
                                .arg(r.top())
                                .arg(r.bottom())
                                .arg(table->viewport()->height())));
    }
    // The role board above keeps the height the calls do not need: at least three whole role
    // rows (it had one and a half when the calls were sized from their size hints).
    QApplication::processEvents();
    QTableView *roles = pane->roleBoard()->table();
    int wholeRoles = 0;
    for (int row = 0; row < roles->model()->rowCount(); ++row) {
        if (roles->viewport()->rect().contains(roles->visualRect(roles->model()->index(row, 0))))
            ++wholeRoles;
    }
    QVERIFY2(wholeRoles >= 3, qPrintable(QStringLiteral("%1 whole role rows").arg(wholeRoles)));
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics fm = header->fontMetrics();
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = table->model()->headerData(section, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(section) >= fm.horizontalAdvance(text),
                 qPrintable(QStringLiteral("\"%1\": %2 px for %3 px of text")
                                .arg(text)
                                .arg(header->sectionSize(section))
                                .arg(fm.horizontalAdvance(text))));
    }
}

// The call progress in the board's details is read in full: the row is as high as its wrapped
// text, at 1280x720.
void TestLayout::callProgressOnTheBoardIsReadable()
{
    auto window = openWindow({1280, 720});
    QVERIFY(window);
    auto *board = window->findChild<PhaseBoardWidget *>();
    QVERIFY(board);
    QTableView *view = board->view();
    QVERIFY(!view->isColumnHidden(PhaseBoardModel::DetailColumn));
    const int row = board->model()->rowOf(QStringLiteral("key-account-outreach"));
    QVERIFY(row >= 0);
    const QModelIndex details = board->model()->index(row, PhaseBoardModel::DetailColumn);
    const QString text = details.data().toString();
    QVERIFY2(text.contains(QStringLiteral("of 10")), qPrintable(text));
    const QRect cell = view->visualRect(details);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = cell;
    option.features |= QStyleOptionViewItem::WrapText;
    const QSize needed = view->itemDelegateForIndex(details)->sizeHint(option, details);
    QVERIFY2(needed.height() <= cell.height(),
             qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                            .arg(text)
                            .arg(needed.height())
                            .arg(cell.height())));
}

// Ctrl+L folds the list away (the incident takes the whole width) and brings it back; the
// splitter handle does the same, and the action follows it.
void TestLayout::incidentListToggles()
{
    auto window = openWindow({1280, 720});
    QVERIFY(window);
    auto *splitter = window->findChild<QSplitter *>();
    QVERIFY(splitter);
    QAction *toggle = window->findChild<QAction *>(QStringLiteral("showIncidentList"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
    QVERIFY(toggle->isChecked());
    const int listWidth = splitter->sizes().at(0);
    QVERIFY(listWidth > 0);

    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!toggle->isChecked());
    QCOMPARE(splitter->sizes().at(0), 0);
    QCOMPARE(window->incidentView()->width(), splitter->width() - splitter->handleWidth());
    QVERIFY(!AppSettings().incidentListShown());

    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(toggle->isChecked());
    QCOMPARE(splitter->sizes().at(0), listWidth);
    QVERIFY(AppSettings().incidentListShown());
    QVERIFY(window->incidentTable()->isVisible());

    // Titles wrap in a narrow list rather than turning into "…": the title stretches.
    QCOMPARE(window->incidentTable()->horizontalHeader()->sectionResizeMode(
                 IncidentListModel::TitleColumn),
             QHeaderView::Stretch);
    QVERIFY(window->incidentTable()->wordWrap());

    // Dragged to the edge by its handle: folded, and the action says so.
    QSplitterHandle *handle = splitter->handle(1);
    QVERIFY(handle);
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip - QPoint(listWidth + 50, 0));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(listWidth + 50, 0));
    QCOMPARE(splitter->sizes().at(0), 0);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!AppSettings().incidentListShown());
}

// Folded when the window closed: folded in the next window too.
void TestLayout::incidentListStaysHiddenAfterARestart()
{
    {
        auto window = openWindow({1280, 720});
        QVERIFY(window);
        window->findChild<QAction *>(QStringLiteral("showIncidentList"))->trigger();
        window->close();
    }
    auto window = openWindow({1280, 720});
    QVERIFY(window);
    auto *splitter = window->findChild<QSplitter *>();
    QCOMPARE(splitter->sizes().at(0), 0);
    QAction *toggle = window->findChild<QAction *>(QStringLiteral("showIncidentList"));
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QVERIFY(splitter->sizes().at(0) > 0);
    QVERIFY(window->incidentTable()->isVisible());
}

// Every tab at 1280x720 and 1920x1080, and the board six steps larger with the list folded away
// (the wall screen), for a person to look at.
void TestLayout::pictures()
{
    const QString folder = qEnvironmentVariable("WARROOM_LAYOUT_SHOTS");
    if (folder.isEmpty())
        QSKIP("Set WARROOM_LAYOUT_SHOTS to a folder to take the pictures");
    QVERIFY(QDir().mkpath(folder));
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        auto window = openWindow(size);
        QVERIFY(window);
        QTabWidget *tabWidget = tabs(*window);
        for (int tab = 0; tab < tabWidget->count(); ++tab) {
            tabWidget->setCurrentIndex(tab);
            QApplication::processEvents();
            const QString path = QDir(folder).filePath(
                QStringLiteral("%1x%2-tab%3.png").arg(size.width()).arg(size.height()).arg(tab));
            QVERIFY2(window->grab().save(path), qPrintable(path));
        }
        tabWidget->setCurrentIndex(0);
        changeTextSteps(window.get(), 6);
        window->findChild<QAction *>(QStringLiteral("showIncidentList"))->setChecked(false);
        QApplication::processEvents();
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1x%2-large.png").arg(size.width()).arg(size.height()));
        QVERIFY2(window->grab().save(path), qPrintable(path));
    }
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
