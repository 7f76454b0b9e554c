#include "storage/incidents/incidentstore.h"

#include "core/base/inputlimits.h"
#include "core/base/utctime.h"
#include "storage/db/database.h"
#include "storage/db/storedrow.h"
#include "storage/incidents/incidenttimeline.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace warroom {
namespace {

const QString kIncidentColumns =
    QStringLiteral("id, title, category, severity, task_type, affected_users_pct, "
                   "enterprise_affected, detected_at,"
                   " status, declared_at, declared_by, updated_at");

Result<Incident> incidentFromRow(const QSqlQuery &q)
{
    Incident incident;
    incident.id = q.value(0).toLongLong();
    StoredRow row(QStringLiteral("incidents"), incident.id);
    incident.fields.title = q.value(1).toString();
    row.decode(QStringLiteral("category"), q.value(2), category::fromId, &incident.fields.category);
    row.decode(QStringLiteral("severity"), q.value(3), severity::fromId, &incident.fields.severity);
    incident.fields.taskType = q.value(4).toString();
    incident.fields.affectedUsersPct = q.value(5).toDouble();
    incident.fields.enterpriseAffected = q.value(6).toInt();
    incident.fields.detectedAt = utctime::fromMSecs(q.value(7).toLongLong());
    row.decode(QStringLiteral("status"), q.value(8), incidentstatus::fromId, &incident.status);
    incident.declaredAt = utctime::fromMSecs(q.value(9).toLongLong());
    incident.declaredBy = q.value(10).toString();
    incident.updatedAt = utctime::fromMSecs(q.value(11).toLongLong());
    if (const std::optional<Error> unknown = row.error())
        return *unknown;
    return incident;
}

// A null QString binds as SQL NULL, which the NOT NULL columns refuse; an absent task type is ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariantList fieldValues(const IncidentFields &f)
{
    return {notNull(f.title.trimmed()),    category::id(f.category), severity::id(f.severity),
            notNull(f.taskType.trimmed()), f.affectedUsersPct,       f.enterpriseAffected,
            utctime::toMSecs(f.detectedAt)};
}

Error firstOf(const QList<Error> &errors)
{
    return errors.constFirst();
}

} // namespace

IncidentStore::IncidentStore(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    // Other processes' changes are looked for from here on (notifyExternalChange).
    if (Result<QSqlQuery> q =
            m_database.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM timeline_events"));
        q && q.value().next())
        m_lastSeenEventId = q.value().value(0).toLongLong();
}

Result<void> IncidentStore::checkAuthor(const QString &author) const
{
    if (author.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("author"),
                              tr("Author must not be empty: say who made the change."));
    if (const QString problem = inputlimits::authorProblem(author); !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"), problem);
    return {};
}

Result<qint64> IncidentStore::declare(const IncidentFields &fields, const QString &author,
                                      const DeclareExtras &extras)
{
    const QDateTime now = m_clock.nowUtc();
    if (const QList<Error> errors = incidentfields::validate(fields, now); !errors.isEmpty())
        return firstOf(errors);
    if (Result<void> a = checkAuthor(author); !a)
        return a.error();

    qint64 id = 0;
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        QVariantList values = fieldValues(fields);
        values << incidentstatus::id(IncidentStatus::Investigating) << utctime::toMSecs(now)
               << author.trimmed() << utctime::toMSecs(now);
        Result<QSqlQuery> inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO incidents (title, category, severity, task_type, affected_users_pct,"
                " enterprise_affected, detected_at, status, declared_at, declared_by, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            values);
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            return Error{Error::Code::Storage,
                         tr("The database did not return the new incident's id.")};
        id = inserted.value().value(0).toLongLong();
        IncidentFields stored = fields;
        stored.title = stored.title.trimmed();
        stored.taskType = stored.taskType.trimmed();
        QJsonObject payload = incidentfields::toJson(stored);
        if (extras) {
            Result<QJsonObject> extra = extras(id);
            if (!extra)
                return extra.error();
            for (auto it = extra->begin(); it != extra->end(); ++it) {
                if (!payload.contains(it.key())) // the declared fields stay as declared
                    payload.insert(it.key(), it.value());
            }
        }
        return insertEvent(id, now, QString::fromLatin1(eventkind::Declared), payload, author);
    });
    if (!written)
        return written.error();
    emit incidentDeclared(id);
    emit timelineAppended(id);
    return id;
}

