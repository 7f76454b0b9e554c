#include "cli/runner.h"

#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/commandtable.h"
#include "cli/helptext.h"
#include "cli/serveroptions.h"
#include "cli/valueparsing.h"
#include "core/base/inputlimits.h"
#include "core/base/uilanguage.h"
#include "core/io/boundedfile.h"
#include "core/io/utf8.h"
#include "core/playbook/playbook.h"
#include "integrations/publishing/nopublishers.h"
#include "storage/comms/outboxstore.h"
#include "storage/db/database.h"
#include "storage/db/serverlink.h"
#include "storage/db/serverreachability.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/playbookstore.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryFile>

#include <algorithm>
#include <limits>
#include <optional>

namespace warroom::cli {
namespace {

const QString kDb = QStringLiteral("db");
const QString kAuthor = QStringLiteral("author");
const QString kBusyTimeout = QStringLiteral("busy-timeout-ms");
const QString kPlaybook = QStringLiteral("playbook");
const QString kLang = QStringLiteral("lang");
const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");
constexpr int kMaxBusyTimeoutMs = 600000;

QList<QCommandLineOption> globalOptions()
{
    return serveroptions::options() +
           QList<QCommandLineOption>{
               // Only describes the default location: defaultSqlitePath() would create its folder.
               {kDb,
                Text::tr(
                    "The SQLite database file, created if missing (default: warroom.sqlite in %1).")
                    .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                QStringLiteral("FILE")},
               {kAuthor,
                Text::tr("Who is making the change (default: $WARROOM_AUTHOR, else $USER, else "
                         "$USERNAME)."),
                QStringLiteral("NAME")},
               {kBusyTimeout,
                Text::tr(
                    "How long to wait for another writer's lock before giving up (default 5000)."),
                QStringLiteral("MS")},
               {kPlaybook,
                Text::tr("Apply this playbook file instead of the built-in one "
                         "(docs/playbook-format.md)."),
                QStringLiteral("FILE")},
               // Read by main() before anything else (core/base/uilanguage.h); listed here for
               // --help.
               {kLang,
                Text::tr(
                    "The language of messages and help (one of: %1; default: $WARROOM_LANG, else "
                    "the system's).")
                    .arg(uilanguage::available().join(QStringLiteral(", "))),
                QStringLiteral("CODE")},
               {{QStringLiteral("h"), kHelp},
                Text::tr("Show help (for the command, if one is given) and exit.")},
               {kVersion, Text::tr("Show the version and exit.")},
           };
}

// The command is the first argument that is neither an option nor the value of a global option,
// so that global options may come before it ("warroomctl --db x.sqlite list").
QString findCommandName(const QStringList &arguments)
{
    const QStringList globalsWithValue{kDb,
                                       kAuthor,
                                       kBusyTimeout,
                                       kPlaybook,
                                       kLang,
                                       serveroptions::kServer,
                                       serveroptions::kSchema};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument.startsWith(QLatin1String("--"))) {
            if (!argument.contains(QLatin1Char('=')) && globalsWithValue.contains(argument.mid(2)))
                ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1)
            continue;
        return argument;
    }
    return QString();
}

QString commandList(const QList<Command> &table)
{
    QStringList names;
    for (const Command &command : table)
        names.append(command.name);
    return names.join(QStringLiteral(", "));
}

