#include "storage/playbookstore.h"

#include "core/playbookengine.h"
#include "core/timelineevent.h"
#include "storage/database.h"
#include "storage/incidentstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace warroom {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warroom::PlaybookStore", text);
}

} // namespace

PlaybookStore::PlaybookStore(IncidentStore &incidents, const Playbook &playbook)
    : m_incidents(incidents)
    , m_playbook(playbook)
{
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

Result<ObligationStatus> PlaybookStore::currentStatus(qint64 incidentId,
                                                      const QString &obligationId) const
{
    if (!m_playbook.obligation(obligationId))
        return Error::invalid(
            QStringLiteral("obligation"),
            tr("\"%1\" is not an obligation of the playbook %2; use one of: %3.")
                .arg(obligationId, m_playbook.source, m_playbook.obligationIds()));
    Result<QList<ObligationStatus>> all = obligations(incidentId, m_incidents.clock().nowUtc());
    if (!all)
        return all.error();
    for (const ObligationStatus &s : all.value()) {
        if (s.id == obligationId)
            return s;
    }
    Q_UNREACHABLE();
}

Result<qint64> PlaybookStore::tick(qint64 incidentId, const QString &obligationId, bool waive,
                                   const QString &text, const QString &author)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > IncidentStore::MaxNoteLength)
        return Error::invalid(waive ? QStringLiteral("reason") : QStringLiteral("note"),
                              tr("The text is limited to %1 characters; this one has %2.")
                                  .arg(IncidentStore::MaxNoteLength)
                                  .arg(trimmed.size()));
    if (waive && trimmed.isEmpty())
        return Error::invalid(
            QStringLiteral("reason"),
            tr("Waiving \"%1\" needs a reason: say why it is not being done.").arg(obligationId));
    Result<ObligationStatus> status = currentStatus(incidentId, obligationId);
    if (!status)
        return status.error();
    if (Result<void> allowed = playbookengine::checkTick(*status); !allowed)
        return allowed.error();
    // Checked outside the write lock: two people ticking the same obligation at once both get
    // their event recorded, and the engine counts the first. Nothing is lost or contradicted.
    QJsonObject payload{{QStringLiteral("obligation"), obligationId},
                        {QStringLiteral("title"), status->title}};
    if (!trimmed.isEmpty())
        payload.insert(waive ? QStringLiteral("reason") : QStringLiteral("note"), trimmed);
    return m_incidents.appendEvent(
        incidentId,
        QString::fromLatin1(waive ? eventkind::ObligationWaived : eventkind::ObligationDone),
        payload, author);
}

Result<qint64> PlaybookStore::markDone(qint64 incidentId, const QString &obligationId,
                                       const QString &note, const QString &author)
{
    return tick(incidentId, obligationId, false, note, author);
}

Result<qint64> PlaybookStore::waive(qint64 incidentId, const QString &obligationId,
                                    const QString &reason, const QString &author)
{
    return tick(incidentId, obligationId, true, reason, author);
}

Result<qint64> PlaybookStore::postSync(qint64 incidentId, const QString &text,
                                       const QString &author)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(
            QStringLiteral("sync"),
            tr("A sync must say something; \"no new progress\" is a valid sync."));
    if (trimmed.size() > IncidentStore::MaxNoteLength)
        return Error::invalid(QStringLiteral("sync"),
                              tr("A sync is limited to %1 characters; this one has %2.")
                                  .arg(IncidentStore::MaxNoteLength)
                                  .arg(trimmed.size()));
    return m_incidents.appendEvent(incidentId, QString::fromLatin1(eventkind::SyncPosted),
                                   QJsonObject{{QStringLiteral("text"), trimmed}}, author);
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
