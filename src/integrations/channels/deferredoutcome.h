#pragma once

#include "integrations/publishing/publisher.h"

#include <QMetaObject>
#include <QObject>

#include <functional>

namespace warroom {

// Publisher::deliver() never calls `done` itself: an outcome known at once (a message the
// channel refuses before sending) is handed over from the event loop, like every other. Dropped
// if context is destroyed first.
inline void finishLater(QObject *context, std::function<void(const Publisher::Outcome &)> done,
                        Publisher::Outcome outcome)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), outcome = std::move(outcome)] { done(outcome); },
        Qt::QueuedConnection);
}

inline Publisher::Outcome refusedOutcome(const QString &message)
{
    Publisher::Outcome outcome;
    outcome.kind = Publisher::Outcome::Kind::Refused;
    outcome.message = message;
    return outcome;
}

} // namespace warroom