// Applies the usage rules of the command table; returns the complaint, or an empty string.
QString usageProblem(const Command &command, const QCommandLineParser &parser,
                     const QStringList &args)
{
    const QString seeHelp = Text::tr("see 'warroomctl %1 --help'.").arg(command.name);
    QList<QCommandLineOption> all = command.options + globalOptions();
    for (const QCommandLineOption &option : all) {
        const QString name = option.names().constLast();
        if (!option.valueName().isEmpty() && parser.values(name).size() > 1 &&
            !command.repeatableOptions.contains(name))
            return Text::tr("--%1 is given more than once; give it once.").arg(name);
    }
    for (const QString &required : command.requiredOptions) {
        if (!parser.isSet(required))
            return Text::tr("%1 needs --%2; %3").arg(command.name, required, seeHelp);
    }
    const bool variadic = !command.arguments.isEmpty() && QString(command.arguments.constLast())
                                                              .remove(QLatin1Char(']'))
                                                              .endsWith(QLatin1String("..."));
    const auto required =
        std::count_if(command.arguments.cbegin(), command.arguments.cend(),
                      [](const QString &a) { return !a.startsWith(QLatin1Char('[')); });
    if (args.size() < required)
        return Text::tr("%1 needs the argument %2; %3")
            .arg(command.name,
                 QString(command.arguments.at(args.size())).remove(QLatin1String("...")), seeHelp);
    if (!variadic && args.size() > command.arguments.size())
        return Text::tr("%1 takes %2 argument(s) but got %3 (unexpected \"%4\"); quote text that "
                        "contains spaces, %5")
            .arg(command.name)
            .arg(command.arguments.size())
            .arg(args.size())
            .arg(args.at(command.arguments.size()), seeHelp);
    return QString();
}

