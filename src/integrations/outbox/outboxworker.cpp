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
        m_publishers = m_owner.m_publishersFactory();
        m_sender = std::make_unique<OutboxSender>(*m_queue, *m_publishers, m_owner.m_clock,
                                                  m_owner.m_random, m_owner.m_claimant);
        connect(m_sender.get(), &OutboxSender::attemptFinished, this,
                [this](qint64 id, DeliveryState state, const QString &message) {
                    emit m_owner.attemptFinished(id, state, message);
                    work();
                });
        connect(m_sender.get(), &OutboxSender::problem, this,
                [this](const QString &message) { emit m_owner.problem(message); });
        m_wake.setSingleShot(true);
        connect(&m_wake, &QTimer::timeout, this, &Engine::work);
        m_poll.setInterval(m_pollMSecs);
        connect(&m_poll, &QTimer::timeout, this, &Engine::work);
        m_poll.start();
        work();
    }

    void work()
    {
        if (!m_sender)
            return;
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
    OutboxWorker &m_owner;
    int m_pollMSecs;
    std::unique_ptr<OutboxQueue> m_queue;
    std::unique_ptr<Publishers> m_publishers;
    std::unique_ptr<OutboxSender> m_sender;
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

void OutboxWorker::wake()
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine]() { engine->work(); }, Qt::QueuedConnection);
}

} // namespace warroom
