#include "models/board/phaseboardmodel.h"
#include "models/calls/calllistmodel.h"
#include "session/currentuser.h"
#include "storage/calls/accountstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/board/phaseboardwidget.h"
#include "widgets/calls/calltrackerwidget.h"
#include "widgets/help/keyboardshortcutsdialog.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace warroom;

// The keys for what is done most, the Keyboard shortcuts dialog that lists them from the
// window's actions, and that each listed key does what it says (issue 13).
class TestKeyboardShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f1ListsTheWindowsKeys();
    void everyListedKeyTriggersItsAction();
    void noKeyClashes();
    void keysPutTheFocusWhereTheWorkIs();

private:
    void openWindow();
    void activate();
    void showTabOf(const QObject *source);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CurrentUser> m_user;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_incident = 0;
};

void TestKeyboardShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyboardShortcuts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("keys.sqlite"))), *m_clock);
    QVERIFY(ws);
    m_workspace = std::move(ws).value();
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Ines"));
    const Result<qint64> id = m_workspace->playbookStore().declare(
        test::validFields(), QStringList(), QStringLiteral("olga"));
    QVERIFY(id);
    m_incident = id.value();
    QVERIFY(
        m_workspace->people().importCsv(test::exampleCsv("people.csv"), QStringLiteral("olga")));
    QVERIFY(m_workspace->accounts().importCsv(test::exampleCsv("key-accounts.csv"),
                                              QStringLiteral("olga")));
    QVERIFY(m_workspace->incidents().appendEvent(
        m_incident, QString::fromLatin1(eventkind::RoleAssigned),
        {{QStringLiteral("role"), QStringLiteral("incident-commander")},
         {QStringLiteral("person"), QStringLiteral("Ines")}},
        QStringLiteral("olga")));
}

void TestKeyboardShortcuts::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestKeyboardShortcuts::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_user);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectIncident(m_incident);
    QVERIFY(m_window->incidentView());
    activate();
}

void TestKeyboardShortcuts::activate()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// A pane's keys work while its tab is shown.
void TestKeyboardShortcuts::showTabOf(const QObject *source)
{
    auto *tabs = m_window->incidentView()->findChild<QTabWidget *>();
    QList<const QObject *> objects{source};
    if (const auto *action = qobject_cast<const QAction *>(source)) {
        objects.clear();
        for (const QObject *object : action->associatedObjects())
            objects.append(object);
    }
    for (const QObject *object : objects) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        for (int i = 0; widget && i < tabs->count(); ++i) {
            if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
                tabs->setCurrentIndex(i);
        }
    }
}

void TestKeyboardShortcuts::f1ListsTheWindowsKeys()
{
    openWindow();
    QStringList rows;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<KeyboardShortcutsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(QStringLiteral("%1 | %2 | %3")
                            .arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                                 table->item(row, 2)->text()));
        dialog->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    const QString all = rows.join(QLatin1Char('\n'));
    QCOMPARE(rows.size(), KeyboardShortcutsDialog::entriesOf(m_window.get()).size());
    for (const QString &expected :
         {QStringLiteral("Ctrl+N | Declare incident | Menu Incident"),
          QStringLiteral("Ctrl+D | Mark the selected obligation done | Phase board"),
          QStringLiteral("Ctrl+1 | Show Phase board | Everywhere in the window"),
          QStringLiteral("Ctrl+4 | Show Roles & calls | Everywhere in the window"),
          QStringLiteral("Ctrl+Shift+T | Type a note for the timeline (Return adds it) | "
                         "Everywhere in the window"),
          QStringLiteral("Ctrl+Shift+Y | Type a progress sync (Return posts it) | Everywhere in "
                         "the window"),
          QStringLiteral("Ctrl+S | Save | Communications"),
          QStringLiteral("F1 | Keyboard shortcuts")})
        QVERIFY2(all.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + all));
}

