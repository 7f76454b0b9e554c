#include "core/base/appidentity.h"
#include "core/base/clock.h"
#include "core/playbook/playbook.h"
#include "session/currentuser.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"
#include "widgets/incidents/databasechooser.h"
#include "widgets/incidents/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
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

    warroom::installTranslations();

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
    parser.addOption(dbOption);
    parser.addOption(asOption);
    parser.addOption(playbookOption);
    parser.process(app);

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

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : warroom::defaultSqlitePath();
    warroom::SystemClock clock;
    std::unique_ptr<warroom::Workspace> workspace;
    if (canShowDialogs()) {
        // Says why and offers to open another file.
        workspace = warroom::openWorkspaceInteractively(warroom::DatabaseConfig::sqlite(path),
                                                        clock, nullptr, playbook);
    } else {
        warroom::Result<std::unique_ptr<warroom::Workspace>> opened =
            warroom::Workspace::open(warroom::DatabaseConfig::sqlite(path), clock, playbook);
        if (!opened) {
            QTextStream(stderr) << "warroom: " << opened.error().message.simplified() << Qt::endl;
            return 1;
        }
        workspace = std::move(opened).value();
    }
    if (!workspace)
        return 1;

    warroom::CurrentUser user;
    if (parser.isSet(asOption))
        user.overrideName(parser.value(asOption));
    // Large timelines load and evaluate on the thread pool: the window never freezes on them.
    workspace->incidents().setBackgroundReads(warroom::BackgroundReads{true});
    warroom::MainWindow::applyRememberedTextSize();
    auto *window = new warroom::MainWindow(*workspace, user);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return app.exec();
}
