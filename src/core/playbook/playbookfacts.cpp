#include "core/playbook/playbookfacts.h"

#include "core/base/utctime.h"
#include "core/calls/outreach.h"
#include "core/comms/channel.h"
#include "core/comms/commsevents.h"
#include "core/comms/delivery.h"
#include "core/comms/deliveryphrases.h"
#include "core/playbook/playbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace warroom::playbookengine {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::PlaybookEngine)
};

qint64 draftOf(const TimelineEvent &e)
{
    return e.payload.value(QLatin1String("draft_id")).toInteger();
}

const QString kCreated = QString::fromLatin1(eventkind::DraftCreated);
const QString kSaved = QString::fromLatin1(eventkind::DraftSaved);
const QString kVoided = QString::fromLatin1(eventkind::DraftVoided);
const QString kSignedOff = QString::fromLatin1(eventkind::DraftSignedOff);

// The first three of a list, then "and N more": a board cell, not a report (the Roles & calls
// tab and the editor list them all).
QString firstFew(const QStringList &items)
{
    constexpr qsizetype shown = 3;
    QString text = items.mid(0, shown).join(QStringLiteral(", "));
    if (items.size() > shown)
        text += Text::tr(" and %1 more").arg(items.size() - shown);
    return text;
}

// "2 placeholders to fill ({{eta}}, {{cause}}) and 1 lint error (never-again)".
QString readinessProblem(const QJsonObject &payload)
{
    if (!payload.contains(QLatin1String("unfilled")) ||
        !payload.contains(QLatin1String("lint_errors")))
        return Text::tr("saved before War Room recorded placeholders and lint; save it again");
    QStringList parts;
    QStringList unfilled;
    for (const QJsonValue &name : payload.value(QLatin1String("unfilled")).toArray())
        unfilled.append(QStringLiteral("{{%1}}").arg(name.toString()));
    if (!unfilled.isEmpty())
        parts.append((unfilled.size() == 1
                          ? Text::tr("1 placeholder to fill")
                          : Text::tr("%1 placeholders to fill").arg(unfilled.size())) +
                     QStringLiteral(" (%1)").arg(firstFew(unfilled)));
    QStringList errors;
    for (const QJsonValue &rule : payload.value(QLatin1String("lint_errors")).toArray())
        errors.append(rule.toString());
    if (!errors.isEmpty())
        parts.append((errors.size() == 1 ? Text::tr("1 lint error")
                                         : Text::tr("%1 lint errors").arg(errors.size())) +
                     QStringLiteral(" (%1)").arg(errors.join(QStringLiteral(", "))));
    return parts.join(Text::tr(" and "));
}

} // namespace

QList<const TimelineEvent *> Facts::ofKinds(const QStringList &kinds) const
{
    QStringList unique = kinds;
    unique.removeDuplicates();
    QList<const TimelineEvent *> result;
    for (const QString &kind : std::as_const(unique))
        result += byKind.value(kind);
    // Pointers into one list: their order is the timeline's.
    std::sort(result.begin(), result.end());
    return result;
}

Facts gatherFacts(const Incident &incident, const QList<TimelineEvent> &events)
{
    Facts facts{incident.fields.category, incident.fields.detectedAt.toUTC(), {}, {}, {}, {}, {}};
    for (qsizetype i = 0; i < incident.statusHistory.size(); ++i) {
        const StatusChange &change = incident.statusHistory.at(i);
        if (change.to == IncidentStatus::Restored)
            facts.restoredAt = change.at;
        else if (i > 0 && !incidentstatus::isActive(change.from) &&
                 incidentstatus::isActive(change.to))
            facts.reopenedAt = change.at;
    }
    if (incident.isActive())
        facts.restoredAt = QDateTime();
    facts.roles = currentRoleAssignments(events);
    for (const TimelineEvent &e : events) {
        facts.byKind[e.kind].append(&e);
        facts.draftNumbers.see(e);
    }
    return facts;
}

