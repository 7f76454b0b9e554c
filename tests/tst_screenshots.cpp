#include "comms/gate/gatephrases.h"
#include "models/board/phaseboardmodel.h"
#include "models/calls/calllistmodel.h"
#include "models/common/statuspalette.h"
#include "models/roles/roleboardmodel.h"
#include "session/currentuser.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"
#include "support/incidentdrill.h"
#include "widgets/board/phaseboardwidget.h"
#include "widgets/calls/calltrackerwidget.h"
#include "widgets/common/theme.h"
#include "widgets/comms/publishpreviewdialog.h"
#include "widgets/incidents/incidentview.h"
#include "widgets/incidents/mainwindow.h"
#include "widgets/roles/roleboardwidget.h"
#include "widgets/roles/rolescallspane.h"
#include "widgets/settings/preferencesdialog.h"
#include "widgets/wall/wallscreen.h"

#include "integrations/channels/channelconfiguration.h"
#include "integrations/channels/channelkeychain.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace warroom;
using statuspalette::Tone;

// The README's pictures of the phase board, Roles & calls and Communications, in the light and
// in a dark palette, from one drill scenario on a manual clock; and the check that every coloured
// cell of the three boards stays readable in both.
//
// The pictures go to $WARROOM_SCREENSHOTS (a folder) or, without it, to
// <temp>/warroom-screenshots. To refresh the checked-in ones, from the source folder:
//   WARROOM_SCREENSHOTS=docs QT_QPA_PLATFORM=offscreen build/test/tests/tst_screenshots
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void everyColouredCellIsReadable_data();
    void everyColouredCellIsReadable();
    void paletteTextKeepsItsContrast();
    void screenshots_data();
    void screenshots();

private:
    void usePalette(bool dark);
    void checkCells(const QAbstractItemModel &model, const QString &what);

    QPalette m_lightPalette;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CurrentUser> m_user;
    qint64 m_id = 0;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
}

void TestScreenshots::cleanupTestCase()
{
    QApplication::setPalette(m_lightPalette);
}

void TestScreenshots::usePalette(bool dark)
{
    QApplication::setPalette(dark ? theme::darkPalette() : m_lightPalette);
}

// A SEV1 outage an hour in: some obligations done, six overdue; roles partly held, three calls
// made; a first announcement drafted. Two SEV2 incidents keep it company in the list.
void TestScreenshots::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(test::drillStart());
    auto drill = test::openDrill(m_dir->filePath(QStringLiteral("drill.sqlite")), *m_clock,
                                 test::DrillState::HourIn);
    QVERIFY2(drill, drill ? "" : qPrintable(drill.error().message));
    m_ws = std::move(drill.value().workspace);
    m_id = drill.value().incident;
    m_user = std::make_unique<CurrentUser>();
    m_user->overrideName(QStringLiteral("Dev Patel"));
}

void TestScreenshots::cleanup()
{
    usePalette(false);
    m_user.reset();
    m_ws.reset();
    m_dir.reset();
}

// Each cell's text on its background: at least 4.5:1, the WCAG level for normal text. A cell
// without a colour of its own shows the palette's Text on its Base.
void TestScreenshots::checkCells(const QAbstractItemModel &model, const QString &what)
{
    const QPalette palette = QApplication::palette();
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant bg = index.data(Qt::BackgroundRole);
            const QVariant fg = index.data(Qt::ForegroundRole);
            const QColor background =
                bg.isValid() ? bg.value<QBrush>().color() : palette.color(QPalette::Base);
            const QColor text =
                fg.isValid() ? fg.value<QBrush>().color() : palette.color(QPalette::Text);
            const double ratio = statuspalette::contrast(text, background);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1 row %2 column %3 (%4): %5 on %6, "
                                               "contrast %7")
                                    .arg(what)
                                    .arg(row)
                                    .arg(column)
                                    .arg(index.data().toString(), text.name(), background.name())
                                    .arg(ratio, 0, 'f', 2)));
        }
    }
}

