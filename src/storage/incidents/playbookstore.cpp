#include "storage/incidents/playbookstore.h"

#include "core/base/inputlimits.h"
#include "core/incident/revision.h"
#include "core/incident/timelineevent.h"
#include "core/playbook/playbookengine.h"
#include "storage/comms/outboxstore.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::PlaybookStore)
};

// "the On-call engineer (Omar Haddad)", "the incident commander (nobody yet)".
QString holderText(const QList<RoleAssignment> &roles, Role r)
{
    QStringList names;
    for (const RoleAssignment &a : roles) {
        if (a.role == r)
            names.append(a.person);
    }
    return QStringLiteral("%1 (%2)").arg(role::holderPhrase(r),
                                         names.isEmpty() ? Text::tr("nobody holds it yet")
                                                         : names.join(QStringLiteral(", ")));
}

// Why the person may not tick the obligation; empty when they may.
QString tickRefusal(const ObligationStatus &s, const QList<RoleAssignment> &roles,
                    const QString &person, bool waive)
{
    if (holdsRole(roles, s.owner, person) || holdsRole(roles, Role::IncidentCommander, person))
        return QString();
    const QString who =
        s.owner == Role::IncidentCommander
            ? holderText(roles, Role::IncidentCommander)
            : Text::tr("%1 or %2")
                  .arg(holderText(roles, s.owner), holderText(roles, Role::IncidentCommander));
    return (waive ? Text::tr("Only %1 may waive \"%2\"; you are \"%3\". Assign the role first if "
                             "it is yours.")
                  : Text::tr("Only %1 may tick done \"%2\"; you are \"%3\". Assign the role first "
                             "if it is yours."))
        .arg(who, s.title, person.trimmed());
}

} // namespace

Result<Incident> PlaybookStore::openIncident(qint64 incidentId) const
{
    Result<Incident> incident = m_incidents.incident(incidentId);
    if (incident && incident->status == IncidentStatus::Closed)
        return Error::invalid(
            QStringLiteral("status"),
            Text::tr("Incident %1 is closed: its obligations and syncs are final. "
                     "Add a note if something needs to be said.")
                .arg(incidentId));
    return incident;
}

PlaybookStore::PlaybookStore(IncidentStore &incidents, const Playbook &playbook)
    : m_incidents(incidents)
    , m_playbook(playbook)
{
    m_incidents.addStatusGuard(
        [this](const Incident &incident, IncidentStatus to, const QDateTime &now) -> Result<void> {
            if (to != IncidentStatus::Closed)
                return {};
            return checkClose(incident, now);
        });
}

QStringList PlaybookStore::closeBlockers(const QList<ObligationStatus> &obligations,
                                         const QDateTime &now) const
{
    QStringList open;
    for (const ObligationStatus &s : obligations) {
        if (s.recurring || s.isSettled())
            continue;
        QString when;
        if (s.state == ObligationState::Overdue)
            when =
                Text::tr("overdue %1").arg(obligationstate::durationText(-s.msecsLeft(now) / 1000));
        else if (s.dueAt.isValid())
            when = Text::tr("due in %1").arg(obligationstate::countdownText(s.msecsLeft(now)));
        else
            when = s.waitingFor;
        open.append(Text::tr("%1 (%2, %3)").arg(s.title, role::displayName(s.owner), when));
    }
    return open;
}

Result<void> PlaybookStore::checkClose(const Incident &current, const QDateTime &now) const
{
    // With its status history: the deadlines after restoration count from it.
    Result<Incident> incident = m_incidents.incident(current.id);
    if (!incident)
        return incident.error();
    Result<QList<TimelineEvent>> events = m_incidents.timeline(current.id);
    if (!events)
        return events.error();
    const QStringList open =
        closeBlockers(playbookengine::evaluateAt(m_playbook, *incident, *events, now), now);
    if (open.isEmpty())
        return {};
    return Error::invalid(
        QStringLiteral("status"),
        Text::tr("Cannot close incident %1: %2 still open: %3. Complete each, or waive it with the "
                 "reason; then close.")
            .arg(current.id)
            .arg(open.size() == 1 ? Text::tr("1 obligation")
                                  : Text::tr("%1 obligations").arg(open.size()))
            .arg(open.join(QStringLiteral("; "))));
}