namespace evidence {

Evidence readyDraft(const Facts &facts, const QStringList &announcementKinds)
{
    struct DraftReadiness
    {
        bool ready = false;
        QDateTime since;
        QString by;
        QString problem;
    };
    QMap<qint64, DraftReadiness> drafts; // of the wanted kinds, by id
    for (const TimelineEvent *event : facts.ofKinds({kCreated, kSaved})) {
        const TimelineEvent &e = *event;
        const qint64 id = draftOf(e);
        if (e.kind == kCreated) {
            if (!playbook::eventMatches(e, {kCreated}, announcementKinds))
                continue;
        } else if (!drafts.contains(id)) {
            continue;
        }
        const QString problem = readinessProblem(e.payload);
        DraftReadiness &d = drafts[id];
        if (problem.isEmpty() && !d.ready)
            d = DraftReadiness{true, e.at, e.author, QString()};
        else if (!problem.isEmpty())
            d = DraftReadiness{false, {}, {}, problem};
    }
    Evidence result;
    if (drafts.isEmpty()) {
        result.missing = Text::tr("no draft of the right kind yet");
        return result;
    }
    QStringList problems;
    for (auto it = drafts.cbegin(); it != drafts.cend(); ++it) {
        if (it->ready && (!result.holds || it->since < result.since)) {
            result = Evidence{true, it->since, it->by,
                              Text::tr("draft #%1 ready (no placeholder left, no lint error)")
                                  .arg(facts.draftNumber(it.key())),
                              QString()};
        } else if (!it->ready) {
            problems.append(
                Text::tr("draft #%1: %2").arg(facts.draftNumber(it.key())).arg(it->problem));
        }
    }
    if (!result.holds)
        result.missing = problems.join(QStringLiteral("; "));
    return result;
}

Evidence legalSignOff(const Facts &facts)
{
    struct SignOff
    {
        QDateTime at;
        QString by;
        int version = 0;
    };
    QMap<qint64, SignOff> current; // by draft id
    QString lastVoid;
    for (const TimelineEvent *event : facts.ofKinds({kSignedOff, kVoided, kSaved})) {
        const TimelineEvent &e = *event;
        const qint64 id = draftOf(e);
        if (e.kind == kSignedOff) {
            current.insert(
                id, SignOff{e.at, e.author, e.payload.value(QLatin1String("version")).toInt()});
            continue;
        }
        if (!current.contains(id))
            continue;
        // Any new version of the text leaves the sign-off behind, whatever the event says.
        const SignOff was = current.take(id);
        lastVoid =
            Text::tr("legal sign-off voided by %1's edit at %2 (it was %3's, on draft #%4 v%5)")
                .arg(e.author, utctime::hhmm(e.at), was.by)
                .arg(facts.draftNumber(id))
                .arg(was.version);
    }
    Evidence result;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (!result.holds || it->at < result.since)
            result = Evidence{true, it->at, it->by,
                              Text::tr("signed off by %1 at %2 (draft #%3 v%4)")
                                  .arg(it->by, utctime::hhmm(it->at))
                                  .arg(facts.draftNumber(it.key()))
                                  .arg(it->version),
                              QString()};
    }
    if (!result.holds)
        result.missing = lastVoid.isEmpty() ? Text::tr("no legal sign-off yet") : lastVoid;
    return result;
}

namespace {

// Where one delivery of a publication stands, read from the outbox's timeline events.
struct DeliveryFact
{
    DeliveryState state = DeliveryState::Queued;
    QString message;
    QDateTime at;
    QString by;
};

QHash<QString, DeliveryFact> deliveryFacts(const Facts &facts)
{
    QHash<QString, DeliveryFact> byKey;
    for (const TimelineEvent *e : facts.ofKinds(deliveryEventKinds())) {
        const QString key = e->payload.value(QLatin1String("key")).toString();
        DeliveryFact &f = byKey[key];
        f.message = e->payload.value(QLatin1String("message")).toString();
        f.at = e->at;
        f.by = e->author;
        if (e->kind == QLatin1String(eventkind::AnnouncementDelivered))
            f.state = DeliveryState::Sent;
        else if (e->kind == QLatin1String(eventkind::AnnouncementPostedByHand)) {
            f.state = DeliveryState::PostedByHand;
            f.by = e->payload.value(QLatin1String("by")).toString();
        } else if (e->kind == QLatin1String(eventkind::AnnouncementDeliveryFailed))
            f.state = DeliveryState::Failed;
        else if (e->kind == QLatin1String(eventkind::AnnouncementDeliveryRetrying))
            f.state = DeliveryState::Retrying;
        else
            f.state = DeliveryState::Queued;
    }
    return byKey;
}

// Whether a publication has reached its audience: every status page and email row delivered or
// posted by hand (Slack and webhook rows never decide it). A publication recorded before the
// outbox (no "deliveries") never counts by itself.
struct PublicationReach
{
    bool complete = false;
    QDateTime at;
    QString by;
    QString open; // what is not there yet, in words
};

PublicationReach reachOf(const Facts &facts, const TimelineEvent &publication,
                         const QHash<QString, DeliveryFact> &deliveries)
{
    const QJsonObject &p = publication.payload;
    const QString draft =
        Text::tr("draft #%1")
            .arg(facts.draftNumber(p.value(QLatin1String("draft_id")).toInteger()));
    if (!p.contains(QLatin1String("deliveries")))
        return {false,
                {},
                {},
                Text::tr("%1 published at %2 before War Room tracked deliveries: nothing shows it "
                         "went out; confirm it did and waive the obligation with that reason, or "
                         "publish again")
                    .arg(draft, utctime::hhmm(publication.at))};
    PublicationReach reach{true, publication.at, publication.author, QString()};
    QStringList open;
    for (const QJsonValue &v : p.value(QLatin1String("deliveries")).toArray()) {
        const QJsonObject d = v.toObject();
        const auto dest = destination::fromId(d.value(QLatin1String("destination")).toString());
        if (dest && !delivery::gatesObligations(*dest))
            continue;
        const DeliveryFact f = deliveries.value(d.value(QLatin1String("key")).toString());
        if (deliverystate::isSettled(f.state)) {
            if (f.at >= reach.at) {
                reach.at = f.at;
                reach.by = f.by;
            }
            continue;
        }
        const QString where = deliveryphrase::targetInState(f.state, deliveryTargetText(d));
        open.append(f.message.isEmpty() ? where : Text::tr("%1 (%2)").arg(where, f.message));
    }
    if (!open.isEmpty()) {
        reach.complete = false;
        reach.open = Text::tr("%1 published at %2, not delivered yet: %3")
                         .arg(draft, utctime::hhmm(publication.at), firstFew(open));
    }
    return reach;
}

// "Slack" on the board: the sync line names the channel, not the whole destination.
QString syncTargetName(Destination d)
{
    return d == Destination::Slack ? Text::tr("Slack") : destination::displayName(d);
}

} // namespace

