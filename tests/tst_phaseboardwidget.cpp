#include "closingsupport.h"
#include "models/board/phaseboardmodel.h"
#include "playbooktestsupport.h"
#include "session/appsettings.h"
#include "session/currentuser.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/db/changewatcher.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/workspace.h"
#include "widgets/board/phaseboardwidget.h"
#include "widgets/incidents/declareincidentdialog.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace warroom;

// The phase board in the main window, driven like a person would: declare through the dialog,
// move the clock, read the board, tick obligations done, waive them, post syncs.
class TestPhaseBoardWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sev1OutageWithEightPercentUsers();
    void tickDoneAndWaiveFromTheBoard();
    void postSyncResetsItsCountdown();
    void postSyncQueuesForSlackWhenSetUp();
    void deadlineBannerFollowsTheClock();
    void columnsFitTheTextAtWallZoom();
    void notificationsOncePerTransitionAndSwitchable();
    void declareDialogTriggersSuggestTheCategory();
    void guiRefusesABadPlaybookFile();
    void closedBoardStopsWithTheFinalAccount();
    void refusedStatusChangeIsShownUnderTheControls();
    void keyboardMarksARowDone();

private:
    PhaseBoardWidget *declareThroughDialog(MainWindow &window,
                                           const std::function<void(QDialog *)> &fill);
    static QString cell(PhaseBoardWidget *board, const QString &id, int column)
    {
        const int row = board->model()->rowOf(id);
        return row < 0 ? QStringLiteral("<no row>")
                       : board->model()->index(row, column).data().toString();
    }
    static QString banner(PhaseBoardWidget *board, const char *name)
    {
        auto *label = board->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
    }
    static void clickRow(PhaseBoardWidget *board, const QString &id)
    {
        const QModelIndex index =
            board->model()->index(board->model()->rowOf(id), PhaseBoardModel::ObligationColumn);
        board->view()->scrollTo(index);
        QTest::mouseClick(board->view()->viewport(), Qt::LeftButton, {},
                          board->view()->visualRect(index).center());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CurrentUser> m_user;
};

void TestPhaseBoardWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPhaseBoardWidget::init()
{
    AppSettings().setObligationNotifications(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("board.sqlite"))), *m_clock);
    QVERIFY(ws);
    m_workspace = std::move(ws).value();
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Dana"));
}

void TestPhaseBoardWidget::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

PhaseBoardWidget *
TestPhaseBoardWidget::declareThroughDialog(MainWindow &window,
                                           const std::function<void(QDialog *)> &fill)
{
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        filled = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    window.declareIncident();
    if (!filled || !window.incidentView())
        return nullptr;
    return window.incidentView()->findChild<PhaseBoardWidget *>();
}

static void fillSev1Outage(QDialog *dialog, const QString &usersPct)
{
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                     QStringLiteral("Agent API returns 503 for every task"));
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("outage")));
    auto *severity = dialog->findChild<QComboBox *>(QStringLiteral("severityCombo"));
    severity->setCurrentIndex(severity->findData(QStringLiteral("SEV1")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("affectedPctEdit")), usersPct);
}