Result<void> IncidentStore::updateFields(qint64 id, const IncidentFields &fields,
                                         const QString &author)
{
    const QDateTime now = m_clock.nowUtc();
    if (const QList<Error> errors = incidentfields::validate(fields, now); !errors.isEmpty())
        return firstOf(errors);
    if (Result<void> a = checkAuthor(author); !a)
        return a;

    IncidentFields stored = fields;
    stored.title = stored.title.trimmed();
    stored.taskType = stored.taskType.trimmed();
    bool changed = false;
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<Incident> current = loadIncident(id);
        if (!current)
            return current.error();
        const QJsonObject changes = incidentfields::diff(current->fields, stored);
        if (changes.isEmpty())
            return {};
        changed = true;
        QVariantList values = fieldValues(stored);
        values << utctime::toMSecs(now) << id;
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral(
                "UPDATE incidents SET title = ?, category = ?, severity = ?, task_type = ?,"
                " affected_users_pct = ?, enterprise_affected = ?, detected_at = ?, updated_at = ?"
                " WHERE id = ?"),
            values);
        if (!updated)
            return updated.error();
        if (Result<void> event =
                insertEvent(id, now, QString::fromLatin1(eventkind::FieldsChanged),
                            QJsonObject{{QStringLiteral("changes"), changes}}, author);
            !event)
            return event;
        for (const FieldsFollowUp &followUp : std::as_const(m_fieldsFollowUps)) {
            if (Result<void> done = followUp(*current, stored, now, author.trimmed()); !done)
                return done;
        }
        return {};
    });
    if (!written)
        return written;
    if (changed) {
        emit incidentChanged(id);
        emit timelineAppended(id);
    }
    return {};
}

Result<void> IncidentStore::changeStatus(qint64 id, IncidentStatus to, const QString &author)
{
    if (Result<void> a = checkAuthor(author); !a)
        return a;
    const QDateTime now = m_clock.nowUtc();
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        Result<Incident> current = loadIncident(id);
        if (!current)
            return current.error();
        const QString refused = incidentstatus::transitionError(current->status, to);
        if (!refused.isEmpty())
            return Error::invalid(
                QStringLiteral("status"),
                tr("Cannot change status of incident %1 from %2 to %3: %4.")
                    .arg(id)
                    .arg(incidentstatus::id(current->status), incidentstatus::id(to), refused));
        for (const StatusGuard &guard : std::as_const(m_statusGuards)) {
            if (Result<void> allowed = guard(*current, to, now); !allowed)
                return allowed;
        }
        Result<QSqlQuery> updated = m_database.exec(
            QStringLiteral("UPDATE incidents SET status = ?, updated_at = ? WHERE id = ?"),
            {incidentstatus::id(to), utctime::toMSecs(now), id});
        if (!updated)
            return updated.error();
        return insertEvent(
            id, now, QString::fromLatin1(eventkind::StatusChanged),
            QJsonObject{{QStringLiteral("from"), incidentstatus::id(current->status)},
                        {QStringLiteral("to"), incidentstatus::id(to)}},
            author);
    });
    if (!written)
        return written;
    emit incidentChanged(id);
    emit timelineAppended(id);
    return {};
}

Result<void> IncidentStore::addNote(qint64 id, const QString &text, const QString &author)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("note"), tr("A note must not be empty."));
    if (inputlimits::characters(trimmed) > MaxNoteLength)
        return Error::invalid(QStringLiteral("note"),
                              tr("A note is limited to %1 characters; this one has %2.")
                                  .arg(MaxNoteLength)
                                  .arg(inputlimits::characters(trimmed)));
    Result<qint64> appended = appendEvent(id, QString::fromLatin1(eventkind::Note),
                                          QJsonObject{{QStringLiteral("text"), trimmed}}, author);
    if (!appended)
        return appended.error();
    return {};
}

