#pragma once

#include "core/base/result.h"
#include "core/comms/channel.h"
#include "core/comms/destination.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace warroom {

// Where one outbox row stands (docs/outbox.md). Stored in outbox.state.
enum class DeliveryState {
    Queued,       // waiting for a sender that is configured for its destination
    Sending,      // claimed by a sender; the request may be in flight
    Sent,         // the remote acknowledged it (2xx, SMTP 250)
    Retrying,     // the last attempt failed in a way a retry can fix; next attempt scheduled
    Failed,       // refused by the remote, or out of attempts: a person must act
    PostedByHand, // someone copied the text and posted it themselves
};

namespace deliverystate {

QList<DeliveryState> all();
QString id(DeliveryState s); // "posted-by-hand"
std::optional<DeliveryState> fromId(const QString &id);
QString displayName(DeliveryState s);
QString validIds();
// Sent or posted by hand: nothing left to do.
bool isSettled(DeliveryState s);

} // namespace deliverystate

// One delivery a publication makes: a destination and, for email, one recipient.
struct DeliveryTarget
{
    Destination destination = Destination::StatusPage;
    QString recipient; // an email address for Destination::Email; empty otherwise

    bool operator==(const DeliveryTarget &) const = default;
};

namespace delivery {

// The destinations a draft's channel goes to, in order (docs/outbox.md):
//  status page -> the status page; in-app -> the webhook; key account and email -> one email per
//  address in `emails` (an Error saying how to fix it when there is none); and a Slack row for
//  every publication when `optionalConfigured` contains Destination::Slack. The obligation
//  destinations (status page, email) are queued whether or not this process can deliver them.
Result<QList<DeliveryTarget>> route(Channel channel, const QStringList &emails,
                                    const QSet<Destination> &optionalConfigured);

// Whether rows of this destination decide the announcement obligations (status page, email);
// Slack and webhook rows never do.
bool gatesObligations(Destination d);

// The row's idempotency key, stable across every attempt: unique per publication, destination
// and recipient, and (through the text's hash) across databases.
QString idempotencyKey(qint64 publicationId, const QString &sha256, const DeliveryTarget &target);

// The key of the row that carries a sync (the sync_posted event) to a destination:
// "warroom-sync-<event id>-slack", the same for every attempt.
QString syncIdempotencyKey(qint64 syncEventId, Destination destination);

// "Email to lena@globex.example", "Status page": where a delivery goes, in words.
QString targetText(Destination destination, const QString &recipient);
// A delivery's state for people: "posted by hand by Ines at 03:00 UTC", "sent at 03:01 UTC",
// "retrying at 03:05 UTC", otherwise the state's name. The remote's message is not included.
QString stateText(DeliveryState state, const QString &settledBy, const QDateTime &settledAt,
                  const QDateTime &nextAttemptAt);

// The Statuspage status word for an incident status id ("restored" and "closed" -> "resolved").
QString statusPageStatus(const QString &incidentStatusId);
// The Statuspage impact word for a severity id ("SEV1" -> "critical").
QString statusPageImpact(const QString &severityId);

} // namespace delivery
} // namespace warroom
