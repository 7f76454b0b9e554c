#include "session/currentuser.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "widgets/incidents/declareincidentdialog.h"
#include "widgets/incidents/mainwindow.h"

#include "core/base/clock.h"
#include "core/playbook/obligation.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace warroom;

// Each shipped translation, loaded from the .qm files the build compiles into the programs,
// changes what the user sees: the main window's menus and the declare dialog's labels and buttons.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void translationChangesVisibleTexts_data();
    void translationChangesVisibleTexts();
    void closeRefusalSaysOverdue_data();
    void closeRefusalSaysOverdue();

private:
    QStringList visibleTexts();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CurrentUser> m_user;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::testStart());
    auto ws = Workspace::open(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("i18n.sqlite"))), *m_clock);
    QVERIFY(ws);
    m_workspace = std::move(ws).value();
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Dana"));
}

// The texts of the menu bar, every menu's actions and the declare dialog's labels and buttons.
QStringList TestTranslations::visibleTexts()
{
    QStringList texts;
    MainWindow window(*m_workspace, *m_user);
    const auto menuBarActions = window.menuBar()->actions();
    for (QAction *menuAction : menuBarActions) {
        texts << menuAction->text();
        if (menuAction->menu()) {
            const auto actions = menuAction->menu()->actions();
            for (QAction *action : actions)
                if (!action->isSeparator() && !action->text().isEmpty())
                    texts << action->text();
        }
    }
    DeclareIncidentDialog dialog(*m_clock,
                                 [](const IncidentFields &) -> Result<void> { return {}; });
    const auto labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels)
        if (!label->text().isEmpty())
            texts << label->text();
    const auto buttons = dialog.findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons)
        if (!button->text().isEmpty())
            texts << button->text();
    return texts;
}

void TestTranslations::translationChangesVisibleTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
}

void TestTranslations::translationChangesVisibleTexts()
{
    QFETCH(QString, language);
    const QStringList english = visibleTexts();
    QVERIFY(english.size() > 20);

    QTranslator translator;
    const QString qm = QStringLiteral(WARROOM_QM_DIR "/warroom_%1.qm").arg(language);
    QVERIFY2(translator.load(qm), qPrintable(QStringLiteral("cannot load %1").arg(qm)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QStringList translated = visibleTexts();
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(translated.size(), english.size());
    QStringList unchanged;
    for (int i = 0; i < english.size(); ++i)
        if (translated.at(i) == english.at(i) &&
            english.at(i).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))))
            unchanged << english.at(i);
    // Names, units and identifiers may stay as they are; sentences and menus may not.
    QVERIFY2(unchanged.size() * 10 <= english.size(),
             qPrintable(QStringLiteral("%1 of %2 texts unchanged in %3: %4")
                            .arg(unchanged.size())
                            .arg(english.size())
                            .arg(language, unchanged.join(QStringLiteral(" | ")))));
}

void TestTranslations::closeRefusalSaysOverdue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("overdue");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("überfällig seit ");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("已逾期 ");
}

// Issue 13: the refusal to close lists each open obligation with how late it is. It once took the
// translated countdown and cut "overdue " out of it, so German had to translate "overdue %1" as
// "%1" and lost the word. Now it says overdue in the language's own words, with the duration in
// its units.
void TestTranslations::closeRefusalSaysOverdue()
{
    QFETCH(QString, language);
    QFETCH(QString, overdue);
    IncidentFields fields = test::validFields();
    fields.category = Category::Outage;
    fields.affectedUsersPct = 1.0;
    fields.enterpriseAffected = 0;
    fields.detectedAt = m_clock->nowUtc();
    const Result<qint64> id =
        m_workspace->playbookStore().declare(fields, {}, QStringLiteral("alice"));
    QVERIFY(id);
    m_clock->advanceSecs(30 * 60);
    QVERIFY(m_workspace->incidents().changeStatus(*id, IncidentStatus::Restored,
                                                  QStringLiteral("frank")));
    m_clock->advanceSecs(10 * 60);

    QTranslator translator;
    const QString qm = QStringLiteral(WARROOM_QM_DIR "/warroom_%1.qm").arg(language);
    QVERIFY2(translator.load(qm), qPrintable(QStringLiteral("cannot load %1").arg(qm)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Result<void> refused =
        m_workspace->incidents().changeStatus(*id, IncidentStatus::Closed, QStringLiteral("frank"));
    // The same length as the board's countdown shows it, without the board's "overdue".
    const QString tenMinutes = obligationstate::durationText(10 * 60);
    QCoreApplication::removeTranslator(&translator);

    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(overdue + tenMinutes), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("overdue")), qPrintable(message));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
