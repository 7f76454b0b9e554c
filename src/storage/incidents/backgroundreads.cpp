#include "storage/incidents/backgroundreads.h"

#include "core/base/clock.h"
#include "core/playbook/playbookengine.h"
#include "storage/db/database.h"
#include "storage/db/readsnapshot.h"
#include "storage/incidents/incidentstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace warroom {
namespace {

// The store below only reads; nothing asks it for the time.
const SystemClock kUnusedClock;

// Set when the program quits: every read stops at its next row.
std::atomic<bool> stopping{false};

QString stoppedText()
{
    return QStringLiteral("The program is closing.");
}

// The incident's events, or an error; stops early (with an error) when the program quits.
Result<QList<TimelineEvent>> readEvents(const IncidentStore &store, qint64 incidentId)
{
    QList<TimelineEvent> events;
    Result<void> done = store.forEachEvent(incidentId, 0, [&](TimelineEvent &&event) {
        events.append(std::move(event));
        return !stopping.load();
    });
    if (!done)
        return done.error();
    if (stopping.load())
        return Error{Error::Code::Storage, stoppedText()};
    return events;
}

} // namespace

QThreadPool *backgroundReadPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("warroom-background-reads"));
        pool->setMaxThreadCount(2);
        // Reads nobody will see: when the program quits, queued ones are dropped and running ones
        // stop at their next row, before the SQL drivers are torn down under them.
        if (QCoreApplication *app = QCoreApplication::instance())
            QObject::connect(app, &QCoreApplication::aboutToQuit, pool, [p = pool.data()] {
                stopping.store(true);
                p->clear();
                p->waitForDone();
            });
    }
    return pool;
}

QFuture<BackgroundTimeline> readTimelineInBackground(const DatabaseConfig &config,
                                                     qint64 incidentId)
{
    return QtConcurrent::run(backgroundReadPool(), [config, incidentId] {
        BackgroundTimeline read;
        if (stopping.load()) {
            read.error = stoppedText();
            return read;
        }
        Result<std::unique_ptr<Database>> reader = Database::openReader(config);
        if (!reader) {
            read.error = reader.error().message;
            return read;
        }
        {
            const IncidentStore store(*reader.value(), kUnusedClock);
            const ReadSnapshot snapshot(*reader.value());
            Result<QList<TimelineEvent>> events = readEvents(store, incidentId);
            if (events)
                read.events = std::move(events).value();
            else
                read.error = events.error().message;
        }
        return read;
    });
}

QFuture<BackgroundObligations> evaluateInBackground(const DatabaseConfig &config,
                                                    const Playbook &playbook,
                                                    const QList<qint64> &incidentIds)
{
    return QtConcurrent::run(backgroundReadPool(), [config, playbook, incidentIds] {
        BackgroundObligations result;
        if (stopping.load()) {
            result.error = stoppedText();
            return result;
        }
        Result<std::unique_ptr<Database>> reader = Database::openReader(config);
        if (!reader) {
            result.error = reader.error().message;
            return result;
        }
        {
            const IncidentStore store(*reader.value(), kUnusedClock);
            for (qint64 id : incidentIds) {
                if (stopping.load()) {
                    result.error = stoppedText();
                    break;
                }
                const ReadSnapshot snapshot(*reader.value());
                Result<Incident> incident = store.incident(id);
                Result<QList<TimelineEvent>> events =
                    incident ? readEvents(store, id)
                             : Result<QList<TimelineEvent>>(incident.error());
                if (!events) {
                    result.errors.insert(id, events.error().message);
                    continue;
                }
                result.obligations.insert(
                    id, playbookengine::evaluate(playbook, incident.value(), events.value()));
            }
        }
        return result;
    });
}

} // namespace warroom
