#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace warroom {

class Clock;

namespace cli {

// Runs one warroomctl invocation: arguments as from QCoreApplication::arguments() (program name
// first), the environment (for the author and the default database location) and the clock.
// Returns the process exit code. Writes to out only on success, and exactly one line to err on
// failure.
int run(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
        QTextStream &out, QTextStream &err);

} // namespace cli
} // namespace warroom