// The "done when": a SEV1 outage with 8% of users affected shows "engage IC" flagged and
// the T+15 deadline counting down; 20 minutes without a sync make the 15-minute sync overdue.
void TestPhaseBoardWidget::sev1OutageWithEightPercentUsers()
{
    MainWindow window(*m_workspace, *m_user);
    window.resize(1500, 950);
    window.show();
    PhaseBoardWidget *board =
        declareThroughDialog(window, [](QDialog *d) { fillSev1Outage(d, QStringLiteral("8")); });
    QVERIFY(board);
    auto *panes = window.incidentView()->findChild<QTabWidget *>();
    QCOMPARE(panes->currentWidget(), board); // the board is the first pane
    board->model()->setTicking(false);

    auto *banner = board->findChild<QLabel *>(QStringLiteral("icBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("⚑ IC engagement is mandatory: 8% of users affected "
                                            "(more than 5%). Assign an incident commander."));
    const QString engage = QStringLiteral("engage-ic");
    QVERIFY(cell(board, engage, PhaseBoardModel::ObligationColumn)
                .startsWith(QStringLiteral("⚑ Engage IC")));
    QCOMPARE(cell(board, engage, PhaseBoardModel::DetailColumn),
             QStringLiteral("MANDATORY: 8% of users affected (more than 5%) · nobody holds "
                            "Incident commander"));
    QCOMPARE(cell(board, engage, PhaseBoardModel::CountdownColumn), QStringLiteral("15 m 00 s"));
    QCOMPARE(cell(board, QStringLiteral("confirm-nature"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("15 m 00 s"));

    m_clock->advanceSecs(4 * 60 + 48);
    board->model()->tick();
    QCOMPARE(cell(board, QStringLiteral("confirm-nature"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("10 m 12 s"));
    QCOMPARE(cell(board, QStringLiteral("confirm-nature"), PhaseBoardModel::StateColumn),
             QStringLiteral("Upcoming"));
    QVERIFY(window.grab().save(QStringLiteral("/tmp/phaseboard-t5.png")));

    // The board's own timer moves it too (here once, to prove the wiring).
    board->model()->setTicking(true);
    m_clock->advanceSecs(20 * 60 - (4 * 60 + 48));
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(board, QStringLiteral("channel-sync"), PhaseBoardModel::StateColumn),
        QStringLiteral("Overdue"), 3000);
    board->model()->setTicking(false);
    QCOMPARE(cell(board, QStringLiteral("channel-sync"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("overdue 5 m 00 s"));
    QCOMPARE(cell(board, engage, PhaseBoardModel::StateColumn), QStringLiteral("Overdue"));
    // Overdue on top; the view shows the model's order.
    QTableView *view = board->view();
    for (int row = 0; row < 5; ++row)
        QCOMPARE(view->model()->index(row, PhaseBoardModel::StateColumn).data().toString(),
                 QStringLiteral("Overdue"));
    QCOMPARE(view->model()->index(5, PhaseBoardModel::StateColumn).data().toString(),
             QStringLiteral("Upcoming"));
    QCOMPARE(board->findChild<QLabel *>(QStringLiteral("overdueTag"))->text(),
             QStringLiteral("5 OVERDUE"));
    QVERIFY(window.grab().save(QStringLiteral("/tmp/phaseboard-t20.png")));
}

void TestPhaseBoardWidget::tickDoneAndWaiveFromTheBoard()
{
    MainWindow window(*m_workspace, *m_user);
    window.show();
    PhaseBoardWidget *board =
        declareThroughDialog(window, [](QDialog *d) { fillSev1Outage(d, QStringLiteral("2")); });
    QVERIFY(board);
    QVERIFY(!board->findChild<QLabel *>(QStringLiteral("icBanner"))->isVisible());
    auto *note = board->findChild<QLineEdit *>(QStringLiteral("obligationNote"));
    auto *done = board->findChild<QPushButton *>(QStringLiteral("markDone"));
    auto *waive = board->findChild<QPushButton *>(QStringLiteral("waiveObligation"));

    QTest::mouseClick(done, Qt::LeftButton);
    QCOMPARE(board->errorText(), QStringLiteral("Select an obligation on the board first."));

    m_clock->advanceSecs(90);
    clickRow(board, QStringLiteral("open-channel"));
    QTest::keyClicks(note, QStringLiteral("#inc-1 on Slack"));
    // Dana holds no role yet: the board refuses and names who may tick it.
    QTest::mouseClick(done, Qt::LeftButton);
    QVERIFY2(board->errorText().startsWith(
                 QStringLiteral("Only the On-call engineer (nobody holds it yet) or the incident "
                                "commander (nobody holds it yet) may tick done")),
             qPrintable(board->errorText()));
    QCOMPARE(cell(board, QStringLiteral("open-channel"), PhaseBoardModel::StateColumn),
             QStringLiteral("Upcoming"));
    // As incident commander she may tick any obligation.
    QVERIFY(m_workspace->incidents().appendEvent(
        board->model()->incidentId(), QString::fromLatin1(eventkind::RoleAssigned),
        {{QStringLiteral("role"), QStringLiteral("incident-commander")},
         {QStringLiteral("person"), QStringLiteral("Dana")}},
        QStringLiteral("Dana")));
    QTest::mouseClick(done, Qt::LeftButton);
    QCOMPARE(board->errorText(), QString());
    QCOMPARE(note->text(), QString());
    QCOMPARE(cell(board, QStringLiteral("open-channel"), PhaseBoardModel::StateColumn),
             QStringLiteral("Done"));
    QCOMPARE(cell(board, QStringLiteral("open-channel"), PhaseBoardModel::DetailColumn),
             QStringLiteral("done by Dana at 03:01 UTC · #inc-1 on Slack"));

    // Waiving needs a reason; the refusal says so and the board is unchanged.
    clickRow(board, QStringLiteral("first-announcement"));
    QTest::mouseClick(waive, Qt::LeftButton);
    QVERIFY2(board->errorText().contains(QStringLiteral("needs a reason")),
             qPrintable(board->errorText()));
    QCOMPARE(cell(board, QStringLiteral("first-announcement"), PhaseBoardModel::StateColumn),
             QStringLiteral("Upcoming"));
    QTest::keyClicks(note, QStringLiteral("internal tooling only, no customer impact"));
    QTest::mouseClick(waive, Qt::LeftButton);
    QCOMPARE(board->errorText(), QString());
    QCOMPARE(cell(board, QStringLiteral("first-announcement"), PhaseBoardModel::StateColumn),
             QStringLiteral("Waived"));

    // Double-clicking a row ticks it done.
    const QModelIndex confirm =
        board->model()->index(board->model()->rowOf(QStringLiteral("confirm-nature")), 1);
    board->view()->scrollTo(confirm);
    const QPoint at = board->view()->visualRect(confirm).center();
    QTest::mouseClick(board->view()->viewport(), Qt::LeftButton, {},
                      at); // a double-click starts with a press
    QTest::mouseDClick(board->view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(cell(board, QStringLiteral("confirm-nature"), PhaseBoardModel::StateColumn),
             QStringLiteral("Done"));

    // Ticking what is done already is refused with who did it.
    clickRow(board, QStringLiteral("open-channel"));
    QTest::mouseClick(done, Qt::LeftButton);
    QVERIFY2(board->errorText().contains(QStringLiteral("already done (Dana at 03:01 UTC)")),
             qPrintable(board->errorText()));
    const QList<TimelineEvent> events =
        m_workspace->incidents().timeline(board->model()->incidentId()).value();
    QCOMPARE(events.size(), 6); // declared, refused, assigned, done, waived, done
    QCOMPARE(events.at(1).kind, QString::fromLatin1(eventkind::ObligationTickRefused));
}

void TestPhaseBoardWidget::postSyncResetsItsCountdown()
{
    MainWindow window(*m_workspace, *m_user);
    window.show();
    PhaseBoardWidget *board =
        declareThroughDialog(window, [](QDialog *d) { fillSev1Outage(d, QStringLiteral("2")); });
    QVERIFY(board);
    board->model()->setTicking(false);
    m_clock->advanceSecs(17 * 60);
    board->model()->tick();
    QCOMPARE(cell(board, QStringLiteral("channel-sync"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("overdue 2 m 00 s"));
    auto *text = board->findChild<QLineEdit *>(QStringLiteral("syncText"));
    QTest::mouseClick(board->findChild<QPushButton *>(QStringLiteral("postSync")), Qt::LeftButton);
    QVERIFY(board->errorText().contains(QStringLiteral("no new progress")));
    QTest::keyClicks(text, QStringLiteral("no new progress"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(text->text(), QString());
    QCOMPARE(cell(board, QStringLiteral("channel-sync"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("15 m 00 s"));
    QCOMPARE(cell(board, QStringLiteral("channel-sync"), PhaseBoardModel::DetailColumn),
             QStringLiteral("last sync 03:17 UTC by Dana: recorded here only (Slack not set up)"));
    QCOMPARE(m_workspace->outbox().rows().value().size(), 0);
}

// With Slack set up in this process, Post sync queues the sync for the incident channel in the
// same transaction, and the board says so; a delivery by the outbox shows there too.
void TestPhaseBoardWidget::postSyncQueuesForSlackWhenSetUp()
{
    m_workspace->setDeliverableHere({Destination::Slack});
    MainWindow window(*m_workspace, *m_user);
    window.show();
    PhaseBoardWidget *board =
        declareThroughDialog(window, [](QDialog *d) { fillSev1Outage(d, QStringLiteral("2")); });
    QVERIFY(board);
    board->model()->setTicking(false);
    m_clock->advanceSecs(5 * 60);
    auto *text = board->findChild<QLineEdit *>(QStringLiteral("syncText"));
    QTest::keyClicks(text, QStringLiteral("rollback at 50%"));
    QTest::mouseClick(board->findChild<QPushButton *>(QStringLiteral("postSync")), Qt::LeftButton);
    QCOMPARE(board->errorText(), QString());
    const QList<OutboxRow> rows = m_workspace->outbox().rows().value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().destination, Destination::Slack);
    QCOMPARE(rows.constFirst().body, QStringLiteral("rollback at 50%"));
    QVERIFY(rows.constFirst().syncEventId > 0);
    // The sync and its outbox row are one transaction: the board reads them once control is back
    // in the event loop.
    QTRY_COMPARE(cell(board, QStringLiteral("channel-sync"), PhaseBoardModel::DetailColumn),
                 QStringLiteral("last sync 03:05 UTC by Dana: queued for Slack"));

    const QDateTime now = m_clock->nowUtc();
    OutboxStore &outbox = m_workspace->outbox();
    QVERIFY(outbox.claim(rows.constFirst().id, QStringLiteral("s"), now, now.addSecs(60)));
    QVERIFY(outbox.markFailed(rows.constFirst().id, QStringLiteral("s"),
                              QStringLiteral("HTTP 404: no_service")));
    QTRY_COMPARE(cell(board, QStringLiteral("channel-sync"), PhaseBoardModel::DetailColumn),
                 QStringLiteral("last sync 03:05 UTC by Dana: Slack: failed — HTTP 404: "
                                "no_service"));
    // The failed post does not undo the sync.
    QCOMPARE(cell(board, QStringLiteral("channel-sync"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("15 m 00 s"));
}

// The banner above the board answers "what is next, and how bad is it" from across the room, and
// moves with the board's tick (the model's obligations, no storage query).
void TestPhaseBoardWidget::deadlineBannerFollowsTheClock()
{
    MainWindow window(*m_workspace, *m_user);
    window.show();
    PhaseBoardWidget *board =
        declareThroughDialog(window, [](QDialog *d) { fillSev1Outage(d, QStringLiteral("2")); });
    QVERIFY(board);
    board->model()->setTicking(false);
    auto *bannerFrame = board->findChild<QWidget *>(QStringLiteral("deadlineBanner"));
    QVERIFY(bannerFrame && bannerFrame->isVisible());
    const QString confirm =
        QStringLiteral("Confirm the incident's nature: category, severity, scope");

    QCOMPARE(banner(board, "nextDeadlineTag"), QStringLiteral("NEXT in 15 m 00 s"));
    QCOMPARE(banner(board, "nextDeadline"), confirm + QStringLiteral(" — On-call engineer"));
    QCOMPARE(banner(board, "overdueTag"), QStringLiteral("NONE OVERDUE"));
    QCOMPARE(banner(board, "overdueOldest"), QStringLiteral("Every open deadline is still ahead"));

    m_clock->advanceSecs(11 * 60);
    board->model()->tick();
    QCOMPARE(banner(board, "nextDeadlineTag"), QStringLiteral("DUE SOON in 4 m 00 s"));
    QCOMPARE(banner(board, "nextDeadline"), confirm + QStringLiteral(" — On-call engineer"));
    QCOMPARE(banner(board, "overdueTag"), QStringLiteral("NONE OVERDUE"));
    QCOMPARE(banner(board, "overdueOldest"), QStringLiteral("5 due soon"));

    m_clock->advanceSecs(4 * 60 + 1); // T+15:01: the five T+15 obligations are overdue
    board->model()->tick();
    QCOMPARE(banner(board, "overdueTag"), QStringLiteral("5 OVERDUE"));
    QCOMPARE(banner(board, "overdueOldest"),
             QStringLiteral("oldest: ") + confirm +
                 QStringLiteral(" (overdue 1 s, On-call engineer)"));
    QCOMPARE(banner(board, "nextDeadlineTag"), QStringLiteral("NEXT in 44 m 59 s"));
    QVERIFY2(banner(board, "nextDeadline").endsWith(QStringLiteral(" — Customer success")),
             qPrintable(banner(board, "nextDeadline")));

    m_clock->advanceSecs(2 * 60);
    board->model()->tick();
    QCOMPARE(banner(board, "overdueOldest"),
             QStringLiteral("oldest: ") + confirm +
                 QStringLiteral(" (overdue 2 m 01 s, On-call engineer)"));
    QCOMPARE(banner(board, "nextDeadlineTag"), QStringLiteral("NEXT in 42 m 59 s"));

    // Ticking the oldest done leaves four, and the banner names the next oldest.
    QVERIFY(m_workspace->incidents().appendEvent(
        board->model()->incidentId(), QString::fromLatin1(eventkind::RoleAssigned),
        {{QStringLiteral("role"), QStringLiteral("on-call")},
         {QStringLiteral("person"), QStringLiteral("Dana")}},
        QStringLiteral("Dana")));
    QVERIFY(m_workspace->playbookStore().markDone(board->model()->incidentId(),
                                                  QStringLiteral("confirm-nature"), QString(),
                                                  QStringLiteral("Dana")));
    QCOMPARE(banner(board, "overdueTag"), QStringLiteral("4 OVERDUE"));
    QVERIFY2(!banner(board, "overdueOldest").contains(confirm),
             qPrintable(banner(board, "overdueOldest")));

    // Larger than the table's text, and readable in the window's grab.
    const double tablePoints = board->view()->font().pointSizeF();
    for (const char *name : {"nextDeadlineTag", "nextDeadline", "overdueTag", "overdueOldest"})
        QVERIFY(board->findChild<QLabel *>(QLatin1String(name))->font().pointSizeF() >=
                tablePoints * 1.5);
    QVERIFY(window.grab().save(QStringLiteral("/tmp/phaseboard-banner.png")));
}

// Only the obligation stretches; the details are capped; the countdown never wraps, also after
// the wall-screen zoom (Ctrl++), which the banner follows too.
void TestPhaseBoardWidget::columnsFitTheTextAtWallZoom()
{
    MainWindow window(*m_workspace, *m_user);
    window.resize(1280, 720);
    window.show();
    PhaseBoardWidget *board =
        declareThroughDialog(window, [](QDialog *d) { fillSev1Outage(d, QStringLiteral("2")); });
    QVERIFY(board);
    board->model()->setTicking(false);
    QHeaderView *header = board->view()->horizontalHeader();
    for (int column = 0; column < PhaseBoardModel::ColumnCount; ++column)
        QCOMPARE(header->sectionResizeMode(column) == QHeaderView::Stretch,
                 column == PhaseBoardModel::ObligationColumn);

    const double before = QApplication::font().pointSizeF();
    const double bannerBefore =
        board->findChild<QLabel *>(QStringLiteral("nextDeadline"))->font().pointSizeF();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int i = 0; i < 3; ++i)
        QTest::keySequence(&window, QKeySequence::ZoomIn);
    QCoreApplication::processEvents();
    m_clock->advanceSecs(75 * 60); // "overdue 1 h 00 m"
    board->model()->tick();
    QCoreApplication::processEvents();
    QVERIFY(QApplication::font().pointSizeF() > before * 1.4);
    QVERIFY(board->findChild<QLabel *>(QStringLiteral("nextDeadline"))->font().pointSizeF() >
            bannerBefore * 1.4);
    const int row = board->model()->rowOf(QStringLiteral("confirm-nature"));
    const QModelIndex countdown = board->model()->index(row, PhaseBoardModel::CountdownColumn);
    QCOMPARE(countdown.data().toString(), QStringLiteral("overdue 1 h 00 m"));
    const QFontMetrics metrics(countdown.data(Qt::FontRole).value<QFont>());
    QVERIFY2(header->sectionSize(PhaseBoardModel::CountdownColumn) >
                 metrics.horizontalAdvance(countdown.data().toString()),
             qPrintable(QString::number(header->sectionSize(PhaseBoardModel::CountdownColumn))));
    QVERIFY(window.grab().save(QStringLiteral("/tmp/phaseboard-zoomed.png")));
    QVERIFY2(header->sectionSize(PhaseBoardModel::DetailColumn) <
                 header->sectionSize(PhaseBoardModel::ObligationColumn),
             qPrintable(QStringLiteral("details %1, obligation %2, viewport %3, window %4")
                            .arg(header->sectionSize(PhaseBoardModel::DetailColumn))
                            .arg(header->sectionSize(PhaseBoardModel::ObligationColumn))
                            .arg(board->view()->viewport()->width())
                            .arg(window.width())));
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+0")));
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::font().pointSizeF(), before);
}

void TestPhaseBoardWidget::notificationsOncePerTransitionAndSwitchable()
{
    MainWindow window(*m_workspace, *m_user);
    window.show();
    PhaseBoardWidget *board =
        declareThroughDialog(window, [](QDialog *d) { fillSev1Outage(d, QStringLiteral("2")); });
    QVERIFY(board);
    board->model()->setTicking(false);
    m_clock->advanceSecs(10 * 60);
    board->model()->tick();
    QVERIFY2(board->lastNotification().startsWith(
                 QStringLiteral("Due soon: Confirm the incident's nature")),
             qPrintable(board->lastNotification()));
    QCOMPARE(board->lastNotification().count(QLatin1Char('\n')), 4); // five obligations due at T+15

    // A second window on the same incident sees the same transition; the desktop hears of it once.
    MainWindow second(*m_workspace, *m_user);
    second.show();
    auto *secondBoard = second.incidentView()->findChild<PhaseBoardWidget *>();
    QVERIFY(secondBoard && secondBoard != board);
    secondBoard->model()->setTicking(false);
    m_clock->advanceSecs(60);
    secondBoard->model()->tick();
    board->model()->tick();
    m_clock->advanceSecs(4 * 60);
    board->model()->tick(); // T+15 exactly: still due soon, nothing new
    secondBoard->model()->tick();
    QCOMPARE(secondBoard->lastNotification(), QString());
    m_clock->advanceSecs(1);
    secondBoard->model()->tick(); // T+15:01: overdue, announced by whichever board sees it first
    board->model()->tick();
    QVERIFY2(secondBoard->lastNotification().startsWith(QStringLiteral("Overdue: ")),
             qPrintable(secondBoard->lastNotification()));
    QVERIFY(board->lastNotification().startsWith(QStringLiteral("Due soon: ")));

    auto *switchOff = board->findChild<QCheckBox *>(QStringLiteral("boardNotifications"));
    QVERIFY(switchOff->isChecked());
    switchOff->click();
    QVERIFY(!AppSettings().obligationNotifications());
    QVERIFY(m_workspace->playbookStore().postSync(
        board->model()->incidentId(), QStringLiteral("still digging"), QStringLiteral("Dana")));
    m_clock->advanceSecs(15 * 60);
    board->model()->tick(); // the new sync cycle is overdue now, but notifications are off
    QVERIFY(board->lastNotification().startsWith(QStringLiteral("Due soon:")));
    switchOff->click();
    QVERIFY(AppSettings().obligationNotifications());
}

void TestPhaseBoardWidget::declareDialogTriggersSuggestTheCategory()
{
    MainWindow window(*m_workspace, *m_user);
    window.show();
    QString suggestion;
    PhaseBoardWidget *board = declareThroughDialog(window, [&](QDialog *d) {
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Contract text sent to the wrong customer"));
        auto *severity = d->findChild<QComboBox *>(QStringLiteral("severityCombo"));
        severity->setCurrentIndex(severity->findData(QStringLiteral("SEV2")));
        auto *category = d->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        d->findChild<QCheckBox *>(QStringLiteral("trigger-completion-rate-drop"))->click();
        QCOMPARE(category->currentData().toString(), QStringLiteral("behavior-anomaly"));
        d->findChild<QCheckBox *>(QStringLiteral("trigger-data-leaked"))->click();
        QCOMPARE(category->currentData().toString(), QStringLiteral("data-leak"));
        suggestion = d->findChild<QLabel *>(QStringLiteral("categorySuggestion"))->text();
        QVERIFY(d->grab().save(QStringLiteral("/tmp/declare-triggers.png")));
    });
    QVERIFY(board);
    QVERIFY2(suggestion.contains(QStringLiteral("Customer data leak or compliance event")),
             qPrintable(suggestion));
    const qint64 id = board->model()->incidentId();
    QCOMPARE(m_workspace->incidents().incident(id)->fields.category, Category::DataLeak);
    QCOMPARE(m_workspace->playbookStore().triggers(id).value(),
             (QStringList{QStringLiteral("completion-rate-drop"), QStringLiteral("data-leaked")}));
    // The data-leak rules are on the board.
    QCOMPARE(
        cell(board, QStringLiteral("regulatory-notification"), PhaseBoardModel::CountdownColumn),
        QStringLiteral("3 d 00 h"));
    QVERIFY(cell(board, QStringLiteral("legal-engaged"), PhaseBoardModel::OwnerColumn)
                .startsWith(QStringLiteral("Incident commander\n")));
}

void TestPhaseBoardWidget::guiRefusesABadPlaybookFile()
{
    const QString bad = m_dir->filePath(QStringLiteral("ours.json"));
    test::writeFile(bad,
                    "{\"format_version\": 1,\n \"name\": \"Ours\",\n \"due_soon_minutes\": -2}");
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    gui.setProcessEnvironment(env);
    gui.start(qEnvironmentVariable("WARROOM_GUI"),
              {QStringLiteral("--playbook"), bad, QStringLiteral("--db"),
               m_dir->filePath(QStringLiteral("x.sqlite"))});
    QVERIFY(gui.waitForFinished(30000));
    QCOMPARE(gui.exitCode(), 1);
    const QString err = QString::fromUtf8(gui.readAllStandardError());
    QVERIFY2(err.contains(
                 QStringLiteral("warroom: %1:3: due_soon_minutes: must not be negative (got -2)")
                     .arg(bad)),
             qPrintable(err));
    QVERIFY(!QFile::exists(
        m_dir->filePath(QStringLiteral("x.sqlite")))); // refused before opening anything
}

// A closed incident's board no longer counts: the banner says when it was closed and what was
// missed, the table has how late each was, and nothing can be ticked any more.
void TestPhaseBoardWidget::closedBoardStopsWithTheFinalAccount()
{
    IncidentFields fields = test::validFields();
    fields.title = QStringLiteral("Agent API returns 503 for every task");
    fields.category = Category::Outage;
    fields.severity = Severity::Sev1;
    fields.detectedAt = m_clock->nowUtc(); // 03:00
    const qint64 id =
        m_workspace->playbookStore().declare(fields, {}, QStringLiteral("Dana")).value();
    // Two more incidents still burning beside it, for the list's Deadlines column.
    for (const char *title : {"Completion rate 95% to 75% on email drafting",
                              "Token over-charge on batch summarisation"}) {
        IncidentFields other = test::validFields();
        other.title = QString::fromLatin1(title);
        other.detectedAt = m_clock->nowUtc();
        QVERIFY(m_workspace->playbookStore().declare(other, {}, QStringLiteral("Dana")));
    }
    IncidentStore &incidents = m_workspace->incidents();
    PlaybookStore &playbook = m_workspace->playbookStore();
    const QString ines = QStringLiteral("Ines");
    QVERIFY(test::assignCommander(incidents, id, ines));
    QVERIFY(playbook.markDone(id, QStringLiteral("confirm-nature"), QString(), ines));
    m_clock->advanceSecs(21 * 60);
    QVERIFY(
        playbook.markDone(id, QStringLiteral("open-channel"), QStringLiteral("#inc-503"), ines));
    m_clock->advanceSecs(19 * 60); // restored at T+40
    QVERIFY(incidents.changeStatus(id, IncidentStatus::Restored, ines));
    m_clock->advanceSecs(12 * 60); // the resolved announcement, 12 minutes after restoration
    // Published through the real gate: the publication is what completes it.
    DraftStore &drafts = m_workspace->drafts();
    const auto draft = drafts.create({id, QStringLiteral("resolved"), 0, std::nullopt, QString()},
                                     QStringLiteral("Pia"));
    QVERIFY(draft);
    QVERIFY(drafts.save(*draft, QStringLiteral("Resolved: {{task_type}} tasks"),
                        QStringLiteral("The agent API answers every task again since the "
                                       "rollback. About {{affected_users_pct}}% of users were "
                                       "affected. A full postmortem will follow."),
                        QStringLiteral("Pia")));
    const auto approved = m_workspace->signOffGate().approve(*draft, QString(), ines);
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    const Result<qint64> published = m_workspace->signOffGate().publish(*draft, ines);
    QVERIFY(published);
    // Publishing queues the status page row; it counts once it is out (docs/outbox.md): here
    // Ines posts it by hand at once.
    const QList<OutboxRow> rows = m_workspace->outbox().forPublication(*published).value();
    QCOMPARE(rows.size(), 1);
    QVERIFY(m_workspace->outbox().postByHand(rows.constFirst().id, ines));
    QVERIFY(playbook.waive(id, QStringLiteral("proactive-email"),
                           QStringLiteral("the status page reached every affected customer"),
                           ines));
    m_clock->advanceSecs(48 * 60); // closed at T+100, 04:40
    QVERIFY(test::settleAndClose(incidents, playbook, id, ines));

    MainWindow window(*m_workspace, *m_user);
    window.resize(1280, 720);
    window.show();
    window.selectIncident(id);
    QVERIFY(window.incidentView() && window.incidentView()->incidentId() == id);
    auto *board = window.incidentView()->findChild<PhaseBoardWidget *>();
    QVERIFY(board);
    QCOMPARE(banner(board, "nextDeadlineTag"), QStringLiteral("CLOSED"));
    QCOMPARE(banner(board, "nextDeadline"),
             QStringLiteral("at 29 Nov 2026 04:40 UTC by Ines — the board stopped at closing"));
    const int missed = int(board->model()->finalAccount()->missed.size());
    QCOMPARE(banner(board, "overdueTag"), QStringLiteral("%1 MISSED").arg(missed));
    QCOMPARE(banner(board, "overdueOldest"),
             QStringLiteral("2 done late, %1 waived — worst: 12 min late").arg(missed - 2));
    const QString details = board->findChild<QLabel *>(QStringLiteral("overdueOldest"))->toolTip();
    QVERIFY2(details.contains(QStringLiteral("Open the incident channel (Slack / war room): done 6 "
                                             "min late (Ines at 03:21 UTC)")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral(
                 "waived 12 min after its due time: the status page reached every affected "
                 "customer (Ines at 03:52 UTC)")),
             qPrintable(details));
    QCOMPARE(cell(board, QStringLiteral("resolved-announcement"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("12 min late"));
    for (const char *name :
         {"markDone", "waiveObligation", "postSync", "obligationNote", "syncText"})
        QVERIFY2(!board->findChild<QWidget *>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(window.grab().save(QStringLiteral("/tmp/phaseboard-closed.png")));

    // The clock runs on, the board does not.
    const QString tag = banner(board, "overdueTag");
    m_clock->advanceSecs(2 * 3600);
    board->model()->tick();
    QCOMPARE(banner(board, "overdueTag"), tag);
    QCOMPARE(banner(board, "nextDeadlineTag"), QStringLiteral("CLOSED"));
    QCOMPARE(cell(board, QStringLiteral("resolved-announcement"), PhaseBoardModel::CountdownColumn),
             QStringLiteral("12 min late"));
}

// Closing with obligations open: confirmed by the IC, refused by the store, and the refusal,
// with the list of what is open, is said in the red line under the status controls.
void TestPhaseBoardWidget::refusedStatusChangeIsShownUnderTheControls()
{
    const qint64 id =
        m_workspace->incidents().declare(test::validFields(), QStringLiteral("Dana")).value();
    QVERIFY(m_workspace->incidents().changeStatus(id, IncidentStatus::Restored,
                                                  QStringLiteral("Dana")));
    MainWindow window(*m_workspace, *m_user);
    window.show();
    IncidentView *view = window.incidentView();
    auto *next = view->findChild<QComboBox *>(QStringLiteral("nextStatus"));
    next->setCurrentIndex(next->findData(QStringLiteral("closed")));

    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmClose")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("setStatus")), Qt::LeftButton);
    QVERIFY2(
        view->statusErrorText().startsWith(QStringLiteral("Cannot close incident %1: ").arg(id)),
        qPrintable(view->statusErrorText()));
    QVERIFY2(
        view->statusErrorText().contains(QStringLiteral("Publish the \"resolved\" announcement")),
        qPrintable(view->statusErrorText()));
    auto *line = view->findChild<QLabel *>(QStringLiteral("statusError"));
    QVERIFY(line && line->isVisible());
    QCOMPARE(m_workspace->incidents().incident(id)->status, IncidentStatus::Restored);
}

// Return (and Enter) on a selected row presses Done, with the button's guards; Alt+D presses Done
// rather than opening the Directory menu (issue 13).
void TestPhaseBoardWidget::keyboardMarksARowDone()
{
    MainWindow window(*m_workspace, *m_user);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    PhaseBoardWidget *board =
        declareThroughDialog(window, [](QDialog *d) { fillSev1Outage(d, QStringLiteral("2")); });
    QVERIFY(board);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    m_clock->advanceSecs(90);
    clickRow(board, QStringLiteral("open-channel"));
    QCOMPARE(QApplication::focusWidget(), board->view());
    // Dana holds no role yet: the same refusal as the button's.
    QTest::keyClick(board->view(), Qt::Key_Return);
    QVERIFY2(board->errorText().startsWith(QStringLiteral("Only the On-call engineer")),
             qPrintable(board->errorText()));
    QVERIFY(m_workspace->incidents().appendEvent(
        board->model()->incidentId(), QString::fromLatin1(eventkind::RoleAssigned),
        {{QStringLiteral("role"), QStringLiteral("incident-commander")},
         {QStringLiteral("person"), QStringLiteral("Dana")}},
        QStringLiteral("Dana")));
    QTest::keyClick(board->view(), Qt::Key_D, Qt::AltModifier);
    QVERIFY(!QApplication::activePopupWidget()); // no menu opened
    // A mnemonic animates the click.
    QTRY_COMPARE(cell(board, QStringLiteral("open-channel"), PhaseBoardModel::StateColumn),
                 QStringLiteral("Done"));
    QCOMPARE(board->errorText(), QString());

    clickRow(board, QStringLiteral("confirm-nature"));
    QTest::keyClick(board->view(), Qt::Key_Return);
    QCOMPARE(board->errorText(), QString());
    QCOMPARE(cell(board, QStringLiteral("confirm-nature"), PhaseBoardModel::StateColumn),
             QStringLiteral("Done"));
}

QTEST_MAIN(TestPhaseBoardWidget)
#include "tst_phaseboardwidget.moc"
