#include "core/rolerequirements.h"

#include <QCoreApplication>

namespace warroom::rolerequirements {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warroom::RoleRequirements", text);
}

} // namespace

bool needsIncidentCommander(const IncidentFields &fields)
{
    return fields.affectedUsersPct > IcUsersPctAbove ||
           fields.enterpriseAffected > IcEnterpriseAbove;
}

bool needsExecutiveEscalation(const Incident &incident, const QDateTime &nowUtc)
{
    const QDateTime deadline = incident.fields.detectedAt.addSecs(EscalationAfterSecs);
    if (incident.isActive() && nowUtc > deadline)
        return true;
    // A restored incident still needed the escalation if it stayed unresolved past the hour.
    for (const StatusChange &change : incident.statusHistory) {
        if (!incidentstatus::isActive(change.to) && change.at > deadline)
            return true;
    }
    return false;
}

QList<RoleNeed> neededRoles(const Incident &incident, const QDateTime &nowUtc)
{
    const IncidentFields &f = incident.fields;
    const bool ic = needsIncidentCommander(f);
    const QString icReason =
        f.affectedUsersPct > IcUsersPctAbove
            ? tr("More than 5% of users affected (%1%)").arg(f.affectedUsersPct)
            : tr("More than one enterprise customer affected (%1)").arg(f.enterpriseAffected);
    const bool legal = f.category == Category::DataLeak || f.category == Category::OutputErrorLoss;
    const bool escalate = needsExecutiveEscalation(incident, nowUtc);

    QList<RoleNeed> needs;
    for (Role r : role::all()) {
        switch (r) {
        case Role::OnCall:
            needs.append({r, tr("First responder on every incident")});
            break;
        case Role::IncidentCommander:
        case Role::CustomerSuccess:
        case Role::Support:
        case Role::ProductOwner:
            if (ic)
                needs.append({r, icReason});
            break;
        case Role::Legal:
            if (legal)
                needs.append(
                    {r, f.category == Category::DataLeak
                            ? tr("Customer data leak or compliance event")
                            : tr("Model output error causing customer loss (output liability)")});
            break;
        case Role::VpEngineering:
        case Role::Ceo:
            if (escalate)
                needs.append({r, tr("Unresolved more than an hour after detection")});
            break;
        }
    }
    return needs;
}

} // namespace warroom::rolerequirements
