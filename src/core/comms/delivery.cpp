#include "core/comms/delivery.h"

#include "core/base/enumtable.h"
#include "core/base/utctime.h"
#include "core/comms/deliveryphrases.h"

#include <QCoreApplication>

namespace warroom {
namespace deliverystate {
namespace {

struct DeliveryStateInfo
{
    DeliveryState value;
    const char *id;
    const char *name;
};

constexpr EnumTable<DeliveryStateInfo, 6> kStates{{{
    {DeliveryState::Queued, "queued", QT_TRANSLATE_NOOP("warroom::DeliveryState", "Queued")},
    {DeliveryState::Sending, "sending", QT_TRANSLATE_NOOP("warroom::DeliveryState", "Sending")},
    {DeliveryState::Sent, "sent", QT_TRANSLATE_NOOP("warroom::DeliveryState", "Sent")},
    {DeliveryState::Retrying, "retrying", QT_TRANSLATE_NOOP("warroom::DeliveryState", "Retrying")},
    {DeliveryState::Failed, "failed", QT_TRANSLATE_NOOP("warroom::DeliveryState", "Failed")},
    {DeliveryState::PostedByHand, "posted-by-hand",
     QT_TRANSLATE_NOOP("warroom::DeliveryState", "Posted by hand")},
}}};

} // namespace

WARROOM_ENUM_FUNCTIONS(DeliveryState, kStates, "warroom::DeliveryState")

bool isSettled(DeliveryState s)
{
    return s == DeliveryState::Sent || s == DeliveryState::PostedByHand;
}

} // namespace deliverystate

namespace delivery {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Delivery)
};

} // namespace

Result<QList<DeliveryTarget>> route(Channel channel, const QStringList &emails,
                                    const QSet<Destination> &optionalConfigured)
{
    QList<DeliveryTarget> targets;
    switch (channel) {
    case Channel::StatusPage:
        targets.append({Destination::StatusPage, QString()});
        break;
    case Channel::InApp:
        targets.append({Destination::Webhook, QString()});
        break;
    case Channel::KeyAccount:
    case Channel::Email: {
        QStringList seen;
        for (const QString &raw : emails) {
            const QString address = raw.trimmed();
            if (address.isEmpty() || seen.contains(address, Qt::CaseInsensitive))
                continue;
            seen.append(address);
            targets.append({Destination::Email, address});
        }
        if (targets.isEmpty())
            return Error::invalid(QStringLiteral("recipients"),
                                  deliveryphrase::noRecipients(channel));
        break;
    }
    }
    if (optionalConfigured.contains(Destination::Slack))
        targets.append({Destination::Slack, QString()});
    return targets;
}

bool gatesObligations(Destination d)
{
    return d == Destination::StatusPage || d == Destination::Email;
}

QString idempotencyKey(qint64 publicationId, const QString &sha256, const DeliveryTarget &target)
{
    QString key = QStringLiteral("warroom-%1-%2-%3")
                      .arg(sha256.left(12))
                      .arg(publicationId)
                      .arg(destination::id(target.destination));
    if (!target.recipient.isEmpty())
        key += QLatin1Char('-') + target.recipient.trimmed().toLower();
    return key;
}

QString syncIdempotencyKey(qint64 syncEventId, Destination destination)
{
    return QStringLiteral("warroom-sync-%1-%2").arg(syncEventId).arg(destination::id(destination));
}

QString targetText(Destination destination, const QString &recipient)
{
    const QString name = destination::displayName(destination);
    return recipient.isEmpty() ? name : Text::tr("%1 to %2").arg(name, recipient);
}

QString stateText(DeliveryState state, const QString &settledBy, const QDateTime &settledAt,
                  const QDateTime &nextAttemptAt)
{
    switch (state) {
    case DeliveryState::PostedByHand:
        return Text::tr("posted by hand by %1 at %2").arg(settledBy, utctime::hhmm(settledAt));
    case DeliveryState::Sent:
        return Text::tr("sent at %1").arg(utctime::hhmm(settledAt));
    case DeliveryState::Retrying:
        return Text::tr("retrying at %1").arg(utctime::hhmm(nextAttemptAt));
    default:
        return deliverystate::displayName(state);
    }
}

QString statusPageStatus(const QString &incidentStatusId)
{
    if (incidentStatusId == QLatin1String("identified") ||
        incidentStatusId == QLatin1String("monitoring"))
        return incidentStatusId;
    if (incidentStatusId == QLatin1String("restored") ||
        incidentStatusId == QLatin1String("closed"))
        return QStringLiteral("resolved");
    return QStringLiteral("investigating");
}

QString statusPageImpact(const QString &severityId)
{
    if (severityId == QLatin1String("SEV1"))
        return QStringLiteral("critical");
    if (severityId == QLatin1String("SEV2"))
        return QStringLiteral("major");
    return QStringLiteral("minor");
}

} // namespace delivery
} // namespace warroom
