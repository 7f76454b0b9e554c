#pragma once

#include "cli/command.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace warroom::cli {

// The text of `warroomctl --help` and `warroomctl COMMAND --help`, built from the command table
// so that a new command documents itself.
QString generalHelp(const QList<Command> &table, const QList<QCommandLineOption> &globalOptions);
QString commandHelp(const Command &command, const QList<QCommandLineOption> &globalOptions);

} // namespace warroom::cli
