#include "core/roles/roles.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom {
namespace role {
namespace {

constexpr EnumTable<EnumRow<Role>, 8> kRoles{{{
    {Role::OnCall, "on-call", QT_TRANSLATE_NOOP("warroom::Role", "On-call engineer")},
    {Role::IncidentCommander, "incident-commander",
     QT_TRANSLATE_NOOP("warroom::Role", "Incident commander")},
    {Role::CustomerSuccess, "customer-success",
     QT_TRANSLATE_NOOP("warroom::Role", "Customer success")},
    {Role::Support, "support", QT_TRANSLATE_NOOP("warroom::Role", "Support")},
    {Role::ProductOwner, "product-owner", QT_TRANSLATE_NOOP("warroom::Role", "Product owner")},
    {Role::Legal, "legal", QT_TRANSLATE_NOOP("warroom::Role", "Legal")},
    {Role::VpEngineering, "vp-engineering", QT_TRANSLATE_NOOP("warroom::Role", "VP Engineering")},
    {Role::Ceo, "ceo", QT_TRANSLATE_NOOP("warroom::Role", "CEO")},
}}};

} // namespace

WARROOM_ENUM_FUNCTIONS(Role, kRoles, "warroom::Role")

bool allowsSeveralHolders(Role r)
{
    return r == Role::CustomerSuccess;
}

QString holderPhrase(Role r)
{
    // Whole phrases, so that a translation can give each its own article and case.
    switch (r) {
    case Role::OnCall:
        return QCoreApplication::translate("warroom::Role", "the On-call engineer");
    case Role::IncidentCommander:
        return QCoreApplication::translate("warroom::Role", "the incident commander");
    case Role::CustomerSuccess:
        return QCoreApplication::translate("warroom::Role", "customer success");
    case Role::Support:
        return QCoreApplication::translate("warroom::Role", "support");
    case Role::ProductOwner:
        return QCoreApplication::translate("warroom::Role", "the product owner");
    case Role::Legal:
        return QCoreApplication::translate("warroom::Role", "legal");
    case Role::VpEngineering:
        return QCoreApplication::translate("warroom::Role", "the VP Engineering");
    case Role::Ceo:
        return QCoreApplication::translate("warroom::Role", "the CEO");
    }
    Q_UNREACHABLE();
}

} // namespace role

namespace {

bool samePerson(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

QList<RoleAssignment> currentRoleAssignments(const QList<TimelineEvent> &events)
{
    QList<RoleAssignment> current;
    for (const TimelineEvent &event : events) {
        const auto r = role::fromId(event.payload.value(QLatin1String("role")).toString());
        if (!r)
            continue;
        const QString person = event.payload.value(QLatin1String("person")).toString();
        const auto matches = [&](const RoleAssignment &a) {
            return a.role == *r && samePerson(a.person, person);
        };

        if (event.kind == QLatin1String(eventkind::RoleAssigned)) {
            if (!role::allowsSeveralHolders(*r))
                current.removeIf([&](const RoleAssignment &a) { return a.role == *r; });
            else
                current.removeIf(matches);
            current.append(RoleAssignment{*r, person, event.at, event.author, std::nullopt,
                                          event.payload.value(QLatin1String("override")).toBool()});
        } else if (event.kind == QLatin1String(eventkind::RoleUnassigned)) {
            current.removeIf(matches);
        } else if (event.kind == QLatin1String(eventkind::RoleAcknowledged)) {
            for (RoleAssignment &a : current) {
                if (matches(a) && !a.acknowledgedAt)
                    a.acknowledgedAt = event.at;
            }
        }
    }
    return current;
}

bool holdsRole(const QList<RoleAssignment> &assignments, Role r, const QString &person)
{
    for (const RoleAssignment &a : assignments) {
        if (a.role == r && samePerson(a.person, person))
            return true;
    }
    return false;
}

} // namespace warroom
