#pragma once

#include "core/incident/incident.h"
#include "core/incident/timelineevent.h"
#include "core/playbook/obligation.h"
#include "core/playbook/playbook.h"
#include "storage/db/databaseconfig.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

class QThreadPool;

namespace warroom {

// Reads that would freeze the GUI on a large history (a 100,000-event timeline, every open
// incident's obligations at start) run on a thread pool of their own, each through a read-only
// connection of its own (Database::openReader), and hand back plain values. The caller applies
// them on its own thread (QFutureWatcher) and then reads, on its own connection, whatever was
// committed after the background snapshot. See docs/performance.md.

// The pool all of this runs on: its own, never Qt's global pool, which Qt's raster painting uses
// too (a paint waiting behind a 100,000-event read would freeze the window after all). Owned by
// the application object.
QThreadPool *backgroundReadPool();

struct BackgroundTimeline
{
    QList<TimelineEvent> events; // oldest first
    QString error;               // empty when the read succeeded
};

// Every event of the incident as of one read transaction.
QFuture<BackgroundTimeline> readTimelineInBackground(const DatabaseConfig &config,
                                                     qint64 incidentId);

struct BackgroundObligations
{
    // Per incident: playbookengine::evaluate (without the clock: apply it when showing).
    QHash<qint64, QList<ObligationStatus>> obligations;
    QHash<qint64, QString> errors; // incidents that could not be read
    QString error;                 // the connection could not be opened at all
};

// The playbook's obligations of each incident, read and evaluated on the thread pool.
QFuture<BackgroundObligations> evaluateInBackground(const DatabaseConfig &config,
                                                    const Playbook &playbook,
                                                    const QList<qint64> &incidentIds);

// When models read and evaluate on the thread pool: only the GUI asks for it (the command line
// and the tests that need answers at once do not), and then only where the work is large enough
// to be felt.
struct BackgroundReads
{
    bool enabled = false;
    // Timelines with at least this many events are evaluated on the thread pool.
    qsizetype fromEvents = 5000;

    bool worthIt(qsizetype events) const { return enabled && events >= fromEvents; }
};

} // namespace warroom
