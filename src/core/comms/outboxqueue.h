#pragma once

#include "core/base/result.h"
#include "core/comms/delivery.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace warroom {

// One outbox row: one publication or one sync to one destination (and, for email, one
// recipient), with the text it carries and where its delivery stands (docs/outbox.md).
struct OutboxRow
{
    qint64 id = 0;
    qint64 publicationId = 0; // 0 for a sync
    qint64 draftId = 0;       // the published draft; 0 for a sync
    int draftNumber = 0;      // its number within the incident ("draft #2"); 0 for a sync
    qint64 syncEventId = 0;   // the sync_posted event a sync row carries; 0 for a publication
    QDateTime syncPostedAt;   // when that sync was posted
    qint64 incidentId = 0;
    Destination destination = Destination::StatusPage;
    QString recipient;
    QString idempotencyKey;
    DeliveryState state = DeliveryState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastMessage; // the remote's own words of the last attempt, or what was done
    QString remoteId;
    QDateTime settledAt; // sent or posted by hand
    QString settledBy;   // who posted by hand; empty when sent
    QString claimedBy;   // the sender holding a "sending" row; empty otherwise
    QDateTime queuedAt;
    // What it carries, fixed when published.
    QString channel; // the draft's channel id
    QString kind;    // the announcement kind
    QString title;   // empty for a sync
    QString body;    // the sync's text for a sync
    QString statusPageStatus;
    QString impact;
};

// The outbox as a sender sees it: the interface OutboxStore (storage) implements, so the sender
// (integrations, which may not use storage) works it without SQL. Every call is one transaction
// of its own; each state change that matters is also recorded on the incident's timeline there.
class OutboxQueue
{
public:
    virtual ~OutboxQueue() = default;

    // Rows a sender may take now: queued or retrying ones whose next attempt is due, and rows left
    // "sending" by a sender whose claim ran out (a process that died mid-send), oldest first.
    virtual Result<QList<OutboxRow>> due(const QDateTime &now) = 0;
    // The earliest moment after `now` at which a row becomes due (a next attempt, or the end of
    // another sender's claim), or an invalid time when nothing waits.
    virtual Result<QDateTime> nextDueAfter(const QDateTime &now) = 0;
    // Moves the row to "sending" for `claimant` until `claimUntil` and counts the attempt; an
    // Error when another sender took it first or it is no longer due.
    virtual Result<OutboxRow> claim(qint64 id, const QString &claimant, const QDateTime &now,
                                    const QDateTime &claimUntil) = 0;
    // Rows "sending" now, each with its claimant (OutboxRow::claimedBy), oldest first.
    virtual Result<QList<OutboxRow>> sending() = 0;
    // Queues a "sending" row again, due now, when `goneClaimant` still holds it: its sender is
    // known to have died mid-send (its process is gone), so the next attempt need not wait for
    // the claim to run out. `why` becomes the row's last message. An Error when the row is no
    // longer held by that claimant.
    virtual Result<void> releaseAbandoned(qint64 id, const QString &goneClaimant,
                                          const QString &why) = 0;
    // The outcome of the claimant's attempt; an Error (and nothing written) when the row is no
    // longer claimed by it.
    virtual Result<void> markSent(qint64 id, const QString &claimant, const QString &remoteId,
                                  const QString &message) = 0;
    virtual Result<void> markRetry(qint64 id, const QString &claimant, const QDateTime &next,
                                   const QString &message) = 0;
    virtual Result<void> markFailed(qint64 id, const QString &claimant, const QString &message) = 0;
    // The remote id an earlier delivery of the incident to the destination stored (the
    // Statuspage incident id), empty when none.
    virtual Result<QString> remoteIdFor(qint64 incidentId, Destination destination) = 0;
};

} // namespace warroom
