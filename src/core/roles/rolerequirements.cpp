#include "core/roles/rolerequirements.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace warroom::rolerequirements {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::RoleRequirements)
};

QString icReason(const IncidentFields &f, const Playbook &playbook)
{
    if (f.affectedUsersPct > playbook.icUsersPctAbove)
        return Text::tr("More than %1% of users affected (%2%)")
            .arg(QLocale().toString(playbook.icUsersPctAbove, 'g', 4),
                 QLocale().toString(f.affectedUsersPct, 'g', 4));
    return Text::tr("More than %1 enterprise customer(s) affected (%2)")
        .arg(playbook.icEnterpriseAbove)
        .arg(f.enterpriseAffected);
}

// Whether the obligation, completed by assigning roles, asks for them on this incident now.
bool asksForRoles(const Playbook &playbook, const ObligationDef &def, const Incident &incident,
                  const QDateTime &nowUtc)
{
    if (def.doneWhen.roles.isEmpty() || def.mandatoryOnIcThreshold)
        return false; // the IC engagement rule is the thresholds, applied above
    if (!playbook::appliesToCategory(playbook, def, incident.fields.category))
        return false;
    if (!def.onlyIfUnresolvedAtDue)
        return true;
    if (!def.due || def.due->from != DueAnchor::Detected)
        return false;
    const QDateTime due = incident.fields.detectedAt.addSecs(def.due->minutes * 60);
    return unresolvedAfter(incident, due, nowUtc);
}

} // namespace

bool needsIncidentCommander(const IncidentFields &fields, const Playbook &playbook)
{
    return fields.affectedUsersPct > playbook.icUsersPctAbove ||
           fields.enterpriseAffected > playbook.icEnterpriseAbove;
}

bool unresolvedAfter(const Incident &incident, const QDateTime &deadline, const QDateTime &nowUtc)
{
    if (incident.isActive() && nowUtc > deadline)
        return true;
    // A restored incident still needed it if it stayed unresolved past the deadline.
    for (const StatusChange &change : incident.statusHistory) {
        if (!incidentstatus::isActive(change.to) && change.at > deadline)
            return true;
    }
    return false;
}

QList<RoleNeed> neededRoles(const Playbook &playbook, const Incident &incident,
                            const QDateTime &nowUtc)
{
    QMap<Role, QString> reasons;
    reasons.insert(Role::OnCall, Text::tr("First responder on every incident"));
    if (needsIncidentCommander(incident.fields, playbook)) {
        const QString reason = icReason(incident.fields, playbook);
        for (Role r :
             {Role::IncidentCommander, Role::CustomerSuccess, Role::Support, Role::ProductOwner})
            reasons.insert(r, reason);
    }
    for (const ObligationDef &def : playbook.obligations) {
        if (!asksForRoles(playbook, def, incident, nowUtc))
            continue;
        for (Role r : def.doneWhen.roles) {
            if (!reasons.contains(r))
                reasons.insert(r, def.title);
        }
    }
    QList<RoleNeed> needs;
    for (Role r : role::all()) {
        if (reasons.contains(r))
            needs.append({r, reasons.value(r)});
    }
    return needs;
}

} // namespace warroom::rolerequirements
