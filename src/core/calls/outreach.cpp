#include "core/calls/outreach.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace warroom::outreach {

QList<AccountOutreach> accounts(const QList<TimelineEvent> &events)
{
    QList<AccountOutreach> selected;
    QHash<qint64, QList<CallAttempt>> attempts;
    for (const TimelineEvent &event : events) {
        const QJsonObject &p = event.payload;
        if (event.kind == QLatin1String(eventkind::AccountsSelected)) {
            selected.clear();
            const QJsonArray list = p.value(QLatin1String("accounts")).toArray();
            for (const QJsonValue &value : list) {
                const QJsonObject account = value.toObject();
                AccountOutreach entry;
                entry.accountId = account.value(QLatin1String("id")).toInteger();
                entry.accountName = account.value(QLatin1String("name")).toString();
                if (entry.accountId > 0)
                    selected.append(entry);
            }
        } else if (event.kind == QLatin1String(eventkind::CallAttempt)) {
            const auto status = callstatus::fromId(p.value(QLatin1String("status")).toString());
            const qint64 accountId = p.value(QLatin1String("account_id")).toInteger();
            if (!status || accountId <= 0)
                continue;
            attempts[accountId].append(CallAttempt{event.id, event.at, event.author, *status,
                                                   p.value(QLatin1String("channel")).toString(),
                                                   p.value(QLatin1String("note")).toString()});
        }
    }
    for (AccountOutreach &entry : selected) {
        entry.attempts = attempts.value(entry.accountId);
        if (!entry.attempts.isEmpty())
            entry.status = entry.attempts.constLast().status;
    }
    return selected;
}

CallProgress progress(const QList<AccountOutreach> &accounts)
{
    CallProgress result;
    for (const AccountOutreach &account : accounts) {
        ++result.total;
        if (account.status == CallStatus::Reached)
            ++result.reached;
        else if (callstatus::isAttempt(account.status))
            ++result.attempted;
        else
            ++result.notStarted;
    }
    return result;
}

CallProgress progress(const QList<TimelineEvent> &events)
{
    return progress(accounts(events));
}

QString describe(const CallProgress &p)
{
    if (p.total == 0)
        return QCoreApplication::translate("warroom::Outreach", "No key accounts selected");
    return QCoreApplication::translate("warroom::Outreach",
                                       "%1 of %2 reached, %3 attempted, %4 not started")
        .arg(p.reached)
        .arg(p.total)
        .arg(p.attempted)
        .arg(p.notStarted);
}

bool hasSelection(const QList<TimelineEvent> &events)
{
    for (const TimelineEvent &event : events) {
        if (event.kind == QLatin1String(eventkind::AccountsSelected))
            return true;
    }
    return false;
}

} // namespace warroom::outreach
