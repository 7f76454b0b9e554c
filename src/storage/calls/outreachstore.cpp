#include "storage/calls/outreachstore.h"

#include "core/base/inputlimits.h"
#include "core/incident/revision.h"
#include "storage/calls/accountstore.h"
#include "storage/incidents/incidentstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::OutreachStore)
};

// The channels the account's contacts can be reached on: "phone" if any contact has a phone
// number, "slack" if any has a Slack handle.
QStringList channelsOf(const KeyAccount &account)
{
    QStringList channels;
    for (const AccountContact &c : account.contacts) {
        if (!c.phone.trimmed().isEmpty() && !channels.contains(QStringLiteral("phone")))
            channels.append(QStringLiteral("phone"));
        if (!c.slack.trimmed().isEmpty() && !channels.contains(QStringLiteral("slack")))
            channels.append(QStringLiteral("slack"));
    }
    channels.sort();
    return channels;
}

} // namespace

OutreachStore::OutreachStore(IncidentStore &incidents, AccountStore &accounts)
    : m_incidents(incidents)
    , m_accounts(accounts)
{
}

Result<QJsonObject> OutreachStore::selectionPayload(const QList<qint64> &accountIds) const
{
    if (accountIds.isEmpty())
        return Error::invalid(
            QStringLiteral("accounts"),
            Text::tr("Select at least one key account; the key-account list is empty or none was "
                     "chosen."));
    if (accountIds.size() > MaxSelected)
        return Error::invalid(
            QStringLiteral("accounts"),
            Text::tr("At most %1 accounts can be selected for outreach.").arg(MaxSelected));
    QJsonArray list;
    QSet<qint64> seen;
    for (qint64 id : accountIds) {
        if (seen.contains(id))
            return Error::invalid(QStringLiteral("accounts"),
                                  Text::tr("Account %1 is selected twice.").arg(id));
        seen.insert(id);
        Result<KeyAccount> account = m_accounts.account(id);
        if (!account)
            return account.error();
        if (!account->listed)
            return Error::invalid(
                QStringLiteral("accounts"),
                Text::tr("%1 is no longer on the key-account list.").arg(account->name));
        list.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), account->name},
            {QStringLiteral("channels"), QJsonArray::fromStringList(channelsOf(*account))}});
    }
    return QJsonObject{{QStringLiteral("accounts"), list}};
}

Result<qint64> OutreachStore::proposeAccounts(qint64 incidentId, int count, const QString &author)
{
    if (count < 1 || count > MaxSelected)
        return Error::invalid(QStringLiteral("count"),
                              Text::tr("Propose between 1 and %1 accounts.").arg(MaxSelected));
    return m_incidents.appendCheckedEvent(
        incidentId, QString::fromLatin1(eventkind::AccountsSelected),
        [&]() -> Result<QJsonObject> {
            Result<QList<KeyAccount>> top = m_accounts.proposeTop(count);
            if (!top)
                return top.error();
            QList<qint64> ids;
            for (const KeyAccount &a : top.value())
                ids.append(a.id);
            return selectionPayload(ids);
        },
        author);
}

Result<qint64> OutreachStore::selectAccounts(qint64 incidentId, const QList<qint64> &accountIds,
                                             const QString &author)
{
    return m_incidents.appendCheckedEvent(
        incidentId, QString::fromLatin1(eventkind::AccountsSelected),
        [&]() { return selectionPayload(accountIds); }, author);
}

Result<qint64> OutreachStore::recordCall(qint64 incidentId, const CallRecord &call,
                                         const QString &author)
{
    const QString note = call.note.trimmed();
    if (inputlimits::characters(note) > MaxNoteLength)
        return Error::invalid(QStringLiteral("note"),
                              Text::tr("A note is limited to %1 characters; this one has %2.")
                                  .arg(MaxNoteLength)
                                  .arg(inputlimits::characters(note)));
    if (!call.channel && call.status != CallStatus::NotStarted)
        return Error::invalid(
            QStringLiteral("channel"),
            Text::tr(
                "Say how the customer was contacted: phone or slack (the playbook's channels)."));
    return m_incidents.appendCheckedEvent(
        incidentId, QString::fromLatin1(eventkind::CallAttempt),
        [&]() -> Result<QJsonObject> {
            Result<QList<TimelineEvent>> events = m_incidents.timeline(incidentId);
            if (!events)
                return events.error();
            for (const AccountOutreach &a : outreach::accounts(events.value())) {
                if (a.accountId != call.accountId)
                    continue;
                if (Result<void> fresh = revision::check(
                        call.basedOn,
                        revision::latest(events.value(), revision::call(call.accountId)),
                        callstatus::displayName(a.status));
                    !fresh)
                    return fresh.error();
                if (call.channel) {
                    Result<KeyAccount> account = m_accounts.account(a.accountId);
                    if (!account)
                        return account.error();
                    const QString channel = outreachchannel::id(*call.channel);
                    if (!channelsOf(*account).contains(channel))
                        return Error::invalid(
                            QStringLiteral("channel"),
                            Text::tr(
                                "%1 has no %2 contact on the key-account list; record the call on "
                                "the channel you used (%3), or add the contact to the list first.")
                                .arg(account->name, outreachchannel::displayName(*call.channel),
                                     channelsOf(*account).join(QStringLiteral(", "))));
                }
                return QJsonObject{{QStringLiteral("account_id"), a.accountId},
                                   {QStringLiteral("account_name"), a.accountName},
                                   {QStringLiteral("status"), callstatus::id(call.status)},
                                   {QStringLiteral("channel"),
                                    call.channel ? outreachchannel::id(*call.channel) : QString()},
                                   {QStringLiteral("note"), note}};
            }
            return Error::invalid(
                QStringLiteral("account"),
                Text::tr("Account %1 is not selected for outreach on incident %2; select it first.")
                    .arg(call.accountId)
                    .arg(incidentId));
        },
        author);
}

Result<QList<AccountOutreach>> OutreachStore::accounts(qint64 incidentId) const
{
    Result<QList<TimelineEvent>> events = m_incidents.timeline(incidentId);
    if (!events)
        return events.error();
    return outreach::accounts(events.value());
}

Result<CallProgress> OutreachStore::progress(qint64 incidentId) const
{
    Result<QList<AccountOutreach>> selected = accounts(incidentId);
    if (!selected)
        return selected.error();
    return outreach::progress(selected.value());
}

} // namespace warroom
