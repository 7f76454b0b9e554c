#include "core/calls/outreachevents.h"

#include "core/calls/callstatus.h"
#include "core/roles/roles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Timeline)
};

QString roleName(const QJsonObject &p)
{
    const QString id = p.value(QLatin1String("role")).toString();
    const auto r = role::fromId(id);
    return r ? role::displayName(*r) : id;
}

} // namespace

std::optional<QString> describeRoleOrOutreachEvent(const TimelineEvent &event)
{
    const QJsonObject &p = event.payload;
    const QString person = p.value(QLatin1String("person")).toString();
    if (event.kind == QLatin1String(eventkind::RoleAssigned)) {
        if (p.value(QLatin1String("override")).toBool())
            return Text::tr("%1 assigned as %2 (override: not listed for the role)")
                .arg(person, roleName(p));
        return Text::tr("%1 assigned as %2").arg(person, roleName(p));
    }
    if (event.kind == QLatin1String(eventkind::RoleUnassigned))
        return Text::tr("%1 no longer %2").arg(person, roleName(p));
    if (event.kind == QLatin1String(eventkind::RoleAcknowledged))
        return Text::tr("%1 acknowledged %2: \"I have it\"").arg(person, roleName(p));
    if (event.kind == QLatin1String(eventkind::AccountsSelected)) {
        QStringList names;
        const QJsonArray accounts = p.value(QLatin1String("accounts")).toArray();
        for (const QJsonValue &a : accounts)
            names.append(a.toObject().value(QLatin1String("name")).toString());
        return Text::tr("Key accounts to call (%1): %2")
            .arg(names.size())
            .arg(names.join(QStringLiteral(", ")));
    }
    if (event.kind == QLatin1String(eventkind::CallAttempt)) {
        const auto status = callstatus::fromId(p.value(QLatin1String("status")).toString());
        const QString statusText =
            status ? callstatus::displayName(*status) : p.value(QLatin1String("status")).toString();
        const QString channel = p.value(QLatin1String("channel")).toString();
        const QString note = p.value(QLatin1String("note")).toString();
        QString text =
            channel.isEmpty()
                ? Text::tr("%1: %2").arg(p.value(QLatin1String("account_name")).toString(),
                                         statusText)
                : Text::tr("%1: %2 (%3)")
                      .arg(p.value(QLatin1String("account_name")).toString(), statusText, channel);
        if (!note.isEmpty())
            text += QStringLiteral(" — ") + note;
        return text;
    }
    return std::nullopt;
}

} // namespace warroom
