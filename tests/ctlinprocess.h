#pragma once

#include "cli/runner.h"
#include "core/base/clock.h"
#include "ctlrun.h"
#include "integrations/publishing/nopublishers.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>
#include <QTest>
#include <QTextStream>

#include <algorithm>

namespace warroom::test {

// The time every in-process warroomctl clock starts at; tests move it explicitly.
inline QDateTime ctlStart()
{
    return QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
}

// An environment holding only the author: nothing of the machine running the tests leaks in.
inline QProcessEnvironment ctlEnvironment(const QString &author)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("WARROOM_AUTHOR"), author);
    return environment;
}

// Runs one warroomctl invocation in this process as the binary's main() does, but on the given
// clock and environment, and captures what it writes to standard output and standard error.
// arguments start after the program name and must include --db: the default database would be
// in this test program's data folder, in the real home. The application identity is the test
// program's, so --version and the default location are left to tst_warroomctl_smoke.
inline CtlRun runCtl(const QStringList &arguments, const QProcessEnvironment &environment,
                     const Clock &clock, const PublishersFactory &publishers = noPublishers())
{
    CtlRun run;
    const bool hasDb = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="));
    });
    if (!hasDb) {
        run.err = "runCtl: give --db, or the real default database would be used\n";
        return run; // not finished
    }
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    {
        QTextStream out(&run.out, QIODevice::WriteOnly);
        QTextStream err(&run.err, QIODevice::WriteOnly);
        run.exitCode = cli::run(QStringList{QStringLiteral("warroomctl")} + arguments, environment,
                                clock, publishers, out, err);
        out.flush();
        err.flush();
    }
    run.finished = true;
    // Each run must close its database: a leaked connection would hold the file open and
    // accumulate run after run. failOnCtlWarnings() turns this into a failure.
    if (QSqlDatabase::connectionNames() != connectionsBefore)
        qWarning("warroomctl run %s left database connections open: %s",
                 qPrintable(arguments.join(QLatin1Char(' '))),
                 qPrintable(QSqlDatabase::connectionNames().join(QStringLiteral(", "))));
    return run;
}

// Call from init(): any warning during the test fails it. The binary would have printed it on
// standard error, breaking the promise of exactly one line there, and Qt SQL warns when a
// connection is removed while still in use.
inline void failOnCtlWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

} // namespace warroom::test
