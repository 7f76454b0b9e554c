#pragma once

#include "integrations/publishing/publisher.h"

#include <QByteArray>
#include <QList>
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
// Arguments containing control characters other than tab and line breaks are refused.
int run(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
        QTextStream &out, QTextStream &err);
// With the publishers of this process (outbox run, docs/outbox.md); the overloads without them
// have nothing configured.
int run(const QStringList &arguments, const QProcessEnvironment &environment, const Clock &clock,
        const PublishersFactory &publishers, QTextStream &out, QTextStream &err);

// The same from the bytes main() received in argv: an argument that is not valid UTF-8 is
// refused, naming it and the byte offset, instead of being stored with U+FFFD in its place.
int run(const QList<QByteArray> &rawArguments, const QProcessEnvironment &environment,
        const Clock &clock, QTextStream &out, QTextStream &err);
int run(const QList<QByteArray> &rawArguments, const QProcessEnvironment &environment,
        const Clock &clock, const PublishersFactory &publishers, QTextStream &out,
        QTextStream &err);

} // namespace cli
} // namespace warroom
