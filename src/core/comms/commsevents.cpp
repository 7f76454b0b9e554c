#include "core/comms/commsevents.h"

#include "core/comms/announcementkind.h"
#include "core/comms/channel.h"
#include "core/comms/delivery.h"
#include "core/comms/destination.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Timeline)
};

QString shortHash(const QJsonObject &p)
{
    return p.value(QLatin1String("sha256")).toString().left(12);
}

// "#2", the draft's number within its incident (draftnumbering.h); "id 5", its database id,
// for an old event whose number could not be looked up (docs/timeline.md).
QString draftTag(const QJsonObject &p)
{
    const int number = p.value(QLatin1String("draft_number")).toInt();
    if (number > 0)
        return Text::tr("#%1", "a draft's number within its incident").arg(number);
    return Text::tr("id %1", "a draft named by its database id when its number is unknown")
        .arg(p.value(QLatin1String("draft_id")).toInteger());
}

QString draftRef(const QJsonObject &p)
{
    return Text::tr("draft %1 v%2").arg(draftTag(p)).arg(p.value(QLatin1String("version")).toInt());
}

// "the status page" for "status-page"; an unknown id as it was recorded.
QString channelText(const QJsonObject &p)
{
    const QString id = p.value(QLatin1String("channel")).toString();
    const std::optional<Channel> c = channel::fromId(id);
    return c ? channel::displayName(*c) : id;
}

QString kindText(const QJsonObject &p)
{
    const QString kind = p.value(QLatin1String("kind")).toString();
    return announcementkind::isKnown(kind) ? announcementkind::displayName(kind) : kind;
}

QString overrideText(const QJsonObject &p)
{
    const QString reason = p.value(QLatin1String("override_reason")).toString();
    if (reason.isEmpty())
        return QString();
    QStringList rules;
    for (const QJsonValue &v : p.value(QLatin1String("lint_errors")).toArray())
        rules.append(v.toString());
    return Text::tr(" (lint errors %1 overridden: %2)")
        .arg(rules.join(QStringLiteral(", ")), reason);
}

// A draft state id in words, as the timeline's sentences use it ("its %1 state"). The
// gate's own names live in the comms layer, above this one; an unknown id is shown as it is.
QString stateText(const QString &id)
{
    if (id == QLatin1String("draft"))
        return Text::tr("draft", "draft state in a timeline sentence");
    if (id == QLatin1String("in-legal-review"))
        return Text::tr("in legal review", "draft state in a timeline sentence");
    if (id == QLatin1String("changes-requested"))
        return Text::tr("changes requested", "draft state in a timeline sentence");
    if (id == QLatin1String("legally-signed-off"))
        return Text::tr("legally signed off", "draft state in a timeline sentence");
    if (id == QLatin1String("ic-approved"))
        return Text::tr("IC approved");
    if (id == QLatin1String("published"))
        return Text::tr("published", "draft state in a timeline sentence");
    return id;
}

QString approvalText(const QString &id)
{
    if (id == QLatin1String("legal-signoff"))
        return Text::tr("legal sign-off");
    if (id == QLatin1String("ic-approval"))
        return Text::tr("IC approval");
    return id;
}

QString publicationRef(const QJsonObject &p)
{
    // A sync's row (docs/outbox.md): the sync_posted event it carries.
    if (p.contains(QLatin1String("sync_event_id")))
        return Text::tr("sync %1").arg(p.value(QLatin1String("sync_event_id")).toInteger());
    const qint64 publication = p.value(QLatin1String("publication_id")).toInteger();
    // Rows recorded before the draft was named carry the publication only.
    if (p.contains(QLatin1String("draft_id")))
        return Text::tr("publication %1 of draft %2").arg(publication).arg(draftTag(p));
    return Text::tr("publication %1").arg(publication);
}

} // namespace

const QStringList &deliveryEventKinds()
{
    static const QStringList kinds{QString::fromLatin1(eventkind::AnnouncementDelivered),
                                   QString::fromLatin1(eventkind::AnnouncementPostedByHand),
                                   QString::fromLatin1(eventkind::AnnouncementDeliveryFailed),
                                   QString::fromLatin1(eventkind::AnnouncementDeliveryRetrying),
                                   QString::fromLatin1(eventkind::AnnouncementDeliveryRequeued)};
    return kinds;
}

QString deliveryTargetText(const QJsonObject &p)
{
    const QString id = p.value(QLatin1String("destination")).toString();
    const QString recipient = p.value(QLatin1String("recipient")).toString();
    if (const std::optional<Destination> d = destination::fromId(id))
        return delivery::targetText(*d, recipient);
    return recipient.isEmpty() ? id : Text::tr("%1 to %2").arg(id, recipient);
}

