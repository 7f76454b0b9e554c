#pragma once

#include "storage/incidents/backgroundreads.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace warroom {

// Runs a pure evaluation (playbook rules, role holders, call outreach over a copy of a timeline)
// on the background read pool (backgroundReadPool()) and applies its result on the owner's thread,
// so a 100,000-event timeline never freezes the GUI. Only the newest request's result is applied: a
// request made while an older one runs makes the older one's result stale, and it is dropped. If
// the owner goes first, nothing is applied. The evaluation must only use what it captured by value.
template <typename T> class BackgroundEvaluation
{
public:
    explicit BackgroundEvaluation(QObject *owner)
        : m_owner(owner)
    {
    }

    void run(std::function<T()> evaluate, std::function<void(T)> apply)
    {
        const quint64 request = ++m_requests;
        auto *watcher = new QFutureWatcher<T>(m_owner);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
                         [this, watcher, request, apply = std::move(apply)] {
                             watcher->deleteLater();
                             if (request == m_requests) {
                                 m_running = false;
                                 apply(watcher->result());
                             }
                         });
        m_running = true;
        watcher->setFuture(QtConcurrent::run(backgroundReadPool(), std::move(evaluate)));
    }

    // Applies `result` now, on this thread, and drops any request still running.
    void applyNow(std::function<void()> apply)
    {
        ++m_requests;
        m_running = false;
        apply();
    }

    // Whether a request's result is still to come.
    bool isRunning() const { return m_running; }

private:
    QObject *m_owner;
    quint64 m_requests = 0;
    bool m_running = false;
};

} // namespace warroom