// The person every timeline event is recorded under.
std::optional<QString> resolveAuthor(const QCommandLineParser &parser,
                                     const QProcessEnvironment &environment)
{
    if (parser.isSet(kAuthor))
        return parser.value(kAuthor).trimmed();
    for (const QString &variable :
         {QStringLiteral("WARROOM_AUTHOR"), QStringLiteral("USER"), QStringLiteral("USERNAME")}) {
        const QString value = environment.value(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return std::nullopt;
}

int runCommand(const Command &command, const QCommandLineParser &parser, const QStringList &args,
               const QProcessEnvironment &environment, const Clock &clock,
               const PublishersFactory &publishers, QTextStream &out, QTextStream &err)
{
    int busyTimeoutMs = 5000;
    if (parser.isSet(kBusyTimeout)) {
        const Result<int> parsed = parseWholeNumber(kBusyTimeout, parser.value(kBusyTimeout));
        if (!parsed) {
            writeErrorLine(err, parsed.error().message);
            return ExitFailure;
        }
        if (*parsed < 0 || *parsed > kMaxBusyTimeoutMs) {
            writeErrorLine(err, Text::tr("--%1 \"%2\" is out of range; give 0 to %3 milliseconds.")
                                    .arg(kBusyTimeout, parser.value(kBusyTimeout))
                                    .arg(kMaxBusyTimeoutMs));
            return ExitFailure;
        }
        busyTimeoutMs = *parsed;
    }

    Result<DatabaseConfig> config =
        serveroptions::databaseConfig(parser, environment, busyTimeoutMs);
    if (!config) {
        writeErrorLine(err, config.error().message);
        return ExitUsage;
    }
    // On a server, who makes the change is the login's person (read once the database is open).
    const bool shared = config->backend == DatabaseConfig::Backend::Postgres;
    if (command.needsServer && !shared) {
        writeErrorLine(err, Text::tr("%1 works on a PostgreSQL server; give --server URL (or set "
                                     "WARROOM_SERVER).")
                                .arg(command.name));
        return ExitUsage;
    }

    QString author;
    if (command.writes && !shared) {
        const std::optional<QString> resolved = resolveAuthor(parser, environment);
        if (resolved && resolved->isEmpty()) {
            writeErrorLine(
                err, Text::tr("--author is empty; give the name the timeline should record."));
            return ExitUsage;
        }
        if (!resolved) {
            writeErrorLine(
                err,
                Text::tr(
                    "%1 records who made the change, but no author is known; pass --author NAME "
                    "or set WARROOM_AUTHOR.")
                    .arg(command.name));
            return ExitUsage;
        }
        author = *resolved;
        if (const QString problem = inputlimits::authorProblem(author); !problem.isEmpty()) {
            writeErrorLine(err, Text::tr("The author (--author, else $WARROOM_AUTHOR, $USER or "
                                         "$USERNAME) is refused: %1")
                                    .arg(problem));
            return ExitUsage;
        }
    }

    // The playbook first: a bad file is refused before the database is even opened.
    const Result<Playbook> playbook =
        parser.isSet(kPlaybook) ? playbook::loadFile(parser.value(kPlaybook)) : playbook::builtIn();
    if (!playbook) {
        writeErrorLine(err, playbook.error().message);
        return ExitFailure;
    }

    // On a server, a watch from the start: a server that stops answering (paused, a dead network)
    // cuts the command's connection, and the command fails with one line instead of waiting.
    // A command never reconnects, so the watch never retries.
    std::unique_ptr<ServerLink> serverWatch;
    if (shared) {
        config.value().reachability = std::make_shared<ServerReachability>();
        LinkTiming once;
        once.firstRetryMs = once.maxRetryMs = std::numeric_limits<int>::max();
        serverWatch = std::make_unique<ServerLink>(*config, once);
        serverWatch->start();
    }

    // The same object graph as the GUI's, without watching for other processes' writes.
    Result<std::unique_ptr<Workspace>> workspace =
        Workspace::open(*config, clock, *playbook, Workspace::Watch::No);
    if (!workspace) {
        writeErrorLine(err, workspace.error().message);
        return ExitFailure;
    }
    Workspace &ws = *workspace.value();
    if (shared) {
        if (const std::optional<Error> refused = serveroptions::authorOptionRefusal(ws, parser)) {
            writeErrorLine(err, refused->message);
            return ExitUsage;
        }
        if (command.writes) {
            Result<QString> person = serveroptions::sharedAuthor(ws, parser, environment, err);
            if (!person) {
                writeErrorLine(err, person.error().message);
                return ExitFailure;
            }
            author = *person;
            // `outbox run` records delivery outcomes: under the login's person too.
            ws.outbox().setSenderAuthor(author);
        }
    }

    // Held back until the command succeeds: a failure must leave standard output empty. In a
    // temporary file, so output of any length (show --json of a 100,000-event timeline) never has
    // to fit in memory; in memory only when no temporary file can be made.
    QTemporaryFile spill;
    QString buffered;
    QTextStream bufferedOut;
    if (spill.open())
        bufferedOut.setDevice(&spill);
    else
        bufferedOut.setString(&buffered);
    CommandContext context{ws,     ws.database(), ws.incidents(),
                           clock,  ws.playbook(), ws.playbookStore(),
                           author, bufferedOut,   err,
                           parser, args,          publishers};
    const int code = command.run(context);
    if (code == ExitOk || command.outputOnFailure) {
        bufferedOut.flush();
        if (bufferedOut.device()) {
            spill.seek(0);
            QStringDecoder utf8(QStringDecoder::Utf8); // keeps a character split between reads
            while (!spill.atEnd())
                out << QString(utf8(spill.read(64 * 1024)));
        } else {
            out << buffered;
        }
        out.flush();
    }
    return code;
}

// How an error names argument i: by its option when it is an option's value ("--title"), else
// by its position.
QString argumentName(const QStringList &arguments, qsizetype i)
{
    const QString &argument = arguments.at(i);
    if (argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('=')))
        return argument.left(argument.indexOf(QLatin1Char('=')));
    if (i > 1 && arguments.at(i - 1).startsWith(QLatin1Char('-')) &&
        arguments.at(i - 1) != QLatin1String("--") &&
        !arguments.at(i - 1).contains(QLatin1Char('=')))
        return Text::tr("the value of %1").arg(arguments.at(i - 1));
    return Text::tr("argument %1").arg(i);
}

// Arguments are text a person typed: control characters other than tab and line breaks (a NUL,
// an escape sequence) are refused, naming the argument and the byte offset.
std::optional<QString> controlCharacterProblem(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QByteArray bytes = arguments.at(i).toUtf8();
        if (const auto at = firstControlByte(bytes, true))
            return Text::tr("%1 contains the control character 0x%2 at byte offset %3; remove it.")
                .arg(argumentName(arguments, i))
                .arg(int(bytes.at(*at)), 2, 16, QLatin1Char('0'))
                .arg(*at);
    }
    return std::nullopt;
}

} // namespace

