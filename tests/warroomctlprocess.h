#pragma once

#include "ctlrun.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace warroom::test {

// The path CTest hands over in WARROOMCTL (tests/CMakeLists.txt).
inline QString warroomctlPath()
{
    return qEnvironmentVariable("WARROOMCTL");
}

// Runs the real warroomctl binary, for what only a process can show (tst_warroomctl_smoke).
// Everything else runs in this process on a manual clock (ctlinprocess.h).
inline CtlRun runWarroomctl(const QStringList &arguments, const QProcessEnvironment &environment,
                            const QByteArray &standardInput = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(warroomctlPath(), arguments);
    process.write(standardInput);
    process.closeWriteChannel();
    CtlRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace warroom::test
