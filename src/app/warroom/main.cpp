#include "core/appidentity.h"
#include "core/clock.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "widgets/currentuser.h"
#include "widgets/databasechooser.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    warroom::applyApplicationIdentity();

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("warroom"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "War Room: incident war-room dashboard"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "SQLite database file (default: %1).")
                                          .arg(warroom::defaultSqlitePath()),
                                      QStringLiteral("FILE"));
    const QCommandLineOption asOption(QStringLiteral("as"),
                                      QApplication::translate("main", "Record changes as NAME for this run."),
                                      QStringLiteral("NAME"));
    parser.addOption(dbOption);
    parser.addOption(asOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : warroom::defaultSqlitePath();
    warroom::SystemClock clock;
    std::unique_ptr<warroom::Workspace> workspace =
        warroom::openWorkspaceInteractively(warroom::DatabaseConfig::sqlite(path), clock);
    if (!workspace)
        return 1;

    warroom::CurrentUser user;
    if (parser.isSet(asOption))
        user.overrideName(parser.value(asOption));
    warroom::MainWindow::applyRememberedTextSize();
    auto *window = new warroom::MainWindow(*workspace, user);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return app.exec();
}
