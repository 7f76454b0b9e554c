#pragma once

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/incident/incident.h"
#include "core/incident/timelineevent.h"
#include "storage/incidents/backgroundreads.h"
#include "storage/incidents/owneventids.h"

#include <QObject>

#include <QHash>

#include <functional>
#include <memory>

namespace warroom {

class Database;
class IncidentTimeline;

// The repository of incidents and their timelines. Every change is validated, written in one
// transaction together with its timeline event, and announced through a signal, so every
// model and view in the process stays current without polling.
class IncidentStore final : public QObject
{
    Q_OBJECT

public:
    IncidentStore(Database &database, const Clock &clock, QObject *parent = nullptr);

    // Writes a feature makes together with a declaration, inside its transaction (the playbook's
    // ticked trigger conditions): the returned keys are added to the "declared" event's payload;
    // an error undoes the whole declaration.
    using DeclareExtras = std::function<Result<QJsonObject>(qint64 incidentId)>;

    Result<qint64> declare(const IncidentFields &fields, const QString &author,
                           const DeclareExtras &extras = {});

    // Checks and follow-up writes other features make inside the transaction of a status change
    // (the playbook's close gate) or a field edit (drafts raising their legal requirement when
    // the category changes). An error refuses the change and writes nothing.
    using StatusGuard = std::function<Result<void>(const Incident &current, IncidentStatus to,
                                                   const QDateTime &now)>;
    using FieldsFollowUp =
        std::function<Result<void>(const Incident &before, const IncidentFields &after,
                                   const QDateTime &now, const QString &author)>;
    void addStatusGuard(StatusGuard guard) { m_statusGuards.append(std::move(guard)); }
    void addFieldsFollowUp(FieldsFollowUp followUp)
    {
        m_fieldsFollowUps.append(std::move(followUp));
    }
    // Writes the fields that differ and records one "fields_changed" event; no change, no event.
    Result<void> updateFields(qint64 id, const IncidentFields &fields, const QString &author);
    Result<void> changeStatus(qint64 id, IncidentStatus to, const QString &author);
    Result<void> addNote(qint64 id, const QString &text, const QString &author);
    // Appends an event of any kind (later features record their own kinds through this).
    Result<qint64> appendEvent(qint64 incidentId, const QString &kind, const QJsonObject &payload,
                               const QString &author);
    // As appendEvent, but the payload is built inside the write transaction once the incident is
    // known to exist, so the builder can check the current timeline and other tables without
    // racing another writer. An error from the builder writes nothing.
    using PayloadBuilder = std::function<Result<QJsonObject>()>;
    Result<qint64> appendCheckedEvent(qint64 incidentId, const QString &kind,
                                      const PayloadBuilder &build, const QString &author);

    Result<Incident> incident(qint64 id) const;
    enum class Scope { All, NotClosed };
    // Without status history, oldest first. NotClosed leaves out the closed incidents, which are
    // most of a long history and hidden from the incident list until asked for.
    Result<QList<Incident>> incidents(Scope scope = Scope::All) const;
    // Events with an id greater than afterEventId, oldest first.
    Result<QList<TimelineEvent>> timeline(qint64 incidentId, qint64 afterEventId = 0) const;
    // The same events one at a time, as they are read, holding only one: for output that streams
    // a timeline of any length (warroomctl show). `each` returns false to stop.
    Result<void> forEachEvent(qint64 incidentId, qint64 afterEventId,
                              const std::function<bool(TimelineEvent &&event)> &each) const;

    // The one shared, incrementally kept copy of the incident and its timeline (IncidentTimeline)
    // for everything in this process that shows the incident: read once, then only what is new.
    // It lives as long as somebody holds it.
    std::shared_ptr<IncidentTimeline> sharedTimeline(qint64 incidentId);
    // The shared copy if somebody holds one now, else null (the incident list evaluates an
    // incident open in a view from it instead of reading its timeline again).
    std::shared_ptr<IncidentTimeline> heldTimeline(qint64 incidentId) const;

    const Clock &clock() const { return m_clock; }
    Database &database() const { return m_database; }

    // Whether timelines load, and models evaluate large ones, on the thread pool
    // (backgroundreads.h). Off by default: answers are then there as soon as a call returns.
    void setBackgroundReads(const BackgroundReads &reads) { m_backgroundReads = reads; }
    const BackgroundReads &backgroundReads() const { return m_backgroundReads; }

    static constexpr int MaxNoteLength = 10000;

public slots:
    // Called when another process may have changed the database (see ChangeWatcher). Every change
    // to an incident is recorded with a timeline event, so the events committed since the last
    // call name the incidents that changed: each gets the signals below as if this process had
    // written (incidentDeclared for a declaration, incidentChanged for a field or status change,
    // timelineAppended always); an incident nobody else touched costs nothing. Then
    // externallyChanged().
    void notifyExternalChange();

signals:
    void incidentDeclared(qint64 id);
    void incidentChanged(qint64 id);
    void timelineAppended(qint64 incidentId);
    // Another process wrote to the database, after the per-incident signals above. With
    // `incidentsKnown` false the changed incidents could not be found (the query failed): anything
    // may have changed and listeners read everything again.
    void externallyChanged(bool incidentsKnown = true);

private:
    Result<Incident> loadIncident(qint64 id) const;
    // Every write reads the clock once, so a change and its event carry the same time.
    Result<void> insertEvent(qint64 incidentId, const QDateTime &at, const QString &kind,
                             const QJsonObject &payload, const QString &author,
                             qint64 *eventId = nullptr);
    Result<void> checkAuthor(const QString &author) const;

    Database &m_database;
    const Clock &m_clock;
    QList<StatusGuard> m_statusGuards;
    QList<FieldsFollowUp> m_fieldsFollowUps;
    QHash<qint64, std::weak_ptr<IncidentTimeline>> m_timelines;
    BackgroundReads m_backgroundReads;
    // The newest event id the last external-change check saw (notifyExternalChange).
    qint64 m_lastSeenEventId = 0;
    // Events this connection wrote, not announced again by that check.
    OwnEventIds m_ownEvents;
};

} // namespace warroom
