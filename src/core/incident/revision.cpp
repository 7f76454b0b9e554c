#include "core/incident/revision.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Revision)
};

bool kindIn(const TimelineEvent &event, std::initializer_list<const char *> kinds)
{
    for (const char *kind : kinds) {
        if (event.kind == QLatin1String(kind))
            return true;
    }
    return false;
}

} // namespace

namespace revision {

const TimelineEvent *latest(const QList<TimelineEvent> &events, const About &about)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (about(*it))
            return &*it;
    }
    return nullptr;
}

qint64 of(const TimelineEvent *latest)
{
    return latest ? latest->id : 0;
}

About role(const QString &roleId)
{
    return [roleId](const TimelineEvent &e) {
        return kindIn(e, {eventkind::RoleAssigned, eventkind::RoleUnassigned,
                          eventkind::RoleAcknowledged}) &&
               e.payload.value(QLatin1String("role")).toString() == roleId;
    };
}

About obligation(const QString &obligationId)
{
    return [obligationId](const TimelineEvent &e) {
        return kindIn(e, {eventkind::ObligationDone, eventkind::ObligationWaived}) &&
               e.payload.value(QLatin1String("obligation")).toString() == obligationId;
    };
}

About call(qint64 accountId)
{
    return [accountId](const TimelineEvent &e) {
        return e.kind == QLatin1String(eventkind::CallAttempt) &&
               e.payload.value(QLatin1String("account_id")).toInteger() == accountId;
    };
}

Result<void> check(std::optional<qint64> basedOn, const TimelineEvent *latest, const QString &now)
{
    Conflict current{of(latest), QString(), QDateTime(), now};
    if (latest) {
        current.author = latest->author;
        current.at = latest->at;
    }
    return check(basedOn, current);
}

Result<void> check(std::optional<qint64> basedOn, const Conflict &current)
{
    if (!basedOn || *basedOn == current.revision)
        return {};
    const QString message =
        current.author.isEmpty()
            ? Text::tr("This changed after your screen was read (now: %1). Nothing was saved; look "
                       "at it again and repeat your change if it still holds.")
                  .arg(current.now)
            : Text::tr("%1 changed this at %2 UTC (now: %3). Nothing was saved; look at their "
                       "change and repeat yours if it still holds.")
                  .arg(current.author, current.at.toUTC().toString(QStringLiteral("HH:mm")),
                       current.now);
    return Error::conflicted(current, message);
}

} // namespace revision
} // namespace warroom
