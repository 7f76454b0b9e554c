#pragma once

#include "core/comms/delivery.h"

#include <QString>

namespace warroom {

// Sentences about a delivery's state, one whole translatable sentence per state: a state's name
// (deliverystate::displayName) is a label, never lower-cased into running text, because other
// languages inflect or reorder the words around it.
namespace deliveryphrase {

// "Status page queued", "Email to lena@globex.example failed": where a delivery goes and where
// it stands (target is delivery::targetText's words).
QString targetInState(DeliveryState state, const QString &target);

// "5 queued", "1 failed": how many deliveries of one publication are in the state.
QString count(DeliveryState state, int n);

// "Outbox row 7 is queued.": one whole sentence saying where an outbox row stands.
QString rowState(DeliveryState state, qint64 rowId);

// Why a publication on the channel would reach nobody (no key-account contact has an email
// address), and how to fix it; one sentence per channel.
QString noRecipients(Channel channel);

} // namespace deliveryphrase
} // namespace warroom
