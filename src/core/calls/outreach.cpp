#include "core/calls/outreach.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

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
                for (const QJsonValue &channel : account.value(QLatin1String("channels")).toArray())
                    entry.channels.append(channel.toString());
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

namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Outreach)
};

QStringList channelsOf(const AccountOutreach &account)
{
    return account.channels.isEmpty()
               ? QStringList{QStringLiteral("phone"), QStringLiteral("slack")}
               : account.channels;
}

QSet<QString> unreachableOn(const AccountOutreach &account)
{
    QSet<QString> channels;
    for (const CallAttempt &a : account.attempts) {
        if (a.status == CallStatus::Unreachable)
            channels.insert(a.channel);
    }
    return channels;
}

} // namespace

bool isClosedOut(const AccountOutreach &account)
{
    if (account.status == CallStatus::Reached || account.status == CallStatus::Declined)
        return true;
    if (account.status != CallStatus::Unreachable)
        return false;
    const QSet<QString> tried = unreachableOn(account);
    const QStringList channels = channelsOf(account);
    return std::all_of(channels.begin(), channels.end(),
                       [&](const QString &c) { return tried.contains(c); });
}

QString openReason(const AccountOutreach &account)
{
    // Phrases of their own rather than the lower-cased status names: German nouns keep their
    // capital letter.
    switch (account.status) {
    case CallStatus::NotStarted:
        return Text::tr("not started");
    case CallStatus::Calling:
        return Text::tr("calling");
    case CallStatus::Reached:
        return Text::tr("reached");
    case CallStatus::LeftMessage:
        return Text::tr("left message");
    case CallStatus::Declined:
        return Text::tr("declined");
    case CallStatus::Unreachable:
        break;
    }
    // Whole sentences per case (a key account is reached by phone and/or Slack), so that
    // translations never join fragments.
    const QSet<QString> tried = unreachableOn(account);
    const QStringList channels = channelsOf(account);
    const bool phoneOpen =
        channels.contains(QLatin1String("phone")) && !tried.contains(QLatin1String("phone"));
    const bool slackOpen =
        channels.contains(QLatin1String("slack")) && !tried.contains(QLatin1String("slack"));
    if (slackOpen && !phoneOpen)
        return Text::tr("unreachable on phone, Slack not tried");
    if (phoneOpen && !slackOpen)
        return Text::tr("unreachable on Slack, phone not tried");
    return Text::tr("unreachable, other channels not tried");
}

CallProgress progress(const QList<AccountOutreach> &accounts)
{
    CallProgress result;
    for (const AccountOutreach &account : accounts) {
        ++result.total;
        if (isClosedOut(account)) {
            ++result.closedOut;
            if (account.status == CallStatus::Reached)
                ++result.reached;
        } else if (callstatus::isAttempt(account.status)) {
            ++result.open;
        } else {
            ++result.notStarted;
        }
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
    return QCoreApplication::translate(
               "warroom::Outreach",
               "%1 of %2 closed out (%3 reached), %4 still open, %5 not started")
        .arg(p.closedOut)
        .arg(p.total)
        .arg(p.reached)
        .arg(p.open)
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