void TestScreenshots::everyColouredCellIsReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestScreenshots::everyColouredCellIsReadable()
{
    QFETCH(bool, dark);
    usePalette(dark);
    const QList<AccountOutreach> selected = m_ws->outreach().accounts(m_id).value();
    QCOMPARE(selected.size(), 10);
    const QList<CallStatus> statuses = {CallStatus::Reached, CallStatus::LeftMessage,
                                        CallStatus::Calling, CallStatus::Unreachable,
                                        CallStatus::Declined};
    for (int i = 0; i < statuses.size(); ++i)
        QVERIFY(m_ws->outreach().recordCall(
            m_id, {selected.at(i).accountId, statuses.at(i), OutreachChannel::Phone, QString()},
            QStringLiteral("Dev Patel")));
    PhaseBoardModel board(m_ws->incidents(), m_ws->playbook(), *m_clock, m_id);
    board.setTicking(false);
    board.setShowNotApplicable(true);
    checkCells(board, QStringLiteral("phase board"));
    RoleBoardModel roles(m_ws->incidents(), m_ws->roles(), *m_clock, m_id);
    checkCells(roles, QStringLiteral("role board"));
    CallListModel calls(m_ws->incidents(), m_ws->accounts(), *m_clock, m_id);
    checkCells(calls, QStringLiteral("call list"));
}

// Text colours keep their hue and light theme shade where that reads, and move lighter on a dark
// background.
void TestScreenshots::paletteTextKeepsItsContrast()
{
    usePalette(false);
    QCOMPARE(statuspalette::text(Tone::Alarm), QColor(0xb7, 0x1c, 0x1c));
    QVERIFY(!statuspalette::isDark());
    usePalette(true);
    QVERIFY(statuspalette::isDark());
    const QPalette dark = QApplication::palette();
    for (Tone tone : {Tone::Alarm, Tone::Attention, Tone::Pending, Tone::Good, Tone::Info,
                      Tone::Review, Tone::Settled, Tone::Muted}) {
        const QColor text = statuspalette::text(tone);
        QVERIFY(statuspalette::contrast(text, dark.color(QPalette::Base)) >= 4.5);
        QVERIFY(statuspalette::contrast(text, dark.color(QPalette::Window)) >= 4.5);
        const statuspalette::Swatch tint = statuspalette::tint(tone);
        QVERIFY(statuspalette::contrast(tint.text, tint.background) >= 4.5);
        QVERIFY(tint.background.lightness() < 128); // a dark shade, not a pale patch
        const statuspalette::Swatch mark = statuspalette::mark(tone);
        QVERIFY(statuspalette::contrast(mark.text, mark.background) >= 4.5);
    }
    QVERIFY(statuspalette::text(Tone::Alarm).lightness() > QColor(0xb7, 0x1c, 0x1c).lightness());
}

