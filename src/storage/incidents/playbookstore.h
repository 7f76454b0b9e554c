#pragma once

#include "core/base/result.h"
#include "core/comms/destination.h"
#include "core/incident/incident.h"
#include "core/playbook/obligation.h"
#include "core/playbook/playbook.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace warroom {

class IncidentStore;

// What people record against the playbook: the trigger conditions ticked when declaring, an
// obligation ticked done or waived, a progress sync posted. Each is checked against the loaded
// playbook and the incident's current state first, and lands on the timeline through the
// IncidentStore, whose signals keep every view current.
class PlaybookStore final
{
public:
    PlaybookStore(IncidentStore &incidents, const Playbook &playbook);
    Q_DISABLE_COPY_MOVE(PlaybookStore)

    const Playbook &playbook() const { return m_playbook; }

    // Declares the incident and stores the ticked trigger conditions in the same transaction;
    // the "declared" event lists them under "triggers". Unknown or repeated ids are refused.
    Result<qint64> declare(const IncidentFields &fields, const QStringList &triggerIds,
                           const QString &author);
    // The trigger conditions ticked at declaration, in playbook order (ids the playbook no longer
    // knows come last).
    Result<QStringList> triggers(qint64 incidentId) const;

    // Ticking done and waiving are for the holder of the obligation's owner role or the incident
    // commander; anyone else is refused with a message naming who may, and the refused attempt
    // is recorded on the timeline (obligation_tick_refused).
    // basedOn: the obligation's revision the user's screen showed (revision::obligation, the id
    // of the latest obligation_done/_waived event about it, 0 for none); when another tick came
    // since, nothing is written (not even a refused attempt) and the error is
    // Error::Code::Conflict, carrying who ticked it, when, and its state now.
    // obligation_done {"obligation", "note"}. The note is optional.
    Result<qint64> markDone(qint64 incidentId, const QString &obligationId, const QString &note,
                            const QString &author, std::optional<qint64> basedOn = std::nullopt);
    // obligation_waived {"obligation", "reason"}. The reason is required.
    Result<qint64> waive(qint64 incidentId, const QString &obligationId, const QString &reason,
                         const QString &author, std::optional<qint64> basedOn = std::nullopt);
    // sync_posted {"text", "queued_for"}: resets the channel-sync cadence. "No new progress" is a
    // valid sync. When `deliverableHere` (the posting process's channels) holds Slack, a Slack
    // outbox row carrying the sync is queued in the same transaction ("queued_for": ["slack"]);
    // otherwise the sync is recorded here only ("queued_for": []). Returns the event's id.
    Result<qint64> postSync(qint64 incidentId, const QString &text, const QString &author,
                            const QSet<Destination> &deliverableHere = {});

    // Closing needs every obligation done, waived or not applicable (recurring ones end at
    // restoration): the store refuses `closed` otherwise, listing what is open
    // (installed as a status guard on the IncidentStore). Empty when it may close.
    QStringList closeBlockers(const QList<ObligationStatus> &obligations,
                              const QDateTime &now) const;

    // Every obligation of the incident at `now` (playbookengine::evaluateAt).
    Result<QList<ObligationStatus>> obligations(qint64 incidentId, const QDateTime &now) const;

private:
    Result<void> checkClose(const Incident &incident, const QDateTime &now) const;
    // The incident, or a refusal when it is closed (its final account no longer changes).
    Result<Incident> openIncident(qint64 incidentId) const;
    Result<qint64> tick(qint64 incidentId, const QString &obligationId, bool waive,
                        const QString &text, const QString &author, std::optional<qint64> basedOn);

    IncidentStore &m_incidents;
    const Playbook &m_playbook;
};

} // namespace warroom
