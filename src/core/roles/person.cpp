#include "core/roles/person.h"

#include "core/base/inputlimits.h"
#include "core/roles/contacthandle.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

static_assert(warroom::person::MaxNameLength == warroom::inputlimits::MaxPersonNameLength,
              "a person's name has one limit everywhere");

namespace warroom::person {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Person)
};

QString field(const char *id)
{
    return QString::fromLatin1(id);
}

} // namespace

Person normalized(Person p)
{
    p.name = p.name.simplified();
    p.phone = p.phone.trimmed();
    p.slack = contacthandle::normalizedSlack(p.slack);
    p.email = p.email.trimmed();
    QList<Role> roles;
    for (Role r : role::all()) {
        if (p.roles.contains(r))
            roles.append(r);
    }
    p.roles = roles;
    return p;
}

QList<Error> validate(const Person &p)
{
    QList<Error> errors;
    const QString name = p.name.simplified();
    if (name.isEmpty())
        errors.append(Error::invalid(field(Name), Text::tr("A person needs a name.")));
    else if (inputlimits::characters(name) > MaxNameLength)
        errors.append(Error::invalid(
            field(Name), Text::tr("A name is limited to %1 characters; this one has %2.")
                             .arg(MaxNameLength)
                             .arg(inputlimits::characters(name))));
    if (const QString problem = contacthandle::phoneProblem(p.phone); !problem.isEmpty())
        errors.append(Error::invalid(field(Phone), problem));
    if (const QString problem = contacthandle::slackProblem(p.slack); !problem.isEmpty())
        errors.append(Error::invalid(field(Slack), problem));
    if (const QString problem = contacthandle::emailProblem(p.email); !problem.isEmpty())
        errors.append(Error::invalid(field(Email), problem));
    if (p.phone.trimmed().isEmpty() && p.slack.trimmed().isEmpty() && p.email.trimmed().isEmpty())
        errors.append(Error::invalid(
            field(Phone), Text::tr("%1 has no phone, Slack handle or email: give at least one "
                                   "way to reach them.")
                              .arg(name.isEmpty() ? Text::tr("The person") : name)));
    return errors;
}

Result<QList<Role>> parseRoles(const QString &text)
{
    QList<Role> roles;
    QStringList unknown;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QString id = part.trimmed().toLower();
        if (id.isEmpty())
            continue;
        if (const auto r = role::fromId(id)) {
            if (!roles.contains(*r))
                roles.append(*r);
        } else {
            unknown.append(part.trimmed());
        }
    }
    if (!unknown.isEmpty())
        return Error::invalid(
            field(Roles),
            Text::tr("Unknown role %1; the roles are %2 (separate several with \";\").")
                .arg(unknown.join(QStringLiteral(", ")), role::validIds()));
    std::sort(roles.begin(), roles.end());
    return roles;
}

QString rolesText(const QList<Role> &roles)
{
    QStringList ids;
    for (Role r : roles)
        ids.append(role::id(r));
    return ids.join(u';');
}

} // namespace warroom::person
