#pragma once

#include "core/base/clock.h"
#include "core/comms/outboxqueue.h"
#include "integrations/outbox/outboxclaimant.h"
#include "integrations/publishing/publisher.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>

namespace warroom {

// Works the outbox (docs/outbox.md) through the Publishers of this process: at most one request
// in flight per destination, paced per destination, exponential backoff with jitter for
// "retry later", Retry-After honoured, "refused" failing at once, a bounded number of attempts.
// Rows whose destination has no publisher here stay queued and are reported as not configured.
//
// It never reads the wall clock and never sleeps: the time comes from `clock`, and whoever drives
// it (OutboxWorker on its thread, `warroomctl outbox run`, a test) calls workDueRows() when
// nextWake() comes or a request finished. Outcomes arrive on the publishers' thread, which must
// be this object's thread.
//
// The outbox sits in storage, which integrations may not use: the sender sees it through the
// OutboxQueue interface (core), which OutboxStore implements.
class OutboxSender final : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int maxAttempts = 8;
        int firstBackoffSecs = 15;    // doubled per attempt ...
        int maxBackoffSecs = 30 * 60; // ... up to this
        // A claimed row belongs to this sender until then; a sender that died loses it after.
        // Longer than any publisher's request timeout.
        int claimSecs = 5 * 60;
        // Tells whether another sender's claim belongs to a process that has died (on this
        // machine): its rows are resumed at once instead of when the claim runs out.
        std::function<bool(const QString &claimant)> claimantGone = outboxclaimant::isGone;
        // The least time between two requests to one destination (Statuspage: about one request
        // per second per API key).
        QHash<Destination, int> minIntervalMs{{Destination::StatusPage, 1000},
                                              {Destination::Slack, 1000}};
    };
    // A number in [0, 1): the jitter. Injected so tests know the schedule.
    using RandomSource = std::function<double()>;

    // `claimant` names this sender in the rows it claims (unique per process).
    OutboxSender(OutboxQueue &queue, Publishers &publishers, const Clock &clock,
                 RandomSource random, QString claimant, Policy policy, QObject *parent = nullptr);
    OutboxSender(OutboxQueue &queue, Publishers &publishers, const Clock &clock,
                 RandomSource random, QString claimant, QObject *parent = nullptr);
    ~OutboxSender() override;
    Q_DISABLE_COPY_MOVE(OutboxSender)

    // Starts a delivery of every row due now that may go now (its destination configured here,
    // idle and not held back by pacing or a Retry-After). Returns how many it started.
    int workDueRows();
    // Requests started and not yet answered.
    int inFlight() const { return int(m_inFlight.size()); }
    // When workDueRows() has something to do next (besides after attemptFinished): a row's next
    // attempt, the end of a pacing pause or Retry-After that held a due row back, or the end of
    // another sender's claim; invalid when nothing waits.
    QDateTime nextWake() const { return m_nextWake; }
    // Rows due but not deliverable here, as of the last workDueRows().
    const QList<OutboxRow> &notConfigured() const { return m_notConfigured; }
    // Rows due and deliverable here that the last workDueRows() held back (their destination was
    // busy, pacing or under a Retry-After).
    int heldBack() const { return m_heldBack; }

    // The delay before attempt `attempts + 1` after a "retry later" without Retry-After:
    // firstBackoff * 2^(attempts-1), capped, times a jitter factor in [0.5, 1).
    static qint64 backoffMSecs(const Policy &policy, int attempts, double random);

signals:
    // One attempt ended and its outcome is stored: the row's new state and the remote's words.
    void attemptFinished(qint64 outboxId, warroom::DeliveryState state, const QString &message);
    // The outbox could not be read or written (the database's own message).
    void problem(const QString &message);

private:
    // Queues again the rows held by senders whose process has died; false (and a problem()
    // naming the row) when the outbox could not be read or such a row could not be written.
    bool releaseAbandonedRows();
    void start(const OutboxRow &row, Publisher &publisher, const QDateTime &now);
    void finish(const OutboxRow &row, const Publisher::Outcome &outcome);

    OutboxQueue &m_queue;
    Publishers &m_publishers;
    const Clock &m_clock;
    RandomSource m_random;
    QString m_claimant;
    Policy m_policy;
    QHash<Destination, qint64> m_inFlight;     // destination -> outbox id
    QHash<Destination, QDateTime> m_notBefore; // pacing and Retry-After per destination
    QList<OutboxRow> m_notConfigured;
    QDateTime m_nextWake;
    int m_heldBack = 0;
};

} // namespace warroom