void TestScreenshots::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// Not a check beyond "it renders": pictures to look at, in the README.
void TestScreenshots::screenshots()
{
    QFETCH(bool, dark);
    usePalette(dark);
    QString folder = qEnvironmentVariable("WARROOM_SCREENSHOTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("warroom-screenshots"));
    QVERIFY(QDir().mkpath(folder));
    const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");

    MainWindow window(*m_ws, *m_user);
    window.resize(1600, 900);
    window.show();
    window.selectIncident(m_id);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.incidentView()->findChild<QTabWidget *>();
    QVERIFY(tabs);

    // Three calls made from the keyboard, as a CSM would.
    auto *pane = window.incidentView()->findChild<RolesCallsPane *>();
    QVERIFY(pane);
    QTableView *table = pane->callTracker()->table();
    for (int key : {Qt::Key_2, Qt::Key_Down, Qt::Key_3, Qt::Key_Down, Qt::Key_1, Qt::Key_Down,
                    Qt::Key_Up, Qt::Key_Up, Qt::Key_Up})
        QTest::keyClick(table, Qt::Key(key));

    const QList<std::pair<int, QString>> shots = {
        {0, QStringLiteral("screenshot")},
        {tabs->count() - 1, QStringLiteral("screenshot-roles")},
        {2, QStringLiteral("screenshot-communications")},
    };
    for (const auto &[tab, name] : shots) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        const QString path = QDir(folder).filePath(name + suffix);
        QVERIFY2(window.grab().save(path), qPrintable(path));
    }
    if (!dark) {
        // The wall screen at 1080p (its own dark colours whatever the desktop's): the outage
        // first of the three incidents, which rotate.
        WallScreen wall(*m_ws);
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QApplication::processEvents();
        const QString path = QDir(folder).filePath(QStringLiteral("screenshot-wall.png"));
        QVERIFY2(wall.grab().save(path), qPrintable(path));
    }

    {
        // Incident → Preferences…: a key from the environment (read-only), no keychain (headless),
        // and a half-configured email refused under its field.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("warroom.ini")), QSettings::IniFormat);
        QProcessEnvironment env;
        env.insert(QStringLiteral("WARROOM_STATUSPAGE_API_KEY"), QStringLiteral("sp-key-123"));
        ChannelKeychain keychain(QStringLiteral("War Room screenshots"));
        ChannelConfiguration channels(env, settings, keychain, m_ws->clock());
        QSignalSpy loaded(&channels, &ChannelConfiguration::loaded);
        channels.load();
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
        PreferencesDialog preferences(channels, &window);
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        QTest::keyClicks(
            preferences.findChild<QLineEdit *>(QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID")),
            QStringLiteral("kctbh9vrtdwd"));
        QTest::keyClicks(preferences.findChild<QLineEdit *>(QStringLiteral("WARROOM_SMTP_URL")),
                         QStringLiteral("smtp://mail.example.com:587"));
        QTest::mouseClick(
            preferences.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        QApplication::processEvents();
        const QString path =
            QDir(folder).filePath(QStringLiteral("screenshot-preferences") + suffix);
        QVERIFY2(preferences.grab().save(path), qPrintable(path));
    }
    {
        // The publish preview at 1280x720, as the IC sees it before publishing: the status page
        // with Slack beside it, and the email to the key accounts (subject, text, HTML).
        const Result<Incident> incident = m_ws->incidents().incident(m_id);
        QVERIFY(incident);
        Draft draft = m_ws->drafts().drafts(m_id)->first();
        const QString title = QStringLiteral("Chat sessions fail in the EU region");
        // A title a status page would refuse: Publish disabled, with the reason.
        const QString overlong =
            QStringLiteral("Chat sessions fail in the EU region ").repeated(8).trimmed();
        const QString body = QStringLiteral(
            "Since 09:50 UTC, chat sessions in our EU region fail with an error (HTTP 503) for "
            "about "
            "8% of users. Sessions in other regions work.\n\nWe have identified the cause & are "
            "rolling out a fix. No data was lost; messages sent while the service was down were "
            "not delivered, and you can send them again once it's back.\n\nNext update at 11:00 "
            "UTC "
            "or sooner. Questions: <support@example.com>.");
        for (const auto &[channel, name, shownTitle] :
             {std::tuple{Channel::StatusPage, QStringLiteral("screenshot-publish-preview"), title},
              std::tuple{Channel::KeyAccount, QStringLiteral("screenshot-publish-preview-email"),
                         title},
              std::tuple{Channel::StatusPage, QStringLiteral("screenshot-publish-preview-blocked"),
                         overlong}}) {
            draft.channel = channel;
            const Result<QList<DeliveryTarget>> planned =
                m_ws->signOffGate().plannedDeliveries(draft, {Destination::Slack});
            QVERIFY(planned);
            QStringList where;
            for (const DeliveryTarget &t : *planned)
                where.append(delivery::targetText(t.destination, t.recipient));
            PublishPreviewDialog dialog(
                gatephrase::publishQuestion(channel, draft.number,
                                            where.join(QStringLiteral("; "))),
                PublishPreviewDialog::columnsFor(*planned, m_id, shownTitle, body,
                                                 incidentstatus::id(incident->status),
                                                 severity::id(incident->fields.severity)));
            dialog.resize(1280, 720);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QString path = QDir(folder).filePath(name + suffix);
            QVERIFY2(dialog.grab().save(path), qPrintable(path));
        }
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
