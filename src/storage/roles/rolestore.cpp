#include "storage/roles/rolestore.h"

#include "core/base/inputlimits.h"
#include "core/incident/revision.h"
#include "core/roles/person.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/peoplestore.h"

#include <QCoreApplication>
#include <QStringList>

static_assert(warroom::RoleStore::MaxPersonLength == warroom::inputlimits::MaxPersonNameLength,
              "a person's name has one limit everywhere");

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::RoleStore)
};

Result<QString> checkedName(const QString &person)
{
    const QString name = person.simplified();
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("person"),
                              Text::tr("Say who: the person must not be empty."));
    if (inputlimits::characters(name) > RoleStore::MaxPersonLength)
        return Error::invalid(
            QStringLiteral("person"),
            Text::tr("A name is limited to %1 characters.").arg(RoleStore::MaxPersonLength));
    return name;
}

QStringList holders(const QList<RoleAssignment> &assignments, Role r)
{
    QStringList names;
    for (const RoleAssignment &a : assignments) {
        if (a.role == r)
            names.append(a.person);
    }
    return names;
}

QJsonObject rolePayload(Role r, const QString &person)
{
    return QJsonObject{{QStringLiteral("role"), role::id(r)}, {QStringLiteral("person"), person}};
}

// The role's revision check against the events read inside the write transaction.
Result<void> checkRoleRevision(const QList<TimelineEvent> &events, Role r,
                               std::optional<qint64> basedOn)
{
    if (!basedOn)
        return {};
    return revision::check(basedOn, revision::latest(events, revision::role(role::id(r))),
                           RoleStore::holdersText(currentRoleAssignments(events), r));
}

} // namespace

QString RoleStore::holdersText(const QList<RoleAssignment> &assignments, Role r)
{
    QStringList names;
    for (const RoleAssignment &a : assignments) {
        if (a.role == r)
            names.append(a.acknowledgedAt ? Text::tr("%1 (acknowledged)").arg(a.person)
                                          : Text::tr("%1 (not acknowledged)").arg(a.person));
    }
    return names.isEmpty() ? Text::tr("nobody holds it") : names.join(QStringLiteral(", "));
}

Result<QList<RoleAssignment>> RoleStore::current(qint64 incidentId, Role r,
                                                 std::optional<qint64> basedOn) const
{
    Result<QList<TimelineEvent>> events = m_incidents.timeline(incidentId);
    if (!events)
        return events.error();
    if (Result<void> fresh = checkRoleRevision(events.value(), r, basedOn); !fresh)
        return fresh.error();
    return currentRoleAssignments(events.value());
}

RoleStore::RoleStore(IncidentStore &incidents, PeopleStore &people, const Playbook &playbook)
    : m_incidents(incidents)
    , m_people(people)
    , m_playbook(playbook)
{
}

Result<QList<RoleAssignment>> RoleStore::assignments(qint64 incidentId) const
{
    Result<QList<TimelineEvent>> events = m_incidents.timeline(incidentId);
    if (!events)
        return events.error();
    return currentRoleAssignments(events.value());
}

Result<QList<RoleNeed>> RoleStore::neededRoles(qint64 incidentId) const
{
    Result<Incident> incident = m_incidents.incident(incidentId);
    if (!incident)
        return incident.error();
    return neededRoles(incident.value());
}

QList<RoleNeed> RoleStore::neededRoles(const Incident &incident) const
{
    return rolerequirements::neededRoles(m_playbook, incident, m_incidents.clock().nowUtc());
}

