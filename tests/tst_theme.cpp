// Light and dark themes (widgets/common/theme.h, issue 13): Window → Theme switches every window
// at once (the palette, and the style sheets that carry state colours), the choice is remembered
// and applied at the next start, and System gives back what the platform gave. The main window of
// a populated incident is grabbed in both themes (WARROOM_SCREENSHOTS=<folder> keeps the PNGs;
// without it they go to <temp>/warroom-theme).
#include "models/common/statuspalette.h"
#include "session/appsettings.h"
#include "session/currentuser.h"
#include "storage/calls/accountstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/common/errorline.h"
#include "widgets/common/theme.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace warroom;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowMenuSwitchesAndRemembers();
    void styleSheetsFollowTheSwitch();
    void rememberedThemeIsAppliedAtStart();
    void mainWindowInBothThemes();

private:
    static QAction *themeAction(MainWindow &window, theme::Choice choice);
    static int windowLightness()
    {
        return QApplication::palette().color(QPalette::Window).lightness();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CurrentUser> m_user;
    qint64 m_incident = 0;
    QPalette m_platformPalette;
    QString m_platformStyle;
};

void TestTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_platformPalette = QApplication::palette();
    m_platformStyle = QApplication::style()->name();
}

void TestTheme::init()
{
    AppSettings().setTheme(QStringLiteral("system"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("theme.sqlite"))), *m_clock);
    QVERIFY(ws);
    m_workspace = std::move(ws).value();
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Ines"));
    QVERIFY(
        m_workspace->people().importCsv(test::exampleCsv("people.csv"), QStringLiteral("olga")));
    QVERIFY(m_workspace->accounts().importCsv(test::exampleCsv("key-accounts.csv"),
                                              QStringLiteral("olga")));
    const Result<qint64> id = m_workspace->playbookStore().declare(
        test::validFields(), QStringList(), QStringLiteral("olga"));
    QVERIFY(id);
    m_incident = id.value();
}

void TestTheme::cleanup()
{
    theme::apply(theme::Choice::System);
    AppSettings().setTheme(QStringLiteral("system"));
    m_workspace.reset();
    m_dir.reset();
}

QAction *TestTheme::themeAction(MainWindow &window, theme::Choice choice)
{
    return window.findChild<QAction *>(QStringLiteral("theme_") + theme::id(choice));
}

void TestTheme::windowMenuSwitchesAndRemembers()
{
    MainWindow window(*m_workspace, *m_user);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *dark = themeAction(window, theme::Choice::Dark);
    QAction *light = themeAction(window, theme::Choice::Light);
    QAction *system = themeAction(window, theme::Choice::System);
    QVERIFY(dark && light && system);
    QVERIFY(system->isChecked()); // the default follows the system

    dark->trigger();
    QApplication::processEvents(); // Qt tells the widgets from the event loop
    QCOMPARE(theme::current(), theme::Choice::Dark);
    QVERIFY2(windowLightness() < 80, qPrintable(QString::number(windowLightness())));
    QVERIFY(statuspalette::isDark());
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(window.palette().color(QPalette::Window),
             theme::darkPalette().color(QPalette::Window));
    QCOMPARE(AppSettings().theme(), QStringLiteral("dark"));

    light->trigger();
    QApplication::processEvents();
    QVERIFY2(windowLightness() > 200, qPrintable(QString::number(windowLightness())));
    QVERIFY(!statuspalette::isDark());
    QCOMPARE(AppSettings().theme(), QStringLiteral("light"));

    // The tick follows what another window or Preferences chose.
    theme::choose(theme::Choice::Dark);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("themeMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QVERIFY(dark->isChecked());
    QVERIFY(!light->isChecked());

    system->trigger();
    QApplication::processEvents();
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             m_platformPalette.color(QPalette::Window));
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    QCOMPARE(AppSettings().theme(), QStringLiteral("system"));
}

// A style sheet built from statuspalette (an error line, the board's deadline banner) is built
// again in the new theme: no pale box left on a dark window.
void TestTheme::styleSheetsFollowTheSwitch()
{
    theme::apply(theme::Choice::Light);
    QApplication::processEvents();
    ErrorLine line(QStringLiteral("someError"), nullptr, ErrorLine::Look::Box);
    const QString lightSheet = line.styleSheet();
    QVERIFY(lightSheet.contains(statuspalette::tint(statuspalette::Tone::Alarm).background.name()));
    theme::apply(theme::Choice::Dark);
    QApplication::processEvents();
    QApplication::processEvents();
    const QString darkSheet = line.styleSheet();
    QVERIFY(darkSheet != lightSheet);
    QVERIFY(darkSheet.contains(statuspalette::tint(statuspalette::Tone::Alarm).background.name()));
    QVERIFY(statuspalette::tint(statuspalette::Tone::Alarm).background.lightness() < 128);
}

void TestTheme::rememberedThemeIsAppliedAtStart()
{
    AppSettings().setTheme(QStringLiteral("dark"));
    theme::applyRemembered();
    QCOMPARE(theme::current(), theme::Choice::Dark);
    QVERIFY(windowLightness() < 80);
    // Something this build does not know (a newer one's theme) is the system's.
    AppSettings().setTheme(QStringLiteral("sepia"));
    theme::apply(theme::Choice::System);
    theme::applyRemembered();
    QCOMPARE(theme::current(), theme::Choice::System);
}

void TestTheme::mainWindowInBothThemes()
{
    QString folder = qEnvironmentVariable("WARROOM_SCREENSHOTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("warroom-theme"));
    QVERIFY(QDir().mkpath(folder));
    MainWindow window(*m_workspace, *m_user);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectIncident(m_incident);
    QVERIFY(window.incidentView());
    for (theme::Choice choice : {theme::Choice::Light, theme::Choice::Dark}) {
        themeAction(window, choice)->trigger();
        QApplication::processEvents();
        QApplication::processEvents(); // the restyling queued behind Qt's own palette events
        const QImage shot = window.grab().toImage();
        const QString file =
            QDir(folder).filePath(QStringLiteral("theme-%1.png").arg(theme::id(choice)));
        QVERIFY(shot.save(file));
        qInfo("%s", qPrintable(file));
        // The status bar's background is the theme's window colour.
        const QColor corner = shot.pixelColor(shot.width() / 2, shot.height() - 3);
        QVERIFY2(choice == theme::Choice::Dark ? corner.lightness() < 80 : corner.lightness() > 200,
                 qPrintable(corner.name()));
        // A label with a style sheet of its own (the status history) takes the new text colour.
        auto *history = window.findChild<QWidget *>(QStringLiteral("statusHistory"));
        QVERIFY(history);
        QCOMPARE(history->palette().color(QPalette::WindowText),
                 QApplication::palette().color(QPalette::WindowText));
    }
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
