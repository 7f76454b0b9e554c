#pragma once

#include "core/comms/draftnumbering.h"
#include "core/incident/category.h"
#include "core/incident/incident.h"
#include "core/incident/timelineevent.h"
#include "core/roles/roles.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace warroom::playbookengine {

// What the timeline and the status history say, gathered once per evaluation. byKind points
// into the evaluated timeline, which outlives the Facts.
struct Facts
{
    Category category = Category::Outage;
    QDateTime detected;
    QDateTime restoredAt; // invalid while the incident is active
    QDateTime reopenedAt; // the latest relapse from restored, if any
    QList<RoleAssignment> roles;
    // The events of each kind, in timeline order: each obligation reads only the kinds it names
    // instead of the whole timeline.
    QHash<QString, QList<const TimelineEvent *>> byKind;
    // Each draft's number within the incident (1 for its first draft): what the board, the
    // timeline and warroomctl call a draft.
    DraftNumbering draftNumbers;

    // The draft's number within the incident; its database id if it has no draft_created event.
    qint64 draftNumber(qint64 draftId) const
    {
        const int number = draftNumbers.number(draftId);
        return number > 0 ? number : draftId;
    }

    // The events of any of these kinds, in timeline order.
    QList<const TimelineEvent *> ofKinds(const QStringList &kinds) const;
};

Facts gatherFacts(const Incident &incident, const QList<TimelineEvent> &events);

// How a condition stands now: when it holds, since when and thanks to whom (the event that made
// it true last); when it does not, what is missing or what withdrew it, in words.
struct Evidence
{
    bool holds = false;
    QDateTime since;
    QString by;
    QString note;    // what completed it ("signed off by Hana Kim at 10:40 UTC")
    QString missing; // why it does not hold ("legal sign-off voided by edit at 10:42 UTC by Pat")
};

// The evidence conditions of a playbook's done_when (docs/playbook-format.md), each a pure
// function of the facts. A condition that held and was withdrawn no longer holds.
namespace evidence {

// A draft of one of the kinds (any when empty) whose latest saved version has no placeholder
// left to fill and no lint error (the "unfilled" and "lint_errors" of draft_created /
// draft_saved).
Evidence readyDraft(const Facts &facts, const QStringList &announcementKinds);
// A legal sign-off (draft_signed_off) that no later edit voided (draft_voided, draft_saved).
Evidence legalSignOff(const Facts &facts);
// One announcement_published of the kinds on each channel (any channel when channels is empty),
// at or after notBefore when valid, that reached its audience: every status page and email row
// it queued delivered or posted by hand (announcement_delivered, announcement_posted_by_hand;
// docs/outbox.md). It holds from the last of those. What is still queued, retrying or failed is
// named, with the remote's message. A publication recorded before the outbox (no "deliveries" in
// its payload) never counts: the board says to confirm it and waive the obligation saying so. With
// no channels and nothing published, missing is empty (the event itself is the evidence).
Evidence publishedOnChannels(const Facts &facts, const QStringList &channels,
                             const QStringList &announcementKinds, const QDateTime &notBefore);
// Every account of the latest accounts_selected attempted (closedOut false) or closed out:
// reached, declined, or unreachable on the phone and on Slack ("calling" is never final).
Evidence keyAccounts(const Facts &facts, bool closedOut);

// Where a sync (a sync_posted event) went, in words for the board, from its "queued_for" and the
// outbox's delivery events of its row (docs/outbox.md): "posted to Slack (delivered 14:15:02)",
// "queued for Slack", "queued for Slack, retrying (HTTP 503)", "Slack: failed — <the remote's
// words>", "posted to Slack by hand by Ines at 14:20 UTC", "recorded here only (Slack not set
// up)"; "recorded here only" for a sync posted before syncs were queued.
QString syncDelivery(const Facts &facts, const TimelineEvent &sync);

} // namespace evidence
} // namespace warroom::playbookengine