Result<qint64> RoleStore::assign(qint64 incidentId, Role r, const QString &person, bool override,
                                 const QString &author, std::optional<qint64> basedOn)
{
    Result<QString> name = checkedName(person);
    if (!name)
        return name.error();
    return m_incidents.appendCheckedEvent(
        incidentId, QString::fromLatin1(eventkind::RoleAssigned),
        [&]() -> Result<QJsonObject> {
            Result<QList<RoleAssignment>> current = this->current(incidentId, r, basedOn);
            if (!current)
                return current.error();
            Result<std::optional<Person>> listed = m_people.findByName(name.value());
            if (!listed)
                return listed.error();
            // The directory's spelling, so the board and "my accounts" match the same person.
            const QString who = listed.value() ? listed.value()->name : name.value();
            const bool needsOverride = !listed.value() || !listed.value()->canHold(r);
            if (needsOverride && !override) {
                if (!listed.value())
                    return Error::invalid(
                        QStringLiteral("override"),
                        Text::tr(
                            "%1 is not in the people directory. Add them there with the %2 role, "
                            "or assign with an override (it is recorded).")
                            .arg(who, role::id(r)));
                const QString canHold = person::rolesText(listed.value()->roles);
                return Error::invalid(
                    QStringLiteral("override"),
                    Text::tr("%1 is not listed for the %2 role (listed for: %3). Assign with an "
                             "override to do it anyway; the override is recorded.")
                        .arg(who, role::id(r), canHold.isEmpty() ? Text::tr("no roles") : canHold));
            }
            if (holdsRole(current.value(), r, who))
                return Error::invalid(QStringLiteral("person"),
                                      Text::tr("%1 already holds the %2 role on incident %3.")
                                          .arg(who, role::id(r))
                                          .arg(incidentId));
            QJsonObject payload = rolePayload(r, who);
            payload.insert(QStringLiteral("override"), needsOverride);
            return payload;
        },
        author);
}

Result<qint64> RoleStore::unassign(qint64 incidentId, Role r, const QString &person,
                                   const QString &author, std::optional<qint64> basedOn)
{
    Result<QString> name = checkedName(person);
    if (!name)
        return name.error();
    return m_incidents.appendCheckedEvent(
        incidentId, QString::fromLatin1(eventkind::RoleUnassigned),
        [&]() -> Result<QJsonObject> {
            Result<QList<RoleAssignment>> current = this->current(incidentId, r, basedOn);
            if (!current)
                return current.error();
            for (const RoleAssignment &a : current.value()) {
                if (a.role == r && holdsRole({a}, r, name.value()))
                    return rolePayload(r, a.person);
            }
            return Error::invalid(QStringLiteral("person"),
                                  Text::tr("%1 does not hold the %2 role on incident %3.")
                                      .arg(name.value(), role::id(r))
                                      .arg(incidentId));
        },
        author);
}

Result<qint64> RoleStore::acknowledge(qint64 incidentId, Role r, const QString &person,
                                      const QString &author, std::optional<qint64> basedOn)
{
    return m_incidents.appendCheckedEvent(
        incidentId, QString::fromLatin1(eventkind::RoleAcknowledged),
        [&]() -> Result<QJsonObject> {
            Result<QList<RoleAssignment>> current = this->current(incidentId, r, basedOn);
            if (!current)
                return current.error();
            const QStringList names = holders(current.value(), r);
            if (names.isEmpty())
                return Error::invalid(QStringLiteral("role"),
                                      Text::tr("No one holds the %1 role on incident %2; assign it "
                                               "first.")
                                          .arg(role::id(r))
                                          .arg(incidentId));
            if (person.simplified().isEmpty() && names.size() > 1)
                return Error::invalid(
                    QStringLiteral("person"),
                    Text::tr("Several people hold the %1 role (%2); say who acknowledges.")
                        .arg(role::id(r), names.join(QStringLiteral(", "))));
            const QString who =
                person.simplified().isEmpty() ? names.constFirst() : person.simplified();
            for (const RoleAssignment &a : current.value()) {
                if (a.role != r || !holdsRole({a}, r, who))
                    continue;
                if (a.acknowledgedAt)
                    return Error::invalid(
                        QStringLiteral("role"),
                        Text::tr("%1 already acknowledged the %2 role at %3 UTC.")
                            .arg(a.person, role::id(r),
                                 a.acknowledgedAt->toString(QStringLiteral("HH:mm"))));
                return rolePayload(r, a.person);
            }
            return Error::invalid(QStringLiteral("person"),
                                  Text::tr("%1 does not hold the %2 role on incident %3 (%4 does).")
                                      .arg(who, role::id(r))
                                      .arg(incidentId)
                                      .arg(names.join(QStringLiteral(", "))));
        },
        author);
}

} // namespace warroom
