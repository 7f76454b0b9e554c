#pragma once

#include "core/comms/destination.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace warroom {

// What leaves War Room for another system goes through a Publisher: one per destination (status
// page, Slack incoming webhook, generic JSON webhook, email), each over Qt Network or a
// well-kept library (libcurl for SMTP), never a protocol client of our own. Only approved
// publications are handed to a publisher, one outbox row at a time; delivering them durably, at
// most once per idempotency key, with retries and pacing, is the outbox sender's job
// (docs/channels.md).
class Publisher
{
public:
    virtual ~Publisher();

    // One outbox row: one approved message for one destination and, for email, one recipient.
    struct Message
    {
        qint64 outboxId = 0;
        qint64 publicationId = 0; // 0 for a sync
        // A progress sync rather than a publication: the sync_posted event and when it was
        // posted (the body is its text, the title empty).
        qint64 syncEventId = 0;
        QDateTime syncPostedAt;
        qint64 incidentId = 0;
        QString incidentReference; // "INC-42", for subjects and chat text
        Destination destination = Destination::StatusPage;
        // Stable across every attempt of this row; sent where the remote accepts one
        // (Idempotency-Key header, Statuspage incident metadata).
        QString idempotencyKey;
        QString title;     // may be empty (key-account messages have none)
        QString body;      // plain text as signed off; publishers render HTML or mrkdwn from it
        QString recipient; // an email address for Destination::Email; empty otherwise
        // The remote's id of what an earlier delivery of the same War Room incident created
        // (the Statuspage incident id): update it rather than create another.
        QString remoteId;
        // Statuspage vocabulary: investigating, identified, monitoring, resolved.
        QString statusPageStatus;
        // Statuspage vocabulary: none, minor, major, critical.
        QString impact;
    };

    // How one delivery attempt ended, in words a person can act on.
    struct Outcome
    {
        enum class Kind {
            Delivered,  // 2xx / SMTP 250: the remote has it
            RetryLater, // 5xx, 408, 420, 429, timeout, connection reset, DNS failure
            Refused,    // 4xx a retry cannot fix (401, 403, 404, 422), or a bad configuration
        };
        Kind kind = Kind::Refused;
        QString remoteId; // the remote's id of what was created or updated, when it says
        QString message;  // the remote's own error text, or what was done
        // The remote's Retry-After in seconds (rate limits), 0 when it gave none.
        int retryAfterSeconds = 0;
    };

    virtual Destination destination() const = 0;
    // A short name for messages and the board ("status page example.statuspage.io").
    virtual QString describe() const = 0;
    // Starts one delivery; `done` is called exactly once, later, on the thread the publisher
    // lives in (never from inside deliver()). A publisher never blocks its thread.
    virtual void deliver(const Message &message, std::function<void(const Outcome &)> done) = 0;
};

// The publishers this process is configured for. Created on the thread that works the outbox
// and used only there.
class Publishers
{
public:
    virtual ~Publishers();
    // nullptr when the destination is not configured here: its rows wait for another process
    // that is, or for someone to post the text by hand.
    virtual Publisher *publisher(Destination destination) = 0;
};

// Makes the Publishers on the thread that will use them.
using PublishersFactory = std::function<std::unique_ptr<Publishers>()>;

} // namespace warroom