Result<qint64> PlaybookStore::declare(const IncidentFields &fields, const QStringList &triggerIds,
                                      const QString &author)
{
    if (Result<void> known = playbook::checkTriggerIds(m_playbook, triggerIds); !known)
        return known.error();
    Database &database = m_incidents.database();
    return m_incidents.declare(fields, author, [&](qint64 id) -> Result<QJsonObject> {
        for (const QString &trigger : triggerIds) {
            Result<QSqlQuery> inserted = database.exec(
                QStringLiteral(
                    "INSERT INTO incident_triggers (incident_id, trigger_id) VALUES (?, ?)"),
                {id, trigger});
            if (!inserted)
                return inserted.error();
        }
        if (triggerIds.isEmpty())
            return QJsonObject();
        return QJsonObject{{QStringLiteral("triggers"), QJsonArray::fromStringList(triggerIds)}};
    });
}

Result<QStringList> PlaybookStore::triggers(qint64 incidentId) const
{
    if (Result<Incident> exists = m_incidents.incident(incidentId); !exists)
        return exists.error();
    Result<QSqlQuery> q = m_incidents.database().exec(
        QStringLiteral(
            "SELECT trigger_id FROM incident_triggers WHERE incident_id = ? ORDER BY trigger_id"),
        {incidentId});
    if (!q)
        return q.error();
    QStringList stored;
    while (q.value().next())
        stored.append(q.value().value(0).toString());
    QStringList ordered;
    for (const TriggerDef &trigger : m_playbook.triggers) {
        if (stored.removeAll(trigger.id) > 0)
            ordered.append(trigger.id);
    }
    return ordered + stored;
}

Result<qint64> PlaybookStore::tick(qint64 incidentId, const QString &obligationId, bool waive,
                                   const QString &text, const QString &author,
                                   std::optional<qint64> basedOn)
{
    const QString trimmed = text.trimmed();
    if (inputlimits::characters(trimmed) > IncidentStore::MaxNoteLength)
        return Error::invalid(waive ? QStringLiteral("reason") : QStringLiteral("note"),
                              Text::tr("The text is limited to %1 characters; this one has %2.")
                                  .arg(IncidentStore::MaxNoteLength)
                                  .arg(inputlimits::characters(trimmed)));
    const auto *definition = m_playbook.obligation(obligationId);
    if (!definition)
        return Error::invalid(
            QStringLiteral("obligation"),
            Text::tr("\"%1\" is not an obligation of the playbook %2; use one of: %3.")
                .arg(obligationId, m_playbook.source, m_playbook.obligationIds()));
    if (waive && trimmed.isEmpty())
        return Error::invalid(
            QStringLiteral("reason"),
            Text::tr("Waiving \"%1\" needs a reason: say why it is not being done.")
                .arg(definition->title));
    // Checked inside the write transaction, so the roles and the obligation's state cannot change
    // between the check and the tick.
    QString refused;
    QString title;
    const QString kind =
        QString::fromLatin1(waive ? eventkind::ObligationWaived : eventkind::ObligationDone);
    Result<qint64> ticked = m_incidents.appendCheckedEvent(
        incidentId, kind,
        [&]() -> Result<QJsonObject> {
            Result<Incident> incident = openIncident(incidentId);
            if (!incident)
                return incident.error();
            Result<QList<TimelineEvent>> events = m_incidents.timeline(incidentId);
            if (!events)
                return events.error();
            const QList<ObligationStatus> all = playbookengine::evaluateAt(
                m_playbook, *incident, *events, m_incidents.clock().nowUtc());
            const auto status =
                std::find_if(all.begin(), all.end(),
                             [&](const ObligationStatus &s) { return s.id == obligationId; });
            Q_ASSERT(status != all.end());
            title = status->title;
            if (Result<void> fresh = revision::check(
                    basedOn, revision::latest(*events, revision::obligation(obligationId)),
                    obligationstate::displayName(status->state));
                !fresh)
                return fresh.error();
            if (Result<void> allowed = playbookengine::checkTick(*status, waive); !allowed)
                return allowed.error();
            refused = tickRefusal(*status, currentRoleAssignments(*events), author, waive);
            if (!refused.isEmpty())
                return Error::invalid(QStringLiteral("person"), refused);
            QJsonObject payload{{QStringLiteral("obligation"), obligationId},
                                {QStringLiteral("title"), status->title}};
            if (!trimmed.isEmpty())
                payload.insert(waive ? QStringLiteral("reason") : QStringLiteral("note"), trimmed);
            return payload;
        },
        author);
    if (ticked || refused.isEmpty())
        return ticked;
    // The refusal itself goes on the record: who tried to tick what, and why it was refused.
    const QJsonObject attempt{
        {QStringLiteral("obligation"), obligationId},
        {QStringLiteral("title"), title},
        {QStringLiteral("action"), waive ? QStringLiteral("waive") : QStringLiteral("done")},
        {QStringLiteral("reason"), refused}};
    if (Result<qint64> recorded = m_incidents.appendEvent(
            incidentId, QString::fromLatin1(eventkind::ObligationTickRefused), attempt, author);
        !recorded)
        return recorded.error();
    return ticked;
}