QString describeCommsEvent(const TimelineEvent &event)
{
    const QJsonObject &p = event.payload;
    const QString kind = event.kind;
    if (kind == QLatin1String(eventkind::DraftCreated)) {
        const QString audience = p.value(QLatin1String("audience")).toString();
        const QString started =
            Text::tr("Started draft %1: %2, %3").arg(draftTag(p), kindText(p), channelText(p));
        return audience.isEmpty() ? started : Text::tr("%1, for %2").arg(started, audience);
    }
    if (kind == QLatin1String(eventkind::DraftSaved))
        return Text::tr("Saved %1 (text %2)").arg(draftRef(p), shortHash(p));
    if (kind == QLatin1String(eventkind::DraftVoided)) {
        QStringList voided;
        for (const QJsonValue &v : p.value(QLatin1String("voided")).toArray())
            voided.append(
                Text::tr("%1 by %2")
                    .arg(approvalText(v.toObject().value(QLatin1String("kind")).toString()),
                         v.toObject().value(QLatin1String("person")).toString()));
        const QString what =
            voided.isEmpty() ? QString() : QStringLiteral(": ") + voided.join(QStringLiteral(", "));
        const QString reason = p.value(QLatin1String("reason")).toString();
        if (!reason.isEmpty()) // raised legal requirement, not an edit
            return Text::tr("Draft %1 went back to draft (it was %2) because %3%4")
                .arg(draftTag(p), stateText(p.value(QLatin1String("from")).toString()), reason,
                     what);
        return Text::tr("Edit of draft %1 voided its %2 state%3")
            .arg(draftTag(p), stateText(p.value(QLatin1String("from")).toString()), what);
    }
    if (kind == QLatin1String(eventkind::DraftMarkedNeedsLegal)) {
        const QString reason = p.value(QLatin1String("reason")).toString();
        if (!reason.isEmpty())
            return Text::tr("Draft %1 now needs legal review: %2").arg(draftTag(p), reason);
        return Text::tr("Marked draft %1 as needing legal review").arg(draftTag(p));
    }
    if (kind == QLatin1String(eventkind::DraftSubmitted))
        return Text::tr("Sent %1 to legal review (text %2)%3")
            .arg(draftRef(p), shortHash(p), overrideText(p));
    if (kind == QLatin1String(eventkind::DraftSignedOff))
        return Text::tr("Legal signed off %1 (text %2)").arg(draftRef(p), shortHash(p));
    if (kind == QLatin1String(eventkind::DraftChangesRequested))
        return Text::tr("Requested changes to %1: %2")
            .arg(draftRef(p), p.value(QLatin1String("reason")).toString());
    if (kind == QLatin1String(eventkind::DraftApproved))
        return Text::tr("IC approved %1 (text %2)%3")
            .arg(draftRef(p), shortHash(p), overrideText(p));
    if (kind == QLatin1String(eventkind::AnnouncementPublished))
        return Text::tr("Published %1 (%2) on %3 (text %4)")
            .arg(draftRef(p), kindText(p), channelText(p), shortHash(p));
    if (kind == QLatin1String(eventkind::AnnouncementDelivered)) {
        const QString remote = p.value(QLatin1String("remote_id")).toString();
        return remote.isEmpty()
                   ? Text::tr("Delivered %1: %2").arg(publicationRef(p), deliveryTargetText(p))
                   : Text::tr("Delivered %1: %2 (remote id %3)")
                         .arg(publicationRef(p), deliveryTargetText(p), remote);
    }
    if (kind == QLatin1String(eventkind::AnnouncementPostedByHand))
        return Text::tr("%1 posted %2 by hand: %3")
            .arg(p.value(QLatin1String("by")).toString(), publicationRef(p), deliveryTargetText(p));
    if (kind == QLatin1String(eventkind::AnnouncementDeliveryFailed))
        return Text::tr("Delivery of %1 failed: %2: %3")
            .arg(publicationRef(p), deliveryTargetText(p),
                 p.value(QLatin1String("message")).toString());
    if (kind == QLatin1String(eventkind::AnnouncementDeliveryRetrying))
        return Text::tr("Delivery of %1 will be retried: %2: %3")
            .arg(publicationRef(p), deliveryTargetText(p),
                 p.value(QLatin1String("message")).toString());
    if (kind == QLatin1String(eventkind::AnnouncementDeliveryRequeued))
        return Text::tr("%1 queued %2 again: %3")
            .arg(p.value(QLatin1String("by")).toString(), publicationRef(p), deliveryTargetText(p));
    return QString();
}

} // namespace warroom
