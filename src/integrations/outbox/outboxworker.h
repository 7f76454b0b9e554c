#pragma once

#include "core/base/clock.h"
#include "core/comms/outboxqueue.h"
#include "integrations/outbox/outboxsender.h"
#include "integrations/publishing/publisher.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace warroom {

// Runs an OutboxSender on a thread of its own, never the GUI thread (docs/outbox.md). The queue
// (a database connection of its own: storage's OutboxConnection) and the publishers are made on
// that thread by the factories given, and destroyed there. It works due rows when started, when
// wake() is called (after a publication), when an attempt ends, at the sender's nextWake(), and
// every pollMSecs to pick up rows other processes queued.
class OutboxWorker final : public QObject
{
    Q_OBJECT

public:
    using QueueFactory = std::function<Result<std::unique_ptr<OutboxQueue>>()>;

    // `clock` must be safe to read from another thread (SystemClock is; a ManualClock that the
    // test does not move while the worker runs is).
    OutboxWorker(QueueFactory queue, PublishersFactory publishers, const Clock &clock,
                 QString claimant, OutboxSender::RandomSource random, QObject *parent = nullptr);
    ~OutboxWorker() override; // stops the thread and waits for it
    Q_DISABLE_COPY_MOVE(OutboxWorker)

    void start(int pollMSecs = 5000);
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    // Work due rows now (thread-safe: queued to the worker's thread).
    void wake();
    // Delivers with publishers made by `publishers` from now on (new channel settings). A running
    // worker starts no new request and lets the ones in flight finish through the old
    // publishers, their outcomes stored as usual; then it makes the new publishers on its thread
    // and goes on. No row is dropped or sent twice by the swap.
    void setPublishers(PublishersFactory publishers);

signals:
    // Emitted from the worker's thread; connect with a context object (queued to the receiver).
    void attemptFinished(qint64 outboxId, warroom::DeliveryState state, const QString &message);
    void problem(const QString &message);
    // The publishers of the last setPublishers() are in use (emitted from the worker's thread).
    void publishersReplaced();

private:
    class Engine;

    QueueFactory m_queueFactory;
    PublishersFactory m_publishersFactory;
    const Clock &m_clock;
    QString m_claimant;
    OutboxSender::RandomSource m_random;
    QThread m_thread;
    Engine *m_engine = nullptr; // lives on m_thread, deleted there when it finishes
};

} // namespace warroom
