#pragma once

#include "core/incident/incident.h"
#include "core/incident/timelineevent.h"

#include <QObject>

namespace warroom {

class IncidentStore;

// One incident and its whole timeline as this process last read them, shared by everything that
// shows the incident (phase board, role board, call list, timeline, the incident list's deadlines
// while the incident is open in a view): read once, then only the events recorded since, by id
// (the timeline is append-only and ids grow). IncidentStore::sharedTimeline() hands out one
// instance per incident for as long as anybody holds it; the store's per-incident change signals
// (this process's writes, and other processes' as ChangeWatcher finds them) keep it current, so
// what it holds is exactly what a fresh read would give.
//
// With the store's background reads on (the GUI), the first read runs on the thread pool: the
// timeline is "loading" (not loaded, no error) until it arrives, then the events committed
// meanwhile and the incident row are read here, and the usual signals announce it all at once.
class IncidentTimeline final : public QObject
{
    Q_OBJECT

public:
    ~IncidentTimeline() override;
    Q_DISABLE_COPY_MOVE(IncidentTimeline)

    qint64 incidentId() const { return m_incidentId; }
    // False until the first read succeeded (still loading, an unknown incident, a database error).
    bool isLoaded() const { return m_loaded; }
    // True while the first read runs on the thread pool.
    bool isLoading() const { return m_loading; }
    // False while a refresh waits for a writer's transaction to end (see refresh()).
    bool isCurrent() const { return m_loaded && !m_refreshQueued; }
    // Whether models evaluate this timeline on the thread pool (the store's setting).
    bool evaluateInBackground() const;
    // The last read's error, empty when it succeeded.
    const QString &errorText() const { return m_error; }
    // With its status history.
    const Incident &incident() const { return m_incident; }
    // Oldest first.
    const QList<TimelineEvent> &events() const { return m_events; }

    // Reads the events recorded since the last read, and the incident row again when they change
    // it (a declaration, field edit or status change is always recorded with its event, in the
    // same transaction). Emits eventsAppended and incidentChanged for what changed, then
    // changed() once; nothing when nothing is new. Called inside a writer's transaction (a store
    // signal sent before the outermost commit), it reads once control is back in the event loop,
    // so it never holds what a rollback takes back.
    void refresh();

signals:
    // events().mid(first, count) are new.
    void eventsAppended(qsizetype first, qsizetype count);
    void incidentChanged();
    // After any of the above, once per refresh that found something.
    void changed();
    void loadFailed(const QString &message);

private:
    friend class IncidentStore;
    IncidentTimeline(IncidentStore &store, qint64 incidentId);
    void loadInBackground();
    void fail(const QString &message);

    IncidentStore &m_store;
    qint64 m_incidentId;
    Incident m_incident;
    QList<TimelineEvent> m_events;
    QList<TimelineEvent> m_backgroundEvents; // read on the thread pool, not yet announced
    QString m_error;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_refreshQueued = false;
};

} // namespace warroom
