#pragma once

#include "cli/command.h"

#include <QList>

namespace warroom::cli {

// Every warroomctl command, in the order `warroomctl --help` lists them.
QList<Command> commands();
// nullptr when there is no such command.
const Command *findCommand(const QList<Command> &table, const QString &name);

} // namespace warroom::cli
