#include "cli/helptext.h"

#include "cli/clitext.h"

#include <QStringList>

namespace warroom::cli {
namespace {

QString optionLines(const QList<QCommandLineOption> &options)
{
    QStringList entries;
    qsizetype width = 0;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString entry = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            entry += QLatin1Char(' ') + option.valueName();
        entries.append(entry);
        width = std::max(width, entry.size());
    }
    QString text;
    for (qsizetype i = 0; i < options.size(); ++i) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(entries.at(i), -int(width))
                    .arg(options.at(i).description());
    }
    return text;
}

QString exitCodes()
{
    return Text::tr(
        "Exit codes: 0 success; 1 refused or failed (bad value, unknown incident, database "
        "problem); "
        "2 usage error (unknown command or option, missing option or argument). On any error, "
        "standard output stays empty and standard error has exactly one line.\n");
}

} // namespace

QString generalHelp(const QList<Command> &table, const QList<QCommandLineOption> &globalOptions)
{
    QString text =
        Text::tr("Usage: warroomctl [global options] COMMAND [options] [arguments]\n\n"
                 "Command-line access to the War Room incident database, for on-call engineers and "
                 "scripts.\n\nCommands:\n");
    qsizetype width = 0;
    for (const Command &command : table)
        width = std::max(width, command.name.size());
    for (const Command &command : table)
        text += QStringLiteral("  %1  %2\n").arg(command.name, -int(width)).arg(command.summary);
    text += QLatin1Char('\n') + Text::tr("Global options (anywhere on the line):") +
            QLatin1Char('\n') + optionLines(globalOptions);
    text += QLatin1Char('\n') + exitCodes();
    text += Text::tr("Run 'warroomctl COMMAND --help' for a command's options.\n");
    return text;
}

QString commandHelp(const Command &command, const QList<QCommandLineOption> &globalOptions)
{
    QString text = Text::tr("Usage: warroomctl %1 %2\n\n").arg(command.name, command.synopsis);
    text += command.help + QLatin1Char('\n');
    if (!command.options.isEmpty())
        text += QLatin1Char('\n') + Text::tr("Options:") + QLatin1Char('\n') +
                optionLines(command.options);
    text += QLatin1Char('\n') + Text::tr("Global options:") + QLatin1Char('\n') +
            optionLines(globalOptions);
    text += QLatin1Char('\n') + exitCodes();
    return text;
}

} // namespace warroom::cli
