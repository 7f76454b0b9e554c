#pragma once

#include "core/base/result.h"
#include "integrations/publishing/publisher.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace warroom {

class Clock;
class Database;
class IncidentStore;
class PlaybookStore;
class Workspace;
struct Playbook;

namespace cli {

// Exit codes of warroomctl (docs/cli.md).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What a command gets to work with. The runner has already parsed the command line, checked the
// usage, resolved the author and opened the database, so a command only does its own work.
struct CommandContext
{
    Workspace &workspace; // every store of the open database, as the GUI has them
    Database &database;
    IncidentStore &store;
    const Clock &clock;
    const Playbook &playbook; // the built-in one, or --playbook FILE
    PlaybookStore &playbookStore;
    QString author; // never empty for commands that write
    // Standard output is only shown when the command succeeds: a failing command prints nothing
    // there, whatever it wrote before failing.
    QTextStream &out;
    QTextStream &err;
    const QCommandLineParser &parser;
    QStringList args; // positional arguments after the command name
    // The destinations this process can deliver to (outbox run; publish queues Slack when it is
    // configured). Passed in by main(); makes a Publishers with nothing configured until the
    // channel clients are wired in.
    const PublishersFactory &publishers;

    // Report through these, never by writing to err directly: they keep the promise of exactly
    // one line on stderr and return the exit code to pass on.
    int fail(const Error &error);
    int fail(const QString &message);
    int usage(const QString &message);
};

// One entry of the command table (commandtable.cpp). The runner builds the help, the option
// parser and the usage checks from it.
struct Command
{
    QString name;
    QString synopsis; // arguments and options after the command name, for the usage line
    QString summary;  // one line for the command list
    QString help;     // what it does, in full, for `warroomctl NAME --help`
    QList<QCommandLineOption> options;
    QStringList requiredOptions;   // names of options that must be given
    QStringList repeatableOptions; // names of options that may be given more than once
    // Positional names, required unless in brackets ("[ID]"); a last "NAME..." takes the rest.
    QStringList arguments;
    bool writes = false;      // needs an author
    bool needsServer = false; // refused on an SQLite file (server init, server add-person)
    // What the command printed is shown even when it fails (outbox run lists the rows it left);
    // the one line on stderr says why it failed.
    bool outputOnFailure = false;
    std::function<int(CommandContext &)> run;
    // For commands that work on a file, not the database (lint): set this instead of run. The
    // runner then opens no database and passes standard output straight through, so what the
    // command prints shows whatever its exit code (lint prints findings and exits 1).
    std::function<int(const QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                      QTextStream &err)>
        runWithoutDatabase;
};

// Writes one line "warroomctl: message" with any line breaks of the message folded into spaces.
void writeErrorLine(QTextStream &err, const QString &message);

} // namespace cli
} // namespace warroom
