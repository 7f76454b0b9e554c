#include "integrations/channels/channelconfiguration.h"
#include "integrations/channels/channelkeychain.h"
#include "session/currentuser.h"
#include "storage/calls/accountstore.h"
#include "storage/comms/draftstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/calls/selectaccountsdialog.h"
#include "widgets/common/plaintext.h"
#include "widgets/comms/communicationspane.h"
#include "widgets/comms/deliveriesdialog.h"
#include "widgets/comms/drafteditor.h"
#include "widgets/comms/draftversionsdialog.h"
#include "widgets/comms/publishpreviewdialog.h"
#include "widgets/comms/templatelibrarydialog.h"
#include "widgets/directory/peopledirectorydialog.h"
#include "widgets/directory/persondialog.h"
#include "widgets/incidents/declareincidentdialog.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"
#include "widgets/roles/assignroledialog.h"
#include "widgets/settings/preferencesdialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CurrentUser> m_user;
    qint64 m_incident = 0;
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
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("keys.sqlite"))), *m_clock);
    QVERIFY(ws);
    m_workspace = std::move(ws).value();
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Ines"));
    QVERIFY(
        m_workspace->people().importCsv(test::exampleCsv("people.csv"), QStringLiteral("olga")));
    QVERIFY(m_workspace->accounts().importCsv(test::exampleCsv("key-accounts.csv"),
                                              QStringLiteral("olga")));
    IncidentFields f = test::validFields();
    f.category = Category::DataLeak;
    const Result<qint64> id =
        m_workspace->playbookStore().declare(f, QStringList(), QStringLiteral("olga"));
    QVERIFY(id);
    m_incident = id.value();
}

void TestMnemonics::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
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
    MainWindow window(*m_workspace, *m_user);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectIncident(m_incident);
    IncidentView *view = window.incidentView();
    QVERIFY(view);
    // A draft in the editor, so its gate buttons are on screen too.
    CommunicationsPane *comms = view->communications();
    comms->templatePicker()->setCurrentIndex(comms->templatePicker()->count() - 1);
    QTest::mouseClick(comms->createButton(), Qt::LeftButton);
    QVERIFY(comms->editor()->draftId() > 0);

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
    const auto ok = [](const auto &...) -> Result<void> { return {}; };

    DeclareIncidentDialog declare(m_workspace->clock(), ok);
    declare.offerTriggers(m_workspace->playbook());
    checkDialog(declare, QStringLiteral("declare"));
    DeclareIncidentDialog edit(m_workspace->clock(), ok);
    edit.setFields(test::validFields());
    checkDialog(edit, QStringLiteral("edit incident"));

    AssignRoleDialog assign(m_workspace->people(), Role::Legal,
                            [](Role, const QString &, bool) -> Result<void> { return {}; });
    checkDialog(assign, QStringLiteral("assign role"));
    PeopleDirectoryDialog people(*m_workspace, *m_user);
    checkDialog(people, QStringLiteral("people directory"));
    PersonDialog person(Person{}, [](const Person &) -> Result<void> { return {}; });
    checkDialog(person, QStringLiteral("person"));
    SelectAccountsDialog accounts(m_workspace->accounts(), {},
                                  [](const QList<qint64> &) -> Result<void> { return {}; });
    checkDialog(accounts, QStringLiteral("select accounts"));
    TemplateLibraryDialog library(m_workspace->templates(), *m_user);
    checkDialog(library, QStringLiteral("template library"));

    IncidentView view(*m_workspace, *m_user, m_incident);
    CommunicationsPane *comms = view.communications();
    comms->templatePicker()->setCurrentIndex(comms->templatePicker()->count() - 1);
    QTest::mouseClick(comms->createButton(), Qt::LeftButton);
    const qint64 draft = comms->editor()->draftId();
    QVERIFY(draft > 0);
    DraftVersionsDialog versions(m_workspace->drafts(), draft, 1);
    checkDialog(versions, QStringLiteral("draft versions"));
    DeliveriesDialog deliveries(*m_workspace, *m_user, m_incident, draft);
    checkDialog(deliveries, QStringLiteral("deliveries"));
    PublishPreviewDialog preview(QStringLiteral("Publish draft?"), {});
    checkDialog(preview, QStringLiteral("publish preview"));

    QSettings settings(m_dir->filePath(QStringLiteral("warroom.ini")), QSettings::IniFormat);
    ChannelKeychain keychain(QStringLiteral("War Room test"));
    ChannelConfiguration channels(QProcessEnvironment(), settings, keychain, *m_clock);
    QSignalSpy loaded(&channels, &ChannelConfiguration::loaded);
    channels.load();
    QVERIFY2(loaded.count() == 1 || loaded.wait(10000),
             qPrintable(QString::number(loaded.count())));
    PreferencesDialog preferences(channels);
    // Language and Appearance have letters; the channel fields are named by variables.
    checkDialog(preferences, QStringLiteral("preferences"));
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
