#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace warroom::test {

// One finished warroomctl invocation, in this process (ctlinprocess.h) or as the built binary
// (warroomctlprocess.h).
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

} // namespace warroom::test