Result<qint64> IncidentStore::appendEvent(qint64 incidentId, const QString &kind,
                                          const QJsonObject &payload, const QString &author)
{
    return appendCheckedEvent(
        incidentId, kind, [&]() -> Result<QJsonObject> { return payload; }, author);
}

Result<qint64> IncidentStore::appendCheckedEvent(qint64 incidentId, const QString &kind,
                                                 const PayloadBuilder &build, const QString &author)
{
    if (Result<void> a = checkAuthor(author); !a)
        return a.error();
    qint64 eventId = 0;
    Result<void> written = m_database.inWriteTransaction([&]() -> Result<void> {
        if (Result<Incident> exists = loadIncident(incidentId); !exists)
            return exists.error();
        Result<QJsonObject> payload = build();
        if (!payload)
            return payload.error();
        return insertEvent(incidentId, m_clock.nowUtc(), kind, payload.value(), author, &eventId);
    });
    if (!written)
        return written.error();
    emit timelineAppended(incidentId);
    return eventId;
}

Result<void> IncidentStore::insertEvent(qint64 incidentId, const QDateTime &at, const QString &kind,
                                        const QJsonObject &payload, const QString &author,
                                        qint64 *eventId)
{
    Result<QSqlQuery> inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO timeline_events (incident_id, occurred_at, author, kind, payload)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {incidentId, utctime::toMSecs(at), author.trimmed(), kind,
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();
    if (inserted.value().next()) {
        const qint64 id = inserted.value().value(0).toLongLong();
        m_ownEvents.add(id);
        if (eventId)
            *eventId = id;
    }
    return {};
}

Result<Incident> IncidentStore::loadIncident(qint64 id) const
{
    Result<QSqlQuery> q = m_database.exec(
        QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(kIncidentColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{Error::Code::NotFound, tr("There is no incident %1.").arg(id)};
    return incidentFromRow(q.value());
}

Result<Incident> IncidentStore::incident(qint64 id) const
{
    Result<Incident> loaded = loadIncident(id);
    if (!loaded)
        return loaded;
    Incident incident = std::move(loaded).value();
    Result<QSqlQuery> q = m_database.exec(
        // "+id": ordering by the bare id would make SQLite walk the (incident_id, id) index
        // through every event of the incident; this way it seeks the few rows of these kinds
        // (timeline_events_by_kind, schema 7) and sorts them.
        QStringLiteral("SELECT kind, payload, occurred_at, author, id FROM timeline_events"
                       " WHERE incident_id = ? AND kind IN (?, ?) ORDER BY +id"),
        {id, QString::fromLatin1(eventkind::Declared),
         QString::fromLatin1(eventkind::StatusChanged)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        StatusChange change;
        const QJsonObject payload =
            QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
        if (q.value().value(0).toString() == QLatin1String(eventkind::StatusChanged)) {
            StoredRow event(QStringLiteral("timeline_events"), q.value().value(4).toLongLong());
            event.decode(QStringLiteral("payload \"from\""), payload.value(QLatin1String("from")),
                         incidentstatus::fromId, &change.from);
            event.decode(QStringLiteral("payload \"to\""), payload.value(QLatin1String("to")),
                         incidentstatus::fromId, &change.to);
            if (const std::optional<Error> unknown = event.error())
                return *unknown;
        }
        change.at = utctime::fromMSecs(q.value().value(2).toLongLong());
        change.author = q.value().value(3).toString();
        incident.statusHistory.append(change);
    }
    return incident;
}

Result<QList<Incident>> IncidentStore::incidents(Scope scope) const
{
    Result<QSqlQuery> q =
        scope == Scope::All
            ? m_database.exec(
                  QStringLiteral("SELECT %1 FROM incidents ORDER BY id").arg(kIncidentColumns))
            : m_database.exec(
                  QStringLiteral("SELECT %1 FROM incidents WHERE status <> ? ORDER BY id")
                      .arg(kIncidentColumns),
                  {incidentstatus::id(IncidentStatus::Closed)});
    if (!q)
        return q.error();
    QList<Incident> result;
    while (q.value().next()) {
        Result<Incident> incident = incidentFromRow(q.value());
        if (!incident)
            return incident.error();
        result.append(std::move(incident).value());
    }
    return result;
}

Result<QList<TimelineEvent>> IncidentStore::timeline(qint64 incidentId, qint64 afterEventId) const
{
    QList<TimelineEvent> events;
    Result<void> read = forEachEvent(incidentId, afterEventId, [&](TimelineEvent &&event) {
        events.append(std::move(event));
        return true;
    });
    if (!read)
        return read.error();
    return events;
}

Result<void> IncidentStore::forEachEvent(qint64 incidentId, qint64 afterEventId,
                                         const std::function<bool(TimelineEvent &&)> &each) const
{
    if (Result<void> ready = m_database.readyForStatement(); !ready)
        return ready;
    // Forward only: the driver keeps one row at a time instead of every row read so far.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT id, occurred_at, author, kind, payload FROM timeline_events"
                           " WHERE incident_id = ? AND id > ? ORDER BY id")))
        return m_database.errorFrom(q.lastError());
    q.addBindValue(incidentId);
    q.addBindValue(afterEventId);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    while (q.next()) {
        TimelineEvent event;
        event.id = q.value(0).toLongLong();
        event.incidentId = incidentId;
        event.at = utctime::fromMSecs(q.value(1).toLongLong());
        event.author = q.value(2).toString();
        event.kind = q.value(3).toString();
        event.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        if (!each(std::move(event)))
            break;
    }
    if (q.lastError().isValid())
        return m_database.errorFrom(q.lastError());
    return {};
}

std::shared_ptr<IncidentTimeline> IncidentStore::sharedTimeline(qint64 incidentId)
{
    if (std::shared_ptr<IncidentTimeline> held = heldTimeline(incidentId))
        return held;
    for (auto it = m_timelines.begin(); it != m_timelines.end();)
        it = it.value().expired() ? m_timelines.erase(it) : std::next(it);
    std::shared_ptr<IncidentTimeline> timeline(new IncidentTimeline(*this, incidentId));
    m_timelines.insert(incidentId, timeline);
    return timeline;
}

std::shared_ptr<IncidentTimeline> IncidentStore::heldTimeline(qint64 incidentId) const
{
    return m_timelines.value(incidentId).lock();
}

void IncidentStore::notifyExternalChange()
{
    // Per incident: the newest event, whether it was declared and whether its row changed, among
    // the events committed since the last check. Ids grow with each commit (one writer at a time).
    // This connection's own events were announced when they were written: left out.
    QVariantList values{QString::fromLatin1(eventkind::Declared),
                        QString::fromLatin1(eventkind::FieldsChanged),
                        QString::fromLatin1(eventkind::StatusChanged), m_lastSeenEventId};
    const QString notOwn = m_ownEvents.excludeClause(values);
    Result<QSqlQuery> q = m_database.exec(
        QStringLiteral(
            "SELECT incident_id, MAX(id), SUM(CASE WHEN kind = ? THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN kind IN (?, ?) THEN 1 ELSE 0 END)"
            " FROM timeline_events WHERE id > ?%1 GROUP BY incident_id ORDER BY incident_id")
            .arg(notOwn),
        values);
    if (!q) {
        emit externallyChanged(false);
        return;
    }
    struct Changed
    {
        qint64 id;
        bool declared;
        bool changed;
    };
    QList<Changed> changed;
    while (q.value().next()) {
        m_lastSeenEventId = std::max(m_lastSeenEventId, q.value().value(1).toLongLong());
        changed.append(Changed{q.value().value(0).toLongLong(), q.value().value(2).toLongLong() > 0,
                               q.value().value(3).toLongLong() > 0});
    }
    q.value().finish();
    m_ownEvents.forgetUpTo(m_lastSeenEventId);
    for (const Changed &c : std::as_const(changed)) {
        if (c.declared)
            emit incidentDeclared(c.id);
        if (c.changed)
            emit incidentChanged(c.id);
        emit timelineAppended(c.id);
    }
    emit externallyChanged(true);
}

} // namespace warroom
