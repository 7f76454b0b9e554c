#include "channelwiring.h"
#include "core/base/appidentity.h"
#include "core/base/clock.h"
#include "core/base/uilanguage.h"
#include "core/playbook/playbook.h"
#include "integrations/channels/channelconfiguration.h"
#include "integrations/channels/channelkeychain.h"
#include "integrations/login/loginkeychain.h"
#include "integrations/outbox/outboxclaimant.h"
#include "integrations/outbox/outboxworker.h"
#include "integrations/publishing/nopublishers.h"
#include "session/appsettings.h"
#include "session/currentuser.h"
#include "storage/comms/outboxconnection.h"
#include "storage/db/connectionchoice.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/server/sharedidentity.h"
#include "storage/workspace.h"
#include "widgets/common/theme.h"
#include "widgets/firstrun/firstrun.h"
#include "widgets/incidents/databasechooser.h"
#include "widgets/incidents/mainwindow.h"
#include "widgets/login/serverlogin.h"
#include "widgets/wall/wallscreen.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSettings>
#include <QTextStream>

namespace {

// A platform without a screen (offscreen, minimal) has nobody to answer a dialog: problems are
// said on standard error and the program exits instead of waiting forever.
bool canShowDialogs()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    warroom::applyApplicationIdentity();
    // The installed .desktop file (dist/): docks and Wayland match the window to its launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral(WARROOM_APP_ID));

