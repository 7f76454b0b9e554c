#include "core/comms/deliveryphrases.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::DeliveryPhrase)
};

} // namespace

namespace deliveryphrase {

QString targetInState(DeliveryState state, const QString &target)
{
    switch (state) {
    case DeliveryState::Queued:
        return Text::tr("%1 queued", "a delivery: where it goes, then its state").arg(target);
    case DeliveryState::Sending:
        return Text::tr("%1 sending", "a delivery: where it goes, then its state").arg(target);
    case DeliveryState::Sent:
        return Text::tr("%1 sent", "a delivery: where it goes, then its state").arg(target);
    case DeliveryState::Retrying:
        return Text::tr("%1 retrying", "a delivery: where it goes, then its state").arg(target);
    case DeliveryState::Failed:
        return Text::tr("%1 failed", "a delivery: where it goes, then its state").arg(target);
    case DeliveryState::PostedByHand:
        return Text::tr("%1 posted by hand", "a delivery: where it goes, then its state")
            .arg(target);
    }
    Q_UNREACHABLE();
}

QString count(DeliveryState state, int n)
{
    switch (state) {
    case DeliveryState::Queued:
        return Text::tr("%n queued", "deliveries of one publication", n);
    case DeliveryState::Sending:
        return Text::tr("%n sending", "deliveries of one publication", n);
    case DeliveryState::Sent:
        return Text::tr("%n sent", "deliveries of one publication", n);
    case DeliveryState::Retrying:
        return Text::tr("%n retrying", "deliveries of one publication", n);
    case DeliveryState::Failed:
        return Text::tr("%n failed", "deliveries of one publication", n);
    case DeliveryState::PostedByHand:
        return Text::tr("%n posted by hand", "deliveries of one publication", n);
    }
    Q_UNREACHABLE();
}

QString rowState(DeliveryState state, qint64 rowId)
{
    switch (state) {
    case DeliveryState::Queued:
        return Text::tr("Outbox row %1 is queued.").arg(rowId);
    case DeliveryState::Sending:
        return Text::tr("Outbox row %1 is being sent.").arg(rowId);
    case DeliveryState::Sent:
        return Text::tr("Outbox row %1 has been sent.").arg(rowId);
    case DeliveryState::Retrying:
        return Text::tr("Outbox row %1 is waiting for its next attempt.").arg(rowId);
    case DeliveryState::Failed:
        return Text::tr("Outbox row %1 has failed.").arg(rowId);
    case DeliveryState::PostedByHand:
        return Text::tr("Outbox row %1 has been posted by hand.").arg(rowId);
    }
    Q_UNREACHABLE();
}

QString noRecipients(Channel channel)
{
    const QString fix = Text::tr("Add an email address to the key accounts' contacts (import the "
                                 "key-account CSV with an email column) and publish again.");
    switch (channel) {
    case Channel::StatusPage:
        return Text::tr("No key-account contact has an email address, so this status page "
                        "message would reach nobody. %1")
            .arg(fix);
    case Channel::Email:
        return Text::tr("No key-account contact has an email address, so this email would reach "
                        "nobody. %1")
            .arg(fix);
    case Channel::InApp:
        return Text::tr("No key-account contact has an email address, so this in-app notice "
                        "would reach nobody. %1")
            .arg(fix);
    case Channel::KeyAccount:
        return Text::tr("No key-account contact has an email address, so this key-account "
                        "message would reach nobody. %1")
            .arg(fix);
    }
    Q_UNREACHABLE();
}

} // namespace deliveryphrase
} // namespace warroom
