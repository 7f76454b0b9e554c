#include "integrations/outbox/outboxclaimant.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <signal.h>

namespace warroom::outboxclaimant {

namespace {

QString thisHost()
{
    const QString host = QSysInfo::machineHostName();
    // The separators of the name stay unambiguous whatever the host is called.
    return host.isEmpty() ? QStringLiteral("unknown-host")
                          : QString(host).replace(QLatin1Char(':'), QLatin1Char('_'));
}

} // namespace

QString forThisProcess(const QString &program)
{
    return QStringLiteral("%1@%2:%3:%4")
        .arg(program, thisHost())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

bool isGone(const QString &claimant)
{
    static const QRegularExpression form(QStringLiteral("^[^@]+@(.+):(\\d{1,10}):[0-9a-f]+$"));
    const QRegularExpressionMatch match = form.match(claimant);
    if (!match.hasMatch() || match.captured(1) != thisHost())
        return false;
    bool ok = false;
    const qint64 pid = match.captured(2).toLongLong(&ok);
    if (!ok || pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    // Signal 0 checks that the process exists without touching it; EPERM means it exists under
    // another user.
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace warroom::outboxclaimant