void TestKeyboardShortcuts::everyListedKeyTriggersItsAction()
{
    openWindow();
    QList<KeyboardShortcutsDialog::Entry> entries =
        KeyboardShortcutsDialog::entriesOf(m_window.get());
    // Quit closes the window: last.
    std::stable_partition(entries.begin(), entries.end(), [](const auto &entry) {
        return !entry.keys.contains(QKeySequence(QKeySequence::Quit));
    });
    // Dialogs the keys open (declare, these shortcuts) are closed again as they come up.
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start(20);
    QStringList failed;
    QStringList tried;
    for (const KeyboardShortcutsDialog::Entry &entry : std::as_const(entries)) {
        auto *action = qobject_cast<QAction *>(entry.source);
        auto *button = qobject_cast<QAbstractButton *>(entry.source);
        QVERIFY(action || button);
        if (!(action ? action->isEnabled() : button->isEnabled()))
            continue; // Preferences without channel settings, Save with nothing to save
        for (const QKeySequence &key : entry.keys) {
            if (m_window->isVisible())
                activate();
            showTabOf(entry.source);
            QSignalSpy triggered(action ? static_cast<QObject *>(action) : button,
                                 action ? QMetaMethod::fromSignal(&QAction::triggered)
                                        : QMetaMethod::fromSignal(&QAbstractButton::clicked));
            QTest::keySequence(m_window.get(), key);
            tried.append(key.toString());
            if (triggered.count() != 1)
                failed.append(QStringLiteral("%1 (%2): triggered %3 times")
                                  .arg(key.toString(), entry.what)
                                  .arg(triggered.count()));
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (qobject_cast<MainWindow *>(top) && top != m_window.get())
                    top->close(); // Window → New window
            }
        }
    }
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
    for (const char *key : {"Ctrl+N", "Ctrl+D", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4",
                            "Ctrl+Shift+T", "Ctrl+Shift+Y", "Ctrl+Shift+D", "Ctrl+Shift+K", "F1"})
        QVERIFY2(tried.contains(QLatin1String(key)), key);
    const bool quitHasAKey = std::any_of(entries.cbegin(), entries.cend(), [](const auto &entry) {
        return entry.keys.contains(QKeySequence(QKeySequence::Quit));
    });
    QCOMPARE(m_window->isVisible(), !quitHasAKey); // Quit, last, where the platform has a key
}

// No key does two things in the window, and none takes a key the platform gives to something
// standard (copy, select all, find, ...) unless the action is that standard thing.
void TestKeyboardShortcuts::noKeyClashes()
{
    openWindow();
    const QList<KeyboardShortcutsDialog::Entry> entries =
        KeyboardShortcutsDialog::entriesOf(m_window.get());
    QVERIFY(entries.size() > 15);
    QHash<QKeySequence, QString> owner;
    QStringList clashes;
    for (const KeyboardShortcutsDialog::Entry &entry : entries) {
        for (const QKeySequence &key : entry.keys) {
            if (owner.contains(key))
                clashes.append(QStringLiteral("%1: %2 and %3")
                                   .arg(key.toString(), owner.value(key), entry.what));
            owner.insert(key, entry.what);
            for (int standard = 1; standard <= QKeySequence::Cancel; ++standard) {
                const QList<QKeySequence> bindings =
                    QKeySequence::keyBindings(QKeySequence::StandardKey(standard));
                const auto within = [](const QList<QKeySequence> &a, const QList<QKeySequence> &b) {
                    return std::all_of(a.cbegin(), a.cend(),
                                       [&b](const QKeySequence &k) { return b.contains(k); });
                };
                if (bindings.contains(key) && !within(entry.keys, bindings) &&
                    !within(bindings, entry.keys))
                    clashes.append(QStringLiteral("%1: %2 and standard key %3")
                                       .arg(key.toString(), entry.what)
                                       .arg(standard));
            }
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestKeyboardShortcuts::keysPutTheFocusWhereTheWorkIs()
{
    openWindow();
    IncidentView *view = m_window->incidentView();
    auto *tabs = view->findChild<QTabWidget *>();
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("noteEdit"));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Y")));
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("syncText"));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("templatePicker"));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    QCOMPARE(tabs->currentIndex(), 3);
    // No accounts to call yet: the button that proposes them; then the first account.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("proposeAccounts"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+2")));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("callTable"));
    auto *calls = qobject_cast<QTableView *>(QApplication::focusWidget());
    QCOMPARE(calls->currentIndex().row(), 0);
    QTest::keyClick(calls, Qt::Key_2); // reached
    auto *tracker = view->findChild<CallTrackerWidget *>();
    QCOMPARE(tracker->errorText(), QString());
    QTRY_COMPARE(tracker->model()->accountAt(0).status, CallStatus::Reached);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+2")));
    QCOMPARE(tabs->currentIndex(), 1);

    // Ctrl+D on the board ticks the selected row, as Done does.
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+1")));
    auto *board = view->findChild<PhaseBoardWidget *>();
    const int row = board->model()->rowOf(QStringLiteral("open-channel"));
    board->view()->setFocus();
    board->view()->selectRow(row);
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+D")));
    QCOMPARE(board->errorText(), QString());
    QCOMPARE(board->model()
                 ->index(board->model()->rowOf(QStringLiteral("open-channel")),
                         PhaseBoardModel::StateColumn)
                 .data()
                 .toString(),
             QStringLiteral("Done"));
}

QTEST_MAIN(TestKeyboardShortcuts)
#include "tst_keyboardshortcuts.moc"
