#pragma once

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/incident/incident.h"
#include "core/incident/timelineevent.h"

#include <QObject>

#include <functional>

namespace warroom {

class Database;

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
    Result<QList<Incident>> incidents() const; // without status history
    // Events with an id greater than afterEventId, oldest first.
    Result<QList<TimelineEvent>> timeline(qint64 incidentId, qint64 afterEventId = 0) const;

    const Clock &clock() const { return m_clock; }
    Database &database() const { return m_database; }

    static constexpr int MaxNoteLength = 10000;

public slots:
    // Called when another process may have changed the database (see ChangeWatcher).
    void notifyExternalChange();

signals:
    void incidentDeclared(qint64 id);
    void incidentChanged(qint64 id);
    void timelineAppended(qint64 incidentId);
    // Another process wrote to the database: anything may have changed.
    void externallyChanged();

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
};

} // namespace warroom
