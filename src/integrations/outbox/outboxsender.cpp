#include "integrations/outbox/outboxsender.h"

#include <QPointer>

#include <algorithm>
#include <cmath>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::OutboxSender)
};

} // namespace

OutboxSender::OutboxSender(OutboxQueue &queue, Publishers &publishers, const Clock &clock,
                           RandomSource random, QString claimant, Policy policy, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_publishers(publishers)
    , m_clock(clock)
    , m_random(std::move(random))
    , m_claimant(std::move(claimant))
    , m_policy(std::move(policy))
{
}

OutboxSender::OutboxSender(OutboxQueue &queue, Publishers &publishers, const Clock &clock,
                           RandomSource random, QString claimant, QObject *parent)
    : OutboxSender(queue, publishers, clock, std::move(random), std::move(claimant), Policy{},
                   parent)
{
}

OutboxSender::~OutboxSender() = default;

qint64 OutboxSender::backoffMSecs(const Policy &policy, int attempts, double random)
{
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const double capped = std::min(double(policy.firstBackoffSecs) * std::pow(2.0, doublings),
                                   double(policy.maxBackoffSecs));
    const double jitter = 0.5 + std::clamp(random, 0.0, 1.0) / 2.0;
    return qint64(capped * jitter * 1000.0);
}

bool OutboxSender::releaseAbandonedRows()
{
    Result<QList<OutboxRow>> sending = m_queue.sending();
    if (!sending) {
        emit problem(sending.error().message);
        return false;
    }
    for (const OutboxRow &row : std::as_const(*sending)) {
        if (row.claimedBy == m_claimant || !m_policy.claimantGone ||
            !m_policy.claimantGone(row.claimedBy))
            continue;
        const Result<void> released = m_queue.releaseAbandoned(
            row.id, row.claimedBy,
            tr("The sender that was delivering this (%1) stopped mid-send; sending it again "
               "with the same idempotency key.")
                .arg(row.claimedBy));
        // Refused as invalid: another sender took the row in the meantime, nothing to do. Any
        // other error is the outbox's (read-only, locked, damaged): the row stays held by the
        // dead sender until its claim runs out, and the rest of this round would fail alike.
        if (!released && released.error().code != Error::Code::InvalidInput) {
            emit problem(tr("Could not resume outbox row %1 left by a sender that stopped "
                            "mid-send (%2): %3")
                             .arg(row.id)
                             .arg(row.claimedBy, released.error().message));
            return false;
        }
    }
    return true;
}

int OutboxSender::workDueRows()
{
    if (!releaseAbandonedRows())
        return 0;
    const QDateTime now = m_clock.nowUtc();
    Result<QList<OutboxRow>> due = m_queue.due(now);
    if (!due) {
        emit problem(due.error().message);
        return 0;
    }
    m_notConfigured.clear();
    m_heldBack = 0;
    Result<QDateTime> next = m_queue.nextDueAfter(now);
    if (!next) {
        emit problem(next.error().message);
        return 0;
    }
    m_nextWake = *next;
    const auto wakeAt = [this](const QDateTime &at) {
        if (!m_nextWake.isValid() || at < m_nextWake)
            m_nextWake = at;
    };
    int started = 0;
    for (const OutboxRow &row : std::as_const(*due)) {
        Publisher *publisher = m_publishers.publisher(row.destination);
        if (!publisher) {
            m_notConfigured.append(row);
            continue;
        }
        if (m_inFlight.contains(row.destination)) {
            ++m_heldBack;
            continue;
        }
        const QDateTime notBefore = m_notBefore.value(row.destination);
        if (notBefore.isValid() && now < notBefore) {
            ++m_heldBack;
            wakeAt(notBefore);
            continue;
        }
        start(row, *publisher, now);
        started += m_inFlight.contains(row.destination) ? 1 : 0;
    }
    return started;
}

void OutboxSender::start(const OutboxRow &due, Publisher &publisher, const QDateTime &now)
{
    Result<OutboxRow> claimed =
        m_queue.claim(due.id, m_claimant, now, now.addSecs(m_policy.claimSecs));
    if (!claimed)
        return; // another sender took it, or it is no longer due
    OutboxRow row = *claimed;
    Publisher::Message message;
    message.outboxId = row.id;
    message.publicationId = row.publicationId;
    message.syncEventId = row.syncEventId;
    message.syncPostedAt = row.syncPostedAt;
    message.incidentId = row.incidentId;
    message.incidentReference = QStringLiteral("INC-%1").arg(row.incidentId);
    message.destination = row.destination;
    message.idempotencyKey = row.idempotencyKey;
    message.title = row.title;
    message.body = row.body;
    message.recipient = row.recipient;
    message.statusPageStatus = row.statusPageStatus;
    message.impact = row.impact;
    message.remoteId = row.remoteId;
    if (message.remoteId.isEmpty()) {
        Result<QString> earlier = m_queue.remoteIdFor(row.incidentId, row.destination);
        if (!earlier) {
            emit problem(earlier.error().message);
            return; // the claim runs out and the row is due again
        }
        message.remoteId = *earlier;
    }
    m_inFlight.insert(row.destination, row.id);
    const int interval = m_policy.minIntervalMs.value(row.destination, 0);
    m_notBefore.insert(row.destination, now.addMSecs(interval));
    // The publisher answers later, on this thread; if this sender is gone by then, the claim
    // runs out and the next sender repeats the attempt with the same idempotency key.
    const QPointer<OutboxSender> self(this);
    publisher.deliver(message, [self, row](const Publisher::Outcome &outcome) {
        if (self)
            self->finish(row, outcome);
    });
}

void OutboxSender::finish(const OutboxRow &row, const Publisher::Outcome &outcome)
{
    m_inFlight.remove(row.destination);
    const QDateTime now = m_clock.nowUtc();
    DeliveryState state = DeliveryState::Failed;
    QString message = outcome.message;
    Result<void> stored;
    switch (outcome.kind) {
    case Publisher::Outcome::Kind::Delivered:
        state = DeliveryState::Sent;
        stored = m_queue.markSent(row.id, m_claimant, outcome.remoteId, outcome.message);
        break;
    case Publisher::Outcome::Kind::Refused:
        stored = m_queue.markFailed(row.id, m_claimant, outcome.message);
        break;
    case Publisher::Outcome::Kind::RetryLater:
        if (row.attempts >= m_policy.maxAttempts) {
            message = row.attempts == 1
                          ? Text::tr("gave up after 1 attempt: %1").arg(outcome.message)
                          : Text::tr("gave up after %1 attempts: %2")
                                .arg(row.attempts)
                                .arg(outcome.message);
            stored = m_queue.markFailed(row.id, m_claimant, message);
            break;
        }
        state = DeliveryState::Retrying;
        QDateTime next;
        if (outcome.retryAfterSeconds > 0) {
            // A rate limit holds the whole destination (one API key), not only this row.
            next = now.addSecs(outcome.retryAfterSeconds);
            m_notBefore.insert(row.destination, std::max(m_notBefore.value(row.destination), next));
        } else {
            next = now.addMSecs(backoffMSecs(m_policy, row.attempts, m_random ? m_random() : 0.0));
        }
        stored = m_queue.markRetry(row.id, m_claimant, next, outcome.message);
        break;
    }
    if (!stored) {
        emit problem(stored.error().message);
        return;
    }
    emit attemptFinished(row.id, state, message);
}

} // namespace warroom
