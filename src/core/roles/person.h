#pragma once

#include "core/base/result.h"
#include "core/roles/roles.h"

#include <QList>
#include <QString>

namespace warroom {

// Someone in the people directory: how to reach them and which playbook roles they can hold.
struct Person
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString slack; // stored as "@handle"
    QString email;
    QList<Role> roles; // in role::all() order, no duplicates

    bool canHold(Role r) const { return roles.contains(r); }
    bool operator==(const Person &) const = default;
};

namespace person {

// Field identifiers in errors, JSON and CSV columns.
inline constexpr auto Name = "name";
inline constexpr auto Phone = "phone";
inline constexpr auto Slack = "slack";
inline constexpr auto Email = "email";
inline constexpr auto Roles = "roles";

inline constexpr int MaxNameLength = 120;

// Whitespace collapsed in the name, Slack handle with its "@", roles sorted without duplicates.
Person normalized(Person p);
// All problems, in field order; empty when the person is valid. A person needs a name and at
// least one way to reach them.
QList<Error> validate(const Person &p);

// Role ids separated by ";" (the CSV and CLI form); unknown ids are reported, not dropped.
Result<QList<Role>> parseRoles(const QString &text);
QString rolesText(const QList<Role> &roles);

} // namespace person
} // namespace warroom
