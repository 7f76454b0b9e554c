#include "support/everydialog.h"
#include "widgets/comms/communicationspane.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace warroom;

// Every control a user can reach (every widget that takes focus) in the main window, on each tab
// of a populated incident, and in every dialog has a name a screen reader can say: buttons and
// labelled fields through their text or buddy label, the rest (tables, text edits, combo boxes
// without a label, icon-only buttons) through setAccessibleName. A combo box's accessible name on
// Linux is only its current value, so it needs a label or a name of its own as well (issue 13).
// The Tab key reaches each of them: pressing Tab from the first control goes round them all.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void findsAnUnnamedControl();
    void mainWindowOnEveryTab();
    void dialogs();

private:
    // "QTableView incidentTable (in IncidentView)", one per control without a name.
    static QStringList unnamed(QWidget *window);
    // Focusable controls that Tab never reaches from the window's first one.
    static QStringList unreachable(QWidget *window);
    void checkDialog(QDialog &dialog, const QString &name);

    std::unique_ptr<test::PopulatedWorkspace> m_fixture;
};

namespace {

bool reachable(const QWidget *w, const QWidget *window)
{
    return w->window() == window && w->isVisible() && w->focusPolicy() != Qt::NoFocus &&
           !w->focusProxy();
}

QString describe(const QWidget *w)
{
    QString parent;
    for (const QObject *p = w->parent(); p; p = p->parent()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            parent = QStringLiteral(" (in %1 %2)")
                         .arg(QLatin1String(p->metaObject()->className()), p->objectName());
            break;
        }
    }
    return QStringLiteral("%1 \"%2\"%3")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(), parent);
}

bool labelledBy(QAccessibleInterface *iface)
{
    return !iface->relations(QAccessible::Label).isEmpty();
}

} // namespace

QStringList TestAccessibility::unnamed(QWidget *window)
{
    QStringList found;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!reachable(w, window))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        // A combo box's Name is its value (empty while nothing is chosen); what it is comes from
        // its label or a name of its own.
        const bool ok = qobject_cast<QComboBox *>(w)
                            ? iface && (!w->accessibleName().isEmpty() || labelledBy(iface))
                            : !name.isEmpty();
        if (!ok)
            found.append(describe(w));
    }
    return found;
}

QStringList TestAccessibility::unreachable(QWidget *window)
{
    // Tab from the first control round the window, as a keyboard user goes; a control that keeps
    // the Tab key to itself (a table moving between its cells, a text edit typing a tab) stops
    // the walk there, and everything after it shows as unreachable.
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return {QStringLiteral("the window never became active")};
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (reachable(w, window) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            break;
        }
    }
    QWidget *start = QApplication::focusWidget();
    QSet<QWidget *> seen;
    for (int i = 0; start && i < 1000; ++i) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused || (i > 0 && focused == start))
            break;
        seen.insert(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    QStringList found;
    for (QWidget *control : window->findChildren<QWidget *>()) {
        if (reachable(control, window) && control->isEnabled() &&
            (control->focusPolicy() & Qt::TabFocus) && !seen.contains(control))
            found.append(describe(control));
    }
    return found;
}

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The preferences' keychain stays offline.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
}

void TestAccessibility::init()
{
    auto fixture = test::PopulatedWorkspace::open();
    QVERIFY2(fixture, fixture ? "" : qPrintable(fixture.error().message));
    m_fixture = std::move(fixture).value();
}

void TestAccessibility::cleanup()
{
    m_fixture.reset();
}

// The check itself: an unnamed table, a combo box with only its value, are reported; a labelled
// field and a named table are not.
void TestAccessibility::findsAnUnnamedControl()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new QLabel(QStringLiteral("&Title:"), &window);
    auto *title = new QLineEdit(&window);
    label->setBuddy(title);
    layout->addWidget(label);
    layout->addWidget(title);
    auto *table = new QTableView(&window);
    table->setObjectName(QStringLiteral("someTable"));
    layout->addWidget(table);
    auto *combo = new QComboBox(&window);
    combo->setObjectName(QStringLiteral("someCombo"));
    combo->addItem(QStringLiteral("SEV1"));
    layout->addWidget(combo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(unnamed(&window), (QStringList{QStringLiteral("QTableView \"someTable\""),
                                            QStringLiteral("QComboBox \"someCombo\"")}));
    table->setAccessibleName(QStringLiteral("Incidents"));
    combo->setAccessibleName(QStringLiteral("Severity"));
    QCOMPARE(unnamed(&window), QStringList());
    QCOMPARE(unreachable(&window), QStringList());

    // A table that moves between its cells on Tab keeps the keyboard user in it.
    auto *model = new QStandardItemModel(2, 2, &window);
    table->setModel(model);
    table->setTabKeyNavigation(true);
    auto *after = new QLineEdit(&window);
    after->setObjectName(QStringLiteral("after"));
    after->setAccessibleName(QStringLiteral("After"));
    layout->addWidget(after);
    QApplication::processEvents();
    QVERIFY(unreachable(&window).contains(QStringLiteral("QLineEdit \"after\"")));
    table->setTabKeyNavigation(false);
    QCOMPARE(unreachable(&window), QStringList());
}

void TestAccessibility::mainWindowOnEveryTab()
{
    MainWindow window(*m_fixture->workspace, m_fixture->user);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectIncident(m_fixture->incident);
    IncidentView *view = window.incidentView();
    QVERIFY(view);
    // A draft in the editor, so its gate bar and editor are on screen too.
    QVERIFY(test::createDraftInPane(*view->communications()) > 0);

    auto *tabs = view->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList found;
    int checked = 0;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        for (QTableView *table : tabs->currentWidget()->findChildren<QTableView *>()) {
            if (table->model() && table->model()->rowCount() > 0)
                table->selectRow(0);
        }
        QApplication::processEvents();
        const QStringList names = unnamed(&window);
        if (!names.isEmpty())
            found.append(QStringLiteral("tab %1, no accessible name:\n  %2")
                             .arg(tabs->tabText(i), names.join(QStringLiteral("\n  "))));
        const QStringList keys = unreachable(&window);
        if (!keys.isEmpty())
            found.append(QStringLiteral("tab %1, not reached by Tab:\n  %2")
                             .arg(tabs->tabText(i), keys.join(QStringLiteral("\n  "))));
        checked += int(tabs->currentWidget()->findChildren<QWidget *>().size());
    }
    QVERIFY(checked > 50); // the walk saw the panes
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestAccessibility::checkDialog(QDialog &dialog, const QString &name)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList names = unnamed(&dialog);
    QVERIFY2(names.isEmpty(), qPrintable(name + QStringLiteral(", no accessible name:\n  ") +
                                         names.join(QStringLiteral("\n  "))));
    const QStringList keys = unreachable(&dialog);
    QVERIFY2(keys.isEmpty(), qPrintable(name + QStringLiteral(", not reached by Tab:\n  ") +
                                        keys.join(QStringLiteral("\n  "))));
    dialog.hide();
}

void TestAccessibility::dialogs()
{
    test::forEveryDialog(
        *m_fixture, [this](QDialog &dialog, const QString &name) { checkDialog(dialog, name); });
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
