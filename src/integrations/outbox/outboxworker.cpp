#include "integrations/outbox/outboxworker.h"

#include <QTimer>

#include <algorithm>

namespace warroom {

// Everything that lives on the worker's thread.
class OutboxWorker::Engine final : public QObject
{
public:
    Engine(OutboxWorker &owner, int pollMSecs)
        : m_owner(owner)
        , m_pollMSecs(pollMSecs)
    {
    }

    void begin()
    {
        Result<std::unique_ptr<OutboxQueue>> queue = m_owner.m_queueFactory();
        if (!queue) {
            emit m_owner.problem(queue.error().message);
            return;
        }
        m_queue = std::move(queue).value();
        makeSender(m_owner.m_publishersFactory);
        m_wake.setSingleShot(true);
        connect(&m_wake, &QTimer::timeout, this, &Engine::work);
        m_poll.setInterval(m_pollMSecs);
        connect(&m_poll, &QTimer::timeout, this, &Engine::work);
        m_poll.start();
        work();
    }

    // New publishers once nothing is in flight through the old ones.
    void replacePublishers(PublishersFactory factory)
    {
        if (!m_sender) { // the queue could not be opened: nothing to swap
            m_owner.m_publishersFactory = std::move(factory);
            return;
        }
        m_pending = std::move(factory);
        m_replacing = true;
        work();
    }

    void work()
    {
        if (!m_sender)
            return;
        if (m_replacing) {
            if (m_sender->inFlight() > 0 || m_swapQueued)
                return; // the attempt's end (or the queued swap) calls work() again
            // Not from inside the sender's own signal: the old sender and publishers are
            // destroyed after it returns.
            m_swapQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this]() {
                    m_sender.reset();
                    m_owner.m_publishersFactory = std::move(m_pending);
                    makeSender(m_owner.m_publishersFactory);
                    m_replacing = false;
                    m_swapQueued = false;
                    emit m_owner.publishersReplaced();
                    work();
                },
                Qt::QueuedConnection);
            return;
        }
        m_sender->workDueRows();
        const QDateTime wake = m_sender->nextWake();
        if (!wake.isValid()) {
            m_wake.stop();
            return;
        }
        const qint64 ms = m_owner.m_clock.nowUtc().msecsTo(wake);
        m_wake.start(int(std::clamp<qint64>(ms, 0, m_pollMSecs)));
    }

    ~Engine() override
    {
        // The sender first: it refers to the queue and the publishers.
        m_sender.reset();
        m_publishers.reset();
        m_queue.reset();
    }

private:
    void makeSender(const PublishersFactory &factory)
    {
        m_publishers = factory();
        m_sender = std::make_unique<OutboxSender>(*m_queue, *m_publishers, m_owner.m_clock,
                                                  m_owner.m_random, m_owner.m_claimant);
        connect(m_sender.get(), &OutboxSender::attemptFinished, this,
                [this](qint64 id, DeliveryState state, const QString &message) {
                    emit m_owner.attemptFinished(id, state, message);
                    work();
                });
        connect(m_sender.get(), &OutboxSender::problem, this,
                [this](const QString &message) { emit m_owner.problem(message); });
    }

    OutboxWorker &m_owner;
    int m_pollMSecs;
    std::unique_ptr<OutboxQueue> m_queue;
    std::unique_ptr<Publishers> m_publishers;
    std::unique_ptr<OutboxSender> m_sender;
    PublishersFactory m_pending;
    bool m_replacing = false;  // new publishers wait for the requests in flight
    bool m_swapQueued = false; // ... which have ended: the swap is queued on this thread
    QTimer m_wake{this};
    QTimer m_poll{this};
};

OutboxWorker::OutboxWorker(QueueFactory queue, PublishersFactory publishers, const Clock &clock,
                           QString claimant, OutboxSender::RandomSource random, QObject *parent)
    : QObject(parent)
    , m_queueFactory(std::move(queue))
    , m_publishersFactory(std::move(publishers))
    , m_clock(clock)
    , m_claimant(std::move(claimant))
    , m_random(std::move(random))
{
    m_thread.setObjectName(QStringLiteral("outbox"));
}

OutboxWorker::~OutboxWorker()
{
    stop();
}

void OutboxWorker::start(int pollMSecs)
{
    if (m_thread.isRunning())
        return;
    m_engine = new Engine(*this, pollMSecs);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_engine, [engine = m_engine]() { engine->begin(); });
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread.start();
}

void OutboxWorker::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_engine = nullptr;
}

void OutboxWorker::setPublishers(PublishersFactory publishers)
{
    // A running engine reads and replaces the factory on its own thread.
    if (!m_engine) {
        m_publishersFactory = std::move(publishers);
        return;
    }
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, publishers = std::move(publishers)]() {
            engine->replacePublishers(publishers);
        },
        Qt::QueuedConnection);
}

void OutboxWorker::wake()
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine]() { engine->work(); }, Qt::QueuedConnection);
}

} // namespace warroom
