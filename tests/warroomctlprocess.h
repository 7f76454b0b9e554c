#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace warroom::test {

// One finished run of the real warroomctl binary.
struct CtlRun
{
    int exitCode = -1;
    bool finished = false; // false: crashed or timed out
    QByteArray out;
    QByteArray err;

    QJsonObject jsonObject() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
    QString errText() const { return QString::fromUtf8(err); }
    // The promise of docs/cli.md: exactly one line, prefixed with the program name.
    bool errIsOneLine() const
    {
        return err.startsWith("warroomctl: ") && err.endsWith('\n') && err.count('\n') == 1;
    }
};

// The path CTest hands over in WARROOMCTL (tests/CMakeLists.txt).
inline QString warroomctlPath()
{
    return qEnvironmentVariable("WARROOMCTL");
}

inline CtlRun runWarroomctl(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(warroomctlPath(), arguments);
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
