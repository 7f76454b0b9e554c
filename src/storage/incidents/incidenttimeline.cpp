#include "storage/incidents/incidenttimeline.h"

#include "storage/db/database.h"
#include "storage/db/readsnapshot.h"
#include "storage/incidents/incidentstore.h"

#include <QFutureWatcher>
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
    if (m_store.backgroundReads().enabled)
        loadInBackground();
    else
        refresh();
}

IncidentTimeline::~IncidentTimeline() = default;

void IncidentTimeline::loadInBackground()
{
    m_loading = true;
    // Owned by this timeline: if it goes first, the read's result is dropped unseen.
    auto *watcher = new QFutureWatcher<BackgroundTimeline>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        BackgroundTimeline read = watcher->result();
        watcher->deleteLater();
        m_loading = false;
        if (!read.error.isEmpty()) {
            fail(read.error);
            return;
        }
        m_backgroundEvents = std::move(read.events);
        refresh();
    });
    watcher->setFuture(readTimelineInBackground(m_store.database().config(), m_incidentId));
}

bool IncidentTimeline::evaluateInBackground() const
{
    return m_store.backgroundReads().worthIt(m_events.size());
}

void IncidentTimeline::fail(const QString &message)
{
    m_error = message;
    emit loadFailed(m_error);
}

void IncidentTimeline::refresh()
{
    if (m_loading)
        return; // the background read refreshes when it arrives
    const QList<TimelineEvent> &known = m_loaded ? m_events : m_backgroundEvents;
    const qint64 lastId = known.isEmpty() ? 0 : known.constLast().id;
    Result<QList<TimelineEvent>> fresh = QList<TimelineEvent>();
    bool reloadIncident = !m_loaded;
    {
        // The new events and the incident row as of one moment; released before anybody hears
        // of them (a listener may write).
        const ReadSnapshot snapshot(m_store.database());
        if (!snapshot.isOpen() && m_loaded && m_store.database().isInTransaction()) {
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
            fail(fresh.error().message);
            return;
        }
        for (const TimelineEvent &event : std::as_const(fresh.value()))
            reloadIncident = reloadIncident || changesIncident(event);
        if (reloadIncident) {
            Result<Incident> incident = m_store.incident(m_incidentId);
            if (!incident) {
                fail(incident.error().message);
                return;
            }
            m_incident = std::move(incident).value();
        }
    }
    m_error.clear();
    if (!m_loaded) {
        m_events = std::move(m_backgroundEvents);
        m_backgroundEvents.clear();
    }
    const qsizetype first = m_loaded ? m_events.size() : 0;
    m_loaded = true;
    m_events.append(std::move(fresh).value());
    if (m_events.size() > first)
        emit eventsAppended(first, m_events.size() - first);
    if (reloadIncident)
        emit incidentChanged();
    if (reloadIncident || m_events.size() > first)
        emit changed();
}

} // namespace warroom