int run(const QList<QByteArray> &rawArguments, const QProcessEnvironment &environment,
        const Clock &clock, QTextStream &out, QTextStream &err)
{
    return run(rawArguments, environment, clock, noPublishers(), out, err);
}

int run(const QList<QByteArray> &rawArguments, const QProcessEnvironment &environment,
        const Clock &clock, const PublishersFactory &publishers, QTextStream &out, QTextStream &err)
{
    QStringList arguments;
    for (const QByteArray &raw : rawArguments)
        arguments.append(QString::fromUtf8(raw));
    // Decoding would turn a bad byte into U+FFFD and store it: refuse it instead.
    for (qsizetype i = 1; i < rawArguments.size(); ++i) {
        const QByteArray &raw = rawArguments.at(i);
        if (const auto bad = firstInvalidUtf8(raw)) {
            writeErrorLine(err, Text::tr("%1 is not valid UTF-8: invalid byte 0x%2 at byte offset "
                                         "%3; set a UTF-8 locale or retype it.")
                                    .arg(argumentName(arguments, i))
                                    .arg(int(static_cast<unsigned char>(raw.at(*bad))), 2, 16,
                                         QLatin1Char('0'))
                                    .arg(*bad));
            return ExitUsage;
        }
    }
    return run(arguments, environment, clock, publishers, out, err);
}

int run(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
        QTextStream &out, QTextStream &err)
{
    return run(arguments, environment, clock, noPublishers(), out, err);
}

int run(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
        const PublishersFactory &publishers, QTextStream &out, QTextStream &err)
{
    if (const auto problem = controlCharacterProblem(arguments)) {
        writeErrorLine(err, *problem);
        return ExitUsage;
    }
    const QList<Command> table = commands();
    const QString name = findCommandName(arguments);
    const Command *command = name.isEmpty() ? nullptr : findCommand(table, name);
    if (!name.isEmpty() && !command) {
        writeErrorLine(err, Text::tr("\"%1\" is not a warroomctl command; the commands are: %2.")
                                .arg(name, commandList(table)));
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    if (command)
        parser.addOptions(command->options);
    if (!parser.parse(arguments)) {
        const QString help = command ? QStringLiteral("warroomctl %1 --help").arg(command->name)
                                     : QStringLiteral("warroomctl --help");
        // "-5% since the rollback" as note text reads as options; say how to pass it.
        const QString dash =
            command && !command->arguments.isEmpty()
                ? QLatin1Char(' ') + Text::tr("Put '--' before arguments that start with a dash.")
                : QString();
        writeErrorLine(err, Text::tr("%1%2 See '%3'.").arg(parser.errorText(), dash, help));
        return ExitUsage;
    }

    if (parser.isSet(kVersion)) {
        out << QStringLiteral("warroomctl %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(kHelp)) {
        out << (command ? commandHelp(*command, globalOptions())
                        : generalHelp(table, globalOptions()));
        out.flush();
        return ExitOk;
    }
    if (!command) {
        writeErrorLine(err,
                       Text::tr("No command given; the commands are: %1. See 'warroomctl --help'.")
                           .arg(commandList(table)));
        return ExitUsage;
    }

    QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.constFirst() != command->name) {
        // A command option put before the command swallowed the command name as its value.
        writeErrorLine(err,
                       Text::tr("Put the options of %1 after the command name: warroomctl %1 %2")
                           .arg(command->name, command->synopsis));
        return ExitUsage;
    }
    args.removeFirst();
    if (const QString problem = usageProblem(*command, parser, args); !problem.isEmpty()) {
        writeErrorLine(err, problem);
        return ExitUsage;
    }
    if (command->runWithoutDatabase) {
        const int code = command->runWithoutDatabase(parser, args, out, err);
        out.flush();
        return code;
    }
    return runCommand(*command, parser, args, environment, clock, publishers, out, err);
}

} // namespace warroom::cli
