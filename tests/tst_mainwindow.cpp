#include "models/incidentlistmodel.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/currentuser.h"
#include "widgets/incidentview.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace warroom;

// The main window end to end: declaring through the dialog, notes and status through the view,
// two windows kept in step, and another process's writes showing up.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void declareThroughDialog();
    void noteAndStatusReachEveryWindow();
    void refusedNoteKeepsText();
    void otherProcessWritesShowUp();
    void wallScreenZoomScalesText();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("gui.sqlite")); }
    static QString cell(QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CurrentUser> m_user;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(DatabaseConfig::sqlite(dbPath()), *m_clock);
    QVERIFY(ws);
    m_workspace = std::move(ws).value();
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Dana"));
}

void TestMainWindow::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestMainWindow::declareThroughDialog()
{
    MainWindow window(*m_workspace, *m_user);
    window.show();
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Completion rate 95% to 75% on email drafting"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("affectedPctEdit")),
                         QStringLiteral("20"));
        filled = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    window.declareIncident();
    QVERIFY(filled);

    QTableView *table = window.incidentTable();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, IncidentListModel::TitleColumn),
             QStringLiteral("Completion rate 95% to 75% on email drafting"));
    QVERIFY(window.incidentView());
    auto incident = m_workspace->incidents().incident(window.incidentView()->incidentId());
    QVERIFY(incident);
    QCOMPARE(incident->declaredBy, QStringLiteral("Dana"));
    QCOMPARE(incident->fields.affectedUsersPct, 20.0);
    QVERIFY(window.incidentView()
                ->findChild<QLabel *>(QStringLiteral("incidentTitle"))
                ->text()
                .contains(QStringLiteral("email drafting")));
}

void TestMainWindow::noteAndStatusReachEveryWindow()
{
    const auto id = m_workspace->incidents().declare(test::validFields(), QStringLiteral("alice"));
    QVERIFY(id);
    MainWindow first(*m_workspace, *m_user);
    MainWindow second(*m_workspace, *m_user);
    first.show();
    second.show();
    QVERIFY(first.incidentView() && second.incidentView());
    auto *secondTimeline =
        second.incidentView()->findChild<QTableView *>(QStringLiteral("timelineView"));
    QCOMPARE(secondTimeline->model()->rowCount(), 1);

    IncidentView *view = first.incidentView();
    QLineEdit *note = view->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
    QTest::keyClicks(note, QStringLiteral("no new progress"));
    QTest::keyClick(note, Qt::Key_Return);
    QVERIFY(note->text().isEmpty());
    QCOMPARE(secondTimeline->model()->rowCount(), 2);
    QCOMPARE(secondTimeline->model()->index(1, 2).data().toString(),
             QStringLiteral("no new progress"));
    QCOMPARE(secondTimeline->model()->index(1, 1).data().toString(), QStringLiteral("Dana"));

    auto *next = view->findChild<QComboBox *>(QStringLiteral("nextStatus"));
    next->setCurrentIndex(next->findData(QStringLiteral("identified")));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("setStatus")), Qt::LeftButton);
    QCOMPARE(cell(second.incidentTable(), 0, IncidentListModel::StatusColumn),
             QStringLiteral("Identified"));
    QVERIFY(second.incidentView()
                ->findChild<QLabel *>(QStringLiteral("incidentFacts"))
                ->text()
                .contains(QStringLiteral("Identified")));
    QCOMPARE(m_workspace->incidents().incident(id.value())->status, IncidentStatus::Identified);
}

void TestMainWindow::refusedNoteKeepsText()
{
    QVERIFY(m_workspace->incidents().declare(test::validFields(), QStringLiteral("alice")));
    MainWindow window(*m_workspace, *m_user);
    window.show();
    IncidentView *view = window.incidentView();
    QVERIFY(view);
    auto *note = view->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
    QTest::keyClicks(note, QStringLiteral("   "));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("addNote")), Qt::LeftButton);
    QVERIFY(view->errorText().contains(QStringLiteral("must not be empty")));
    QCOMPARE(note->text(), QStringLiteral("   "));
}

void TestMainWindow::otherProcessWritesShowUp()
{
    MainWindow window(*m_workspace, *m_user);
    window.show();
    QCOMPARE(window.incidentTable()->model()->rowCount(), 0);
    auto other = Database::open(DatabaseConfig::sqlite(dbPath()));
    QVERIFY(other);
    IncidentStore script(*other.value(), *m_clock);
    QVERIFY(script.declare(test::validFields(), QStringLiteral("script")));
    // The workspace's watcher polls PRAGMA data_version twice a second.
    QTRY_COMPARE_WITH_TIMEOUT(window.incidentTable()->model()->rowCount(), 1, 3000);
}

void TestMainWindow::wallScreenZoomScalesText()
{
    QVERIFY(m_workspace->incidents().declare(test::validFields(), QStringLiteral("alice")));
    MainWindow window(*m_workspace, *m_user);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *title = window.incidentView()->findChild<QLabel *>(QStringLiteral("incidentTitle"));
    const double appBefore = QApplication::font().pointSizeF();
    const double titleBefore = title->font().pointSizeF();
    QTest::keySequence(&window, QKeySequence::ZoomIn);
    QTest::keySequence(&window, QKeySequence::ZoomIn);
    QCoreApplication::processEvents(); // the application font change reaches widgets as posted
                                       // events
    QVERIFY(QApplication::font().pointSizeF() > appBefore * 1.3);
    QVERIFY(title->font().pointSizeF() > titleBefore * 1.3);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+0")));
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::font().pointSizeF(), appBefore);
    QCOMPARE(title->font().pointSizeF(), titleBefore);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