Result<qint64> PlaybookStore::markDone(qint64 incidentId, const QString &obligationId,
                                       const QString &note, const QString &author,
                                       std::optional<qint64> basedOn)
{
    return tick(incidentId, obligationId, false, note, author, basedOn);
}

Result<qint64> PlaybookStore::waive(qint64 incidentId, const QString &obligationId,
                                    const QString &reason, const QString &author,
                                    std::optional<qint64> basedOn)
{
    return tick(incidentId, obligationId, true, reason, author, basedOn);
}

Result<qint64> PlaybookStore::postSync(qint64 incidentId, const QString &text,
                                       const QString &author,
                                       const QSet<Destination> &deliverableHere)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(
            QStringLiteral("sync"),
            Text::tr("A sync must say something; \"no new progress\" is a valid sync."));
    if (inputlimits::characters(trimmed) > IncidentStore::MaxNoteLength)
        return Error::invalid(QStringLiteral("sync"),
                              Text::tr("A sync is limited to %1 characters; this one has %2.")
                                  .arg(IncidentStore::MaxNoteLength)
                                  .arg(inputlimits::characters(trimmed)));
    // Syncs go to the incident channel only; the other destinations are for announcements.
    QList<Destination> destinations;
    if (deliverableHere.contains(Destination::Slack))
        destinations.append(Destination::Slack);
    QJsonArray queuedFor;
    for (Destination d : std::as_const(destinations))
        queuedFor.append(destination::id(d));
    const auto record = [&]() {
        return m_incidents.appendCheckedEvent(
            incidentId, QString::fromLatin1(eventkind::SyncPosted),
            [&]() -> Result<QJsonObject> {
                if (Result<Incident> incident = openIncident(incidentId); !incident)
                    return incident.error();
                return QJsonObject{{QStringLiteral("text"), trimmed},
                                   {QStringLiteral("queued_for"), queuedFor}};
            },
            author);
    };
    // Recorded here only: the event's own transaction, announced as soon as it commits.
    if (destinations.isEmpty())
        return record();
    qint64 eventId = 0;
    Database &database = m_incidents.database();
    // The event and its outbox row are written together or not at all. (The event is announced
    // inside this transaction, so views read it once control is back in the event loop.)
    Result<void> written = database.inWriteTransaction([&]() -> Result<void> {
        Result<qint64> posted = record();
        if (!posted)
            return posted.error();
        eventId = *posted;
        for (Destination d : std::as_const(destinations)) {
            Result<QString> queued = OutboxStore::insertSyncRow(database, eventId, incidentId, d,
                                                                m_incidents.clock().nowUtc());
            if (!queued)
                return queued.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    return eventId;
}

Result<QList<ObligationStatus>> PlaybookStore::obligations(qint64 incidentId,
                                                           const QDateTime &now) const
{
    Result<Incident> incident = m_incidents.incident(incidentId);
    if (!incident)
        return incident.error();
    Result<QList<TimelineEvent>> events = m_incidents.timeline(incidentId);
    if (!events)
        return events.error();
    return playbookengine::evaluateAt(m_playbook, *incident, *events, now);
}

} // namespace warroom
