#include "support/everydialog.h"
#include "widgets/common/plaintext.h"
#include "widgets/comms/communicationspane.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace warroom;

// Alt+letter must do one thing in a window: no letter may be underlined twice among what is on
// screen at once, enabled or not (the menu bar, buttons, check and radio boxes, labels with
// buddies, tab titles and group boxes), in the main window on each of its tabs and in every dialog
// (issue 13).
class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void findsAClash();
    void mainWindowOnEveryTab();
    void dialogs();
    void plainTextDropsTheMarks();

private:
    // Letter → the controls that underline it, for what is visible and enabled in the window.
    static QMap<QChar, QStringList> mnemonics(QWidget *window);
    // "d: QPushButton "✔ &Done", QMenuBar "&Directory"", one line per letter used twice.
    static QString clashes(QWidget *window);
    void checkDialog(QDialog &dialog, const QString &name, bool hasMnemonics = true);

    std::unique_ptr<test::PopulatedWorkspace> m_fixture;
};

namespace {

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

QMap<QChar, QStringList> TestMnemonics::mnemonics(QWidget *window)
{
    QMap<QChar, QStringList> letters;
    const auto add = [&](const QObject *control, const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            letters[letter].append(
                QStringLiteral("%1 \"%2\"")
                    .arg(QLatin1String(control->metaObject()->className()), text));
    };
    // Disabled controls count too: a button disabled now (Approve before review, Unassign
    // before a row is selected) is enabled later in the same window, and must not clash then.
    const auto shown = [window](const QWidget *w) {
        return w->window() == window && w->isVisible();
    };
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button))
            add(button, button->text());
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            add(label, label->text());
    }
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                add(tabs, tabs->tabText(i));
        }
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            add(box, box->title());
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *menu : main->menuBar()->actions()) {
            if (menu->isVisible())
                add(main->menuBar(), menu->text());
        }
    }
    return letters;
}

QString TestMnemonics::clashes(QWidget *window)
{
    QStringList lines;
    const QMap<QChar, QStringList> letters = mnemonics(window);
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (it.value().size() > 1)
            lines.append(
                QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The preferences' keychain stays offline.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
}

void TestMnemonics::init()
{
    auto fixture = test::PopulatedWorkspace::open();
    QVERIFY2(fixture, fixture ? "" : qPrintable(fixture.error().message));
    m_fixture = std::move(fixture).value();
}

void TestMnemonics::cleanup()
{
    m_fixture.reset();
}

// The check itself: two controls on one letter are reported, a literal "&&" is not a mnemonic.
void TestMnemonics::findsAClash()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QPushButton(QStringLiteral("&Done"), &window));
    layout->addWidget(new QPushButton(QStringLiteral("Roles && &calls"), &window));
    auto *hidden = new QPushButton(QStringLiteral("&Create"), &window);
    layout->addWidget(hidden);
    hidden->hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(clashes(&window), QString());
    layout->addWidget(new QPushButton(QStringLiteral("&Detected at"), &window));
    QApplication::processEvents();
    QCOMPARE(clashes(&window),
             QStringLiteral("d: QPushButton \"&Done\", QPushButton \"&Detected at\""));
}

void TestMnemonics::mainWindowOnEveryTab()
{
    MainWindow window(*m_fixture->workspace, m_fixture->user);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectIncident(m_fixture->incident);
    IncidentView *view = window.incidentView();
    QVERIFY(view);
    // A draft in the editor, so its gate buttons are on screen too.
    QVERIFY(test::createDraftInPane(*view->communications()) > 0);

    auto *tabs = view->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList found;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        // A selected row enables the buttons that act on it (assign, unassign, ...).
        for (QTableView *table : tabs->currentWidget()->findChildren<QTableView *>()) {
            if (table->model() && table->model()->rowCount() > 0)
                table->selectRow(0);
        }
        QApplication::processEvents();
        if (const QString clash = clashes(&window); !clash.isEmpty())
            found.append(QStringLiteral("tab %1:\n%2").arg(tabs->tabText(i), clash));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestMnemonics::checkDialog(QDialog &dialog, const QString &name, bool hasMnemonics)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString clash = clashes(&dialog);
    QVERIFY2(clash.isEmpty(), qPrintable(name + QStringLiteral(":\n") + clash));
    // The check saw the controls.
    QVERIFY2(mnemonics(&dialog).isEmpty() != hasMnemonics, qPrintable(name));
}

void TestMnemonics::dialogs()
{
    // The keyboard shortcuts are a table and a Close button: nothing to underline.
    test::forEveryDialog(*m_fixture, [this](QDialog &dialog, const QString &name) {
        checkDialog(dialog, name, name != QLatin1String("keyboard shortcuts"));
    });
}

// The texts the shortcuts dialog and "Show %1" use: no mnemonic marks, in either convention.
void TestMnemonics::plainTextDropsTheMarks()
{
    QCOMPARE(plainText(QStringLiteral("Roles && ca&lls")), QStringLiteral("Roles & calls"));
    QCOMPARE(plainText(QStringLiteral("&Preferences…")), QStringLiteral("Preferences"));
    QCOMPARE(plainText(QStringLiteral("阶段看板(&P)")), QStringLiteral("阶段看板"));
    QCOMPARE(plainText(QStringLiteral("首选项(&P)…")), QStringLiteral("首选项"));
    QCOMPARE(plainText(QStringLiteral("Call (&& text)")), QStringLiteral("Call (& text)"));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