    // --lang, else WARROOM_LANG, else Preferences, else the system's (core/base/uilanguage.h):
    // read before the parser, whose help texts are translated.
    const warroom::Result<QString> language = warroom::uilanguage::choose(
        warroom::uilanguage::fromArguments(QCoreApplication::arguments()),
        qEnvironmentVariable("WARROOM_LANG"), warroom::AppSettings().uiLanguage());
    if (!language) {
        QTextStream(stderr) << "warroom: " << language.error().message << Qt::endl;
        if (canShowDialogs())
            QMessageBox::critical(nullptr, QStringLiteral("War Room"), language.error().message);
        return 2;
    }
    warroom::installTranslations(language.value());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "War Room: incident war-room dashboard"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "SQLite database file (default: %1).")
            .arg(warroom::defaultSqlitePath()),
        QStringLiteral("FILE"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main",
                                "Work in the shared war room on this PostgreSQL server, "
                                "postgresql://user@host:port/database (docs/shared-mode.md); "
                                "default: WARROOM_SERVER, else the one chosen in Preferences."),
        QStringLiteral("URL"));
    const QCommandLineOption schemaOption(
        QStringLiteral("schema"),
        QApplication::translate("main", "The schema of the shared war room on the server (default: "
                                        "WARROOM_SCHEMA, else %1).")
            .arg(QLatin1String(warroom::connectionchoice::kDefaultSchema)),
        QStringLiteral("NAME"));
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        QApplication::translate("main", "Record changes as NAME for this run."),
        QStringLiteral("NAME"));
    const QCommandLineOption playbookOption(
        QStringLiteral("playbook"),
        QApplication::translate(
            "main",
            "Run this playbook file instead of the built-in one (docs/playbook-format.md)."),
        QStringLiteral("FILE"));
    const QCommandLineOption wallOption(
        QStringLiteral("wall"),
        QApplication::translate("main",
                                "Start in the full-screen wall screen (docs/wall-screen.md)."));
    const QCommandLineOption wallRotateOption(
        QStringLiteral("wall-rotate"),
        QApplication::translate("main",
                                "Wall screen: show each incident for SECONDS when not all fit "
                                "side by side (default %1).")
            .arg(warroom::WallScreen::DefaultRotationSeconds),
        QStringLiteral("SECONDS"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Language of the user interface (one of: %1; default: "
                                "WARROOM_LANG, else the one chosen in Preferences, else the "
                                "system's).")
            .arg(warroom::uilanguage::available().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    parser.addOption(dbOption);
    parser.addOption(serverOption);
    parser.addOption(schemaOption);
    parser.addOption(langOption);
    parser.addOption(asOption);
    parser.addOption(playbookOption);
    parser.addOption(wallOption);
    parser.addOption(wallRotateOption);
    parser.process(app);

    int wallRotation = 0;
    if (parser.isSet(wallRotateOption)) {
        bool ok = false;
        wallRotation = parser.value(wallRotateOption).toInt(&ok);
        if (!ok || wallRotation < 1 || wallRotation > 3600) {
            QTextStream(stderr) << "warroom: "
                                << QApplication::translate(
                                       "main", "--wall-rotate takes whole seconds from 1 to 3600, "
                                               "not \"%1\"; for example --wall-rotate 30.")
                                       .arg(parser.value(wallRotateOption))
                                << Qt::endl;
            return 1;
        }
    }

    std::optional<warroom::Playbook> playbook;
    if (parser.isSet(playbookOption)) {
        warroom::Result<warroom::Playbook> loaded =
            warroom::playbook::loadFile(parser.value(playbookOption));
        if (!loaded) {
            // Said on the terminal for scripts, and in a window for people who started it from a
            // menu; a platform without a screen (offscreen, minimal) has nobody to click it away.
            QTextStream(stderr) << "warroom: " << loaded.error().message << Qt::endl;
            if (canShowDialogs())
                QMessageBox::critical(
                    nullptr, QApplication::translate("main", "War Room cannot use the playbook"),
                    loaded.error().message);
            return 1;
        }
        playbook = std::move(loaded).value();
    }

    // --db/--server, else WARROOM_SERVER, else Preferences, else the default SQLite file.
    warroom::ConnectionSources sources;
    sources.dbOption = parser.value(dbOption);
    sources.serverOption = parser.value(serverOption);
    sources.schemaOption = parser.value(schemaOption);
    sources.asOption = parser.isSet(asOption);
    sources.serverVariable = qEnvironmentVariable("WARROOM_SERVER");
    sources.schemaVariable = qEnvironmentVariable("WARROOM_SCHEMA");
    sources.serverPreference = warroom::AppSettings().serverUrl();
    sources.schemaPreference = warroom::AppSettings().serverSchema();
    sources.defaultSqlitePath = warroom::defaultSqlitePath();
    const warroom::Result<warroom::DatabaseConfig> chosen =
        warroom::connectionchoice::choose(sources);
    if (!chosen) {
        QTextStream(stderr) << "warroom: " << chosen.error().message << Qt::endl;
        if (canShowDialogs())
            QMessageBox::critical(nullptr, QStringLiteral("War Room"), chosen.error().message);
        return 2;
    }
    const bool onServer = chosen->backend == warroom::DatabaseConfig::Backend::Postgres;
    warroom::SystemClock clock;
    std::unique_ptr<warroom::Workspace> workspace;
    if (canShowDialogs() && onServer) {
        // The keychain's password first; asks for one when the server wants it; offers to retry.
        workspace = warroom::serverlogin::openInteractively(
            chosen.value(),
            [&clock, &playbook](const warroom::DatabaseConfig &config) {
                return warroom::Workspace::open(config, clock, playbook);
            },
            warroom::LoginKeychain());
    } else if (canShowDialogs()) {
        // Says why and offers to open another file.
        workspace = warroom::openWorkspaceInteractively(chosen.value(), clock, nullptr, playbook);
    } else {
        warroom::Result<std::unique_ptr<warroom::Workspace>> opened =
            warroom::Workspace::open(chosen.value(), clock, playbook);
        if (!opened) {
            QTextStream(stderr) << "warroom: " << opened.error().message.simplified() << Qt::endl;
            return 1;
        }
        workspace = std::move(opened).value();
    }
    if (!workspace)
        return 1;

    // The outbox is worked on a thread of its own with its own connection, never on this one
    // (docs/outbox.md), through the channels the settings set up: the WARROOM_* variables and the
    // secrets file over the preferences (QSettings and the desktop keychain, docs/channels.md).
    // The keychain answers asynchronously: the worker starts once the settings are read, and
    // takes new publishers when the preferences are saved.
    QSettings settings;
    warroom::ChannelKeychain keychain;
    warroom::ChannelConfiguration channels(QProcessEnvironment::systemEnvironment(), settings,
                                           keychain, clock);
    const warroom::DatabaseConfig config = workspace->database().config();
    warroom::OutboxWorker outbox(
        [config, &clock]() -> warroom::Result<std::unique_ptr<warroom::OutboxQueue>> {
            auto opened = warroom::OutboxConnection::open(config, clock);
            if (!opened)
                return opened.error();
            return std::unique_ptr<warroom::OutboxQueue>(std::move(opened).value());
        },
        warroom::noPublishers(), clock,
        warroom::outboxclaimant::forThisProcess(QStringLiteral("warroom")),
        []() { return QRandomGenerator::global()->generateDouble(); });
    QObject::connect(&outbox, &warroom::OutboxWorker::problem, &app, [](const QString &message) {
        QTextStream(stderr) << "warroom: outbox: " << message.simplified() << Qt::endl;
    });

    warroom::CurrentUser user;
    if (parser.isSet(asOption))
        user.overrideName(parser.value(asOption));
    if (onServer) {
        // On a server you are the person the directory maps your login to (server add-person);
        // nothing typed is recorded there, and the server's rules check the same mapping.
        const warroom::Result<warroom::SharedIdentity> identity =
            warroom::SharedIdentity::resolve(workspace->database());
        if (!identity) {
            QTextStream(stderr) << "warroom: " << identity.error().message.simplified() << Qt::endl;
            if (canShowDialogs())
                QMessageBox::critical(
                    nullptr, QApplication::translate("main", "War Room cannot tell who you are"),
                    identity.error().message);
            return 1;
        }
        user.overrideName(identity.value().name);
    }
    // The first start asks who the user is: nothing is recorded under a made-up name. Cancelling
    // the question quits.
    if (!user.known() && canShowDialogs() && !warroom::firstrun::askNameIfUnknown(user, *workspace))
        return 0;
    if (!user.known()) {
        QTextStream(stderr) << QApplication::translate(
                                   "main", "warroom: nobody has said who uses War Room here: "
                                           "start it on a screen to give your name, or pass --as "
                                           "NAME.")
                            << Qt::endl;
        return 1;
    }
    // Large timelines load and evaluate on the thread pool: the window never freezes on them.
    workspace->incidents().setBackgroundReads(warroom::BackgroundReads{true});
    warroom::MainWindow::applyRememberedTextSize();
    warroom::theme::applyRemembered(); // Preferences or Window → Theme; the system's by default
    auto *window = new warroom::MainWindow(*workspace, user);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setChannelConfiguration(&channels);
    window->show();
    if (canShowDialogs())
        warroom::firstrun::welcomeIfEmpty(*workspace, user, window,
                                          [window](qint64 id) { window->selectIncident(id); });
    if (parser.isSet(wallOption))
        window->showWallScreen(wallRotation);
    warroom::deliverWithChannelSettings(channels, *workspace, outbox, window);
    channels.load();
    return app.exec();
}
