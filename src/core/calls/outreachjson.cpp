#include "core/calls/outreachjson.h"

#include "core/base/utctime.h"

namespace warroom::outreachjson {

QJsonArray roles(const QList<RoleAssignment> &assignments, const QList<RoleNeed> &needs)
{
    QJsonArray result;
    for (Role r : role::all()) {
        QJsonValue because = QJsonValue::Null;
        for (const RoleNeed &need : needs) {
            if (need.role == r)
                because = need.reason;
        }
        QJsonArray holders;
        for (const RoleAssignment &a : assignments) {
            if (a.role != r)
                continue;
            holders.append(QJsonObject{
                {QStringLiteral("person"), a.person},
                {QStringLiteral("assigned_at"), utctime::toIso(a.assignedAt)},
                {QStringLiteral("assigned_by"), a.assignedBy},
                {QStringLiteral("override"), a.overridden},
                {QStringLiteral("acknowledged_at"),
                 a.acknowledgedAt ? QJsonValue(utctime::toIso(*a.acknowledgedAt))
                                  : QJsonValue(QJsonValue::Null)},
            });
        }
        result.append(QJsonObject{
            {QStringLiteral("role"), role::id(r)},
            {QStringLiteral("role_name"), role::displayName(r)},
            {QStringLiteral("needed"), !because.isNull()},
            {QStringLiteral("needed_because"), because},
            {QStringLiteral("holders"), holders},
        });
    }
    return result;
}

QJsonObject progress(const CallProgress &p)
{
    return QJsonObject{
        {QStringLiteral("total"), p.total},
        {QStringLiteral("closed_out"), p.closedOut},
        {QStringLiteral("reached"), p.reached},
        {QStringLiteral("open"), p.open},
        {QStringLiteral("not_started"), p.notStarted},
        {QStringLiteral("done"), p.outreachDone()},
        {QStringLiteral("text"), outreach::describe(p)},
    };
}

QJsonObject outreach(const QList<AccountOutreach> &accounts,
                     const QHash<qint64, KeyAccount> &directory)
{
    QJsonArray list;
    for (const AccountOutreach &a : accounts) {
        const KeyAccount known = directory.value(a.accountId);
        QJsonArray contacts;
        for (const AccountContact &c : known.contacts)
            contacts.append(QJsonObject{{QStringLiteral("name"), c.name},
                                        {QStringLiteral("phone"), c.phone},
                                        {QStringLiteral("slack"), c.slack},
                                        {QStringLiteral("email"), c.email}});
        QJsonArray attempts;
        for (const CallAttempt &attempt : a.attempts)
            attempts.append(QJsonObject{{QStringLiteral("at"), utctime::toIso(attempt.at)},
                                        {QStringLiteral("by"), attempt.author},
                                        {QStringLiteral("status"), callstatus::id(attempt.status)},
                                        {QStringLiteral("channel"), attempt.channel},
                                        {QStringLiteral("note"), attempt.note}});
        list.append(QJsonObject{
            {QStringLiteral("id"), a.accountId},
            {QStringLiteral("name"), a.accountName},
            {QStringLiteral("tier"), known.id ? accounttier::id(known.tier) : QString()},
            {QStringLiteral("csm"), known.csm},
            {QStringLiteral("status"), callstatus::id(a.status)},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("attempts"), attempts},
        });
    }
    return QJsonObject{{QStringLiteral("accounts"), list},
                       {QStringLiteral("progress"), progress(outreach::progress(accounts))}};
}

} // namespace warroom::outreachjson
