#pragma once

#include "integrations/channels/channelsettings.h"
#include "integrations/publishing/publisher.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace warroom {

class Clock;

// Email over SMTP through libcurl (smtptransfer.h): one message per recipient (Message::recipient),
// multipart/alternative text and HTML (mailmessage.h), a Message-ID derived from the idempotency
// key. Each transfer runs on a worker thread of the publisher's own pool; its outcome comes back
// to the publisher's thread through a queued call. Destroying the publisher stops running
// transfers and drops their outcomes.
class EmailPublisher final : public Publisher
{
public:
    EmailPublisher(EmailSettings settings, int timeoutSeconds, const Clock &clock);
    ~EmailPublisher() override;

    Destination destination() const override { return Destination::Email; }
    QString describe() const override;
    void deliver(const Message &message, std::function<void(const Outcome &)> done) override;

    // "[INC-42] Title", or "[INC-42] Incident update" for a message without a title.
    static QString subjectFor(const Message &message);

    static constexpr int kMaxParallelTransfers = 4;

private:
    EmailSettings m_settings;
    int m_timeoutSeconds;
    const Clock &m_clock;
    QObject m_context; // lives in the publisher's thread: outcomes are delivered through it
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QThreadPool m_pool; // last: destroyed first, after the transfers have stopped
};

} // namespace warroom
