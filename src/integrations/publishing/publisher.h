#pragma once

#include "core/comms/channel.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace warroom {

// What leaves War Room for another system goes through a Publisher: one per destination (status
// page, Slack incoming webhook, generic JSON webhook, email), each over Qt Network or a
// well-kept library, never writing its own protocol client. Only approved publications
// (comms_publications rows, docs/templates.md) are handed to a publisher; delivering them
// durably, at most once per idempotency key, is the outbox's job (issue 12 builds both).
class Publisher
{
public:
    virtual ~Publisher();

    // One approved message for one destination.
    struct Message
    {
        qint64 publicationId = 0;
        qint64 incidentId = 0;
        Channel channel = Channel::StatusPage;
        QString idempotencyKey; // stable across retries of the same delivery
        QString title;
        QString body;
        QStringList recipients; // email addresses, for the email channel
        QString remoteId;       // the destination's id of an earlier message to update, if any
    };

    // How a delivery attempt ended, in words a person can act on.
    struct Outcome
    {
        enum class Kind { Delivered, RetryLater, Refused };
        Kind kind = Kind::Refused;
        QString remoteId; // the destination's id of what was created or updated
        QString message;  // the error as the destination said it, or what was done
        QDateTime at;
    };

    // A short name for messages and the board ("status page", "Slack #inc-42").
    virtual QString destination() const = 0;
    // Starts one delivery; `done` is called once, on the thread the publisher lives in.
    virtual void deliver(const Message &message, std::function<void(const Outcome &)> done) = 0;
};

} // namespace warroom