QString syncDelivery(const Facts &facts, const TimelineEvent &sync)
{
    const QJsonValue queued = sync.payload.value(QLatin1String("queued_for"));
    if (!queued.isArray()) // posted before War Room queued syncs (schema 8)
        return Text::tr("recorded here only");
    if (queued.toArray().isEmpty())
        return Text::tr("recorded here only (Slack not set up)");
    const QHash<QString, DeliveryFact> deliveries = deliveryFacts(facts);
    QStringList parts;
    for (const QJsonValue &v : queued.toArray()) {
        const std::optional<Destination> d = destination::fromId(v.toString());
        if (!d)
            continue;
        const QString name = syncTargetName(*d);
        const DeliveryFact f = deliveries.value(delivery::syncIdempotencyKey(sync.id, *d));
        switch (f.state) {
        case DeliveryState::Sent:
            parts.append(Text::tr("posted to %1 (delivered %2)")
                             .arg(name, f.at.toUTC().toString(QStringLiteral("HH:mm:ss"))));
            break;
        case DeliveryState::PostedByHand:
            parts.append(
                Text::tr("posted to %1 by hand by %2 at %3").arg(name, f.by, utctime::hhmm(f.at)));
            break;
        case DeliveryState::Failed:
            parts.append(Text::tr("%1: failed — %2").arg(name, f.message));
            break;
        case DeliveryState::Retrying:
            parts.append(Text::tr("queued for %1, retrying (%2)").arg(name, f.message));
            break;
        case DeliveryState::Queued:
        case DeliveryState::Sending:
            parts.append(Text::tr("queued for %1").arg(name));
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

Evidence publishedOnChannels(const Facts &facts, const QStringList &channels,
                             const QStringList &announcementKinds, const QDateTime &notBefore)
{
    const QString published = QString::fromLatin1(eventkind::AnnouncementPublished);
    const QHash<QString, DeliveryFact> deliveries = deliveryFacts(facts);
    // With no channels named, any channel will do: one entry under the empty id.
    const QStringList wanted = channels.isEmpty() ? QStringList{QString()} : channels;
    struct Reached
    {
        QDateTime at;
        QString by;
    };
    QHash<QString, Reached> first;
    QHash<QString, QStringList> pending;
    for (const TimelineEvent *e : facts.byKind.value(published)) {
        if (!playbook::eventMatches(*e, {published}, announcementKinds) ||
            (notBefore.isValid() && e->at < notBefore))
            continue;
        const QString channel =
            channels.isEmpty() ? QString() : e->payload.value(QLatin1String("channel")).toString();
        if (!wanted.contains(channel))
            continue;
        const PublicationReach reach = reachOf(facts, *e, deliveries);
        if (!reach.complete) {
            pending[channel].append(reach.open);
            continue;
        }
        // The channel is covered from the earliest moment any publication reached its audience.
        if (!first.contains(channel) || reach.at < first.value(channel).at)
            first.insert(channel, Reached{reach.at, reach.by});
    }
    Evidence result;
    QStringList done;
    QStringList missing;
    QStringList undelivered;
    bool covered = true;
    for (const QString &id : wanted) {
        const auto c = channel::fromId(id);
        const QString name = id.isEmpty() ? Text::tr("Announcement")
                             : c          ? channel::displayName(*c)
                                          : id;
        if (!first.contains(id)) {
            covered = false;
            if (pending.contains(id))
                undelivered.append(
                    Text::tr("%1: %2").arg(name, pending.value(id).join(QStringLiteral("; "))));
            else if (!id.isEmpty())
                missing.append(name);
            continue;
        }
        const Reached r = first.value(id);
        done.append(Text::tr("%1 at %2").arg(name, utctime::hhmm(r.at)));
        if (!result.since.isValid() || r.at > result.since) {
            result.since = r.at;
            result.by = r.by;
        }
    }
    result.holds = covered;
    const QString donePart =
        done.isEmpty() ? QString() : Text::tr("delivered: %1").arg(done.join(QStringLiteral(", ")));
    if (result.holds) {
        result.note = donePart;
        return result;
    }
    result.since = QDateTime();
    result.by.clear();
    QStringList parts;
    if (!missing.isEmpty())
        parts.append(Text::tr("not yet published on: %1").arg(missing.join(QStringLiteral(", "))));
    parts += undelivered;
    if (!donePart.isEmpty())
        parts.append(donePart);
    result.missing = parts.join(QStringLiteral("; "));
    return result;
}

Evidence keyAccounts(const Facts &facts, bool closedOut)
{
    QList<qint64> selected;
    QHash<qint64, AccountOutreach> accounts;
    const auto settled = [&](qint64 id) {
        const AccountOutreach a = accounts.value(id);
        return closedOut ? outreach::isClosedOut(a) : callstatus::isAttempt(a.status);
    };
    Evidence result;
    static const QStringList kinds{QString::fromLatin1(eventkind::AccountsSelected),
                                   QString::fromLatin1(eventkind::CallAttempt)};
    for (const TimelineEvent *event : facts.ofKinds(kinds)) {
        const TimelineEvent &e = *event;
        if (e.kind == QLatin1String(eventkind::AccountsSelected)) {
            // The same reading of the selection as the call list's.
            selected.clear();
            for (const AccountOutreach &a : outreach::accounts({e})) {
                selected.append(a.accountId);
                AccountOutreach &known = accounts[a.accountId];
                known.accountId = a.accountId;
                known.accountName = a.accountName;
                known.channels = a.channels;
            }
        } else {
            const auto status =
                callstatus::fromId(e.payload.value(QLatin1String("status")).toString());
            const qint64 id = e.payload.value(QLatin1String("account_id")).toInteger();
            if (!status || id <= 0)
                continue;
            AccountOutreach &a = accounts[id];
            a.accountId = id;
            if (a.accountName.isEmpty())
                a.accountName = e.payload.value(QLatin1String("account_name")).toString();
            a.status = *status;
            a.attempts.append(CallAttempt{e.id, e.at, e.author, *status,
                                          e.payload.value(QLatin1String("channel")).toString(),
                                          QString()});
        }
        const bool complete =
            !selected.isEmpty() && std::all_of(selected.begin(), selected.end(), settled);
        if (!complete)
            result = Evidence{};
        else if (!result.holds)
            result = Evidence{true, e.at, e.author, QString(), QString()};
    }
    const auto count = std::count_if(selected.begin(), selected.end(), settled);
    if (selected.isEmpty()) {
        result.missing = Text::tr("no key accounts selected yet");
        return result;
    }
    const QString summary =
        closedOut ? Text::tr("%1 of %2 key accounts closed out").arg(count).arg(selected.size())
                  : Text::tr("%1 of %2 key accounts attempted").arg(count).arg(selected.size());
    if (result.holds) {
        result.note = summary;
        return result;
    }
    QStringList open;
    for (qint64 id : std::as_const(selected)) {
        if (!settled(id))
            open.append(QStringLiteral("%1 (%2)").arg(accounts.value(id).accountName,
                                                      outreach::openReason(accounts.value(id))));
    }
    result.missing = Text::tr("%1; open: %2").arg(summary, firstFew(open));
    return result;
}

} // namespace evidence
} // namespace warroom::playbookengine
