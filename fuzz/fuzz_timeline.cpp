// The timeline payloads: JSON that storage reads back from timeline_events.payload and that the
// replays of core take apart (role holders, key-account outreach, the playbook's evidence, the
// final account, the words of each event). A payload written by a newer War Room, by a script or
// damaged on disk must be skipped or described, never crash the board.
//
// Input: {"incident": {"category", "severity", "affected_users_pct", "enterprise_affected",
// "detected_at" (ms), "status_history": [{"to", "at"}]}, "events": [{"kind", "at" (ms),
// "author", "payload"}]}.
#include "core/calls/outreach.h"
#include "core/incident/incidentjson.h"
#include "core/incident/timelineevent.h"
#include "core/playbook/finalaccount.h"
#include "core/playbook/playbook.h"
#include "core/playbook/playbookengine.h"
#include "core/playbook/playbookfacts.h"
#include "core/roles/rolerequirements.h"
#include "core/roles/roles.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace warroom;

namespace {

QDateTime msecs(const QJsonValue &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Playbook playbook = *playbook::builtIn();

    const QJsonObject root = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    const QJsonObject in = root.value(QStringLiteral("incident")).toObject();
    Incident incident;
    incident.id = 1;
    incident.fields.title = QStringLiteral("Fuzzed");
    incident.fields.category = category::fromId(in.value(QStringLiteral("category")).toString())
                                   .value_or(Category::Outage);
    incident.fields.severity =
        severity::fromId(in.value(QStringLiteral("severity")).toString()).value_or(Severity::Sev2);
    incident.fields.affectedUsersPct = in.value(QStringLiteral("affected_users_pct")).toDouble();
    incident.fields.enterpriseAffected = in.value(QStringLiteral("enterprise_affected")).toInt();
    incident.fields.detectedAt = msecs(in.value(QStringLiteral("detected_at")));
    incident.declaredAt = incident.fields.detectedAt;
    incident.declaredBy = QStringLiteral("fuzz");
    incident.statusHistory.append({IncidentStatus::Investigating, IncidentStatus::Investigating,
                                   incident.declaredAt, QStringLiteral("fuzz")});
    for (const QJsonValue &change : in.value(QStringLiteral("status_history")).toArray()) {
        const std::optional<IncidentStatus> to =
            incidentstatus::fromId(change[QStringLiteral("to")].toString());
        if (!to)
            continue;
        incident.statusHistory.append(
            {incident.status, *to, msecs(change[QStringLiteral("at")]), QStringLiteral("fuzz")});
        incident.status = *to;
    }
    incident.updatedAt = incident.statusHistory.constLast().at;

    QList<TimelineEvent> events;
    for (const QJsonValue &value : root.value(QStringLiteral("events")).toArray()) {
        TimelineEvent event;
        event.id = events.size() + 1;
        event.incidentId = incident.id;
        event.kind = value[QStringLiteral("kind")].toString();
        event.at = msecs(value[QStringLiteral("at")]);
        event.author = value[QStringLiteral("author")].toString();
        event.payload = value[QStringLiteral("payload")].toObject();
        events.append(event);
        (void)describeEvent(event);
    }

    const QDateTime now = incident.updatedAt.addSecs(3600);
    const QList<RoleAssignment> roles = currentRoleAssignments(events);
    (void)rolerequirements::neededRoles(playbook, incident, now);
    const QList<AccountOutreach> accounts = outreach::accounts(events);
    (void)outreach::describe(outreach::progress(accounts));
    for (const AccountOutreach &account : accounts)
        (void)outreach::openReason(account);
    (void)playbookengine::gatherFacts(incident, events);
    const QList<ObligationStatus> statuses =
        playbookengine::evaluateAt(playbook, incident, events, now);
    FUZZ_CHECK(statuses.size() == playbook.obligations.size());
    for (const ObligationStatus &status : statuses)
        (void)playbookengine::checkTick(status);
    if (const std::optional<FinalAccount> account =
            finalaccount::compute(statuses, incident.statusHistory))
        (void)finalaccount::summary(*account);
    (void)incidentjson::incident(incident, events);
    return 0;
}
