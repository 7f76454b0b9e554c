#include "storage/incidents/incidenttimeline.h"

#include "storage/db/database.h"
#include "storage/db/readsnapshot.h"
#include "storage/incidents/incidentstore.h"

#include <QSqlDriver>
#include <QTimer>

namespace warroom {
namespace {

// The kinds recorded with a change of the incidents row (IncidentStore::declare, updateFields,
// changeStatus).
bool changesIncident(const TimelineEvent &event)
{
    return event.kind == QLatin1String(eventkind::Declared) ||
           event.kind == QLatin1String(eventkind::FieldsChanged) ||
           event.kind == QLatin1String(eventkind::StatusChanged);
}

} // namespace

IncidentTimeline::IncidentTimeline(IncidentStore &store, qint64 incidentId)
    : m_store(store)
    , m_incidentId(incidentId)
{
    connect(&m_store, &IncidentStore::timelineAppended, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    // A field or status change is always recorded with its event, which refresh() finds.
    connect(&m_store, &IncidentStore::incidentChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    refresh();
}

IncidentTimeline::~IncidentTimeline() = default;

void IncidentTimeline::refresh()
{
    const qint64 lastId = m_events.isEmpty() ? 0 : m_events.constLast().id;
    Result<QList<TimelineEvent>> fresh = QList<TimelineEvent>();
    bool reloadIncident = !m_loaded;
    {
        // The new events and the incident row as of one moment; released before anybody hears
        // of them (a listener may write).
        const ReadSnapshot snapshot(m_store.database());
        if (!snapshot.isOpen() && m_loaded &&
            m_store.database().connection().driver()->hasFeature(QSqlDriver::Transactions)) {
            // Inside a writer's transaction (an event appended as part of a larger change, such
            // as a draft's): what it wrote is not committed and may yet be rolled back, so it is
            // read once control is back in the event loop, committed or gone.
            if (!m_refreshQueued) {
                m_refreshQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_refreshQueued = false;
                    refresh();
                });
            }
            return;
        }
        fresh = m_store.timeline(m_incidentId, lastId);
        if (!fresh) {
            m_error = fresh.error().message;
            emit loadFailed(m_error);
            return;
        }
        for (const TimelineEvent &event : std::as_const(fresh.value()))
            reloadIncident = reloadIncident || changesIncident(event);
        if (reloadIncident) {
            Result<Incident> incident = m_store.incident(m_incidentId);
            if (!incident) {
                m_error = incident.error().message;
                emit loadFailed(m_error);
                return;
            }
            m_incident = std::move(incident).value();
        }
    }
    m_error.clear();
    m_loaded = true;
    const qsizetype first = m_events.size();
    m_events.append(std::move(fresh).value());
    if (m_events.size() > first)
        emit eventsAppended(first, m_events.size() - first);
    if (reloadIncident)
        emit incidentChanged();
    if (reloadIncident || m_events.size() > first)
        emit changed();
}

} // namespace warroom
