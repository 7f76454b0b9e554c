#include "cli/rolescallssections.h"

#include "cli/clitext.h"
#include "cli/rolescallsstores.h"
#include "core/calls/outreachjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warroom::cli {

ShowSection rolesSection()
{
    return ShowSection{
        QStringLiteral("roles"),
        Text::tr("Roles"),
        [](CommandContext &context, qint64 incidentId) -> Result<QJsonValue> {
            RolesCallsStores stores(context);
            const Result<QList<RoleAssignment>> assignments = stores.roles.assignments(incidentId);
            if (!assignments)
                return assignments.error();
            const Result<QList<RoleNeed>> needs = stores.roles.neededRoles(incidentId);
            if (!needs)
                return needs.error();
            return QJsonValue(outreachjson::roles(*assignments, *needs));
        },
        [](const QJsonValue &value) {
            QStringList lines;
            for (const QJsonValue &entry : value.toArray()) {
                const QJsonObject r = entry.toObject();
                const QJsonArray holders = r.value(QLatin1String("holders")).toArray();
                const bool needed = r.value(QLatin1String("needed")).toBool();
                if (holders.isEmpty() && !needed)
                    continue;
                QStringList names;
                for (const QJsonValue &h : holders) {
                    const QJsonObject holder = h.toObject();
                    const QJsonValue ack = holder.value(QLatin1String("acknowledged_at"));
                    names.append(ack.isNull()
                                     ? Text::tr("%1 (not acknowledged)")
                                           .arg(holder.value(QLatin1String("person")).toString())
                                     : Text::tr("%1 (acknowledged %2)")
                                           .arg(holder.value(QLatin1String("person")).toString(),
                                                ack.toString()));
                }
                lines.append(
                    QStringLiteral("%1 %2")
                        .arg(r.value(QLatin1String("role_name")).toString() + QLatin1Char(':'), -22)
                        .arg(names.isEmpty()
                                 ? Text::tr("UNFILLED — needed: %1")
                                       .arg(r.value(QLatin1String("needed_because")).toString())
                                 : names.join(QStringLiteral(", "))));
            }
            return lines;
        },
        {},
        {},
    };
}

ShowSection outreachSection()
{
    return ShowSection{
        QStringLiteral("outreach"),
        Text::tr("Key-account outreach"),
        [](CommandContext &context, qint64 incidentId) -> Result<QJsonValue> {
            RolesCallsStores stores(context);
            const Result<QList<AccountOutreach>> selected = stores.outreach.accounts(incidentId);
            if (!selected)
                return selected.error();
            QHash<qint64, KeyAccount> directory;
            for (const AccountOutreach &a : *selected) {
                if (const Result<KeyAccount> known = stores.accounts.account(a.accountId); known)
                    directory.insert(a.accountId, *known);
            }
            return QJsonValue(outreachjson::outreach(*selected, directory));
        },
        [](const QJsonValue &value) {
            const QJsonObject o = value.toObject();
            QStringList lines{o.value(QLatin1String("progress"))
                                  .toObject()
                                  .value(QLatin1String("text"))
                                  .toString()};
            for (const QJsonValue &entry : o.value(QLatin1String("accounts")).toArray()) {
                const QJsonObject a = entry.toObject();
                const QJsonArray attempts = a.value(QLatin1String("attempts")).toArray();
                QString line =
                    QStringLiteral("%1 %2 %3")
                        .arg(a.value(QLatin1String("name")).toString(), -28)
                        .arg(a.value(QLatin1String("status")).toString(), -13)
                        .arg(Text::tr("CSM %1").arg(a.value(QLatin1String("csm")).toString()));
                lines.append(line);
                for (const QJsonValue &at : attempts) {
                    const QJsonObject attempt = at.toObject();
                    QString detail = QStringLiteral("    %1  %2 %3 (%4)")
                                         .arg(attempt.value(QLatin1String("at")).toString(),
                                              attempt.value(QLatin1String("by")).toString(),
                                              attempt.value(QLatin1String("status")).toString(),
                                              attempt.value(QLatin1String("channel")).toString());
                    if (const QString note = attempt.value(QLatin1String("note")).toString();
                        !note.isEmpty())
                        detail += QStringLiteral(": ") + note;
                    lines.append(detail);
                }
            }
            return lines;
        },
        {},
        {},
    };
}

} // namespace warroom::cli
