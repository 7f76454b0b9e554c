#pragma once

#include "core/incident/timelineevent.h"

#include <QJsonObject>
#include <QStringList>

namespace warroom {

// Timeline event kinds of the communications desk (drafts and the sign-off gate). The
// publication itself is eventkind::AnnouncementPublished, which the playbook engine reads.
namespace eventkind {

// Every payload below that has "draft_id" (the database id) also has "draft_number": the draft's
// number within its incident, the one people see ("Draft #2"). Events written before the number
// was recorded have only "draft_id"; DraftNumbering (draftnumbering.h) finds their number from the
// incident's timeline.

// payload: {"draft_id", "channel", "audience", "template", "template_version", "kind", "version",
// "sha256"}
inline constexpr auto DraftCreated = "draft_created";
// A new version of the text. payload: {"draft_id", "version", "sha256"}
inline constexpr auto DraftSaved = "draft_saved";
// An edit after review, sign-off or approval voided them.
// payload: {"draft_id", "from": state, "version": the new version,
//           "voided": [{"kind": "legal-signoff"|"ic-approval", "person", "sha256"}]}
inline constexpr auto DraftVoided = "draft_voided";
// payload: {"draft_id"}
inline constexpr auto DraftMarkedNeedsLegal = "draft_marked_needs_legal";
// payload: {"draft_id", "version", "sha256", "lint_errors": [rule ids], "override_reason"}
inline constexpr auto DraftSubmitted = "draft_submitted";
// payload: {"draft_id", "version", "sha256"}
inline constexpr auto DraftSignedOff = "draft_signed_off";
// payload: {"draft_id", "version", "from": state, "reason"}
inline constexpr auto DraftChangesRequested = "draft_changes_requested";
// payload: {"draft_id", "version", "sha256", "lint_errors": [rule ids], "override_reason"}
inline constexpr auto DraftApproved = "draft_approved";

// The outbox (docs/outbox.md). Each payload: {"publication_id", "draft_id", "draft_number" (the
// published draft; rows recorded before they were added carry neither), "key": the row's
// idempotency key, "destination": destination id, "recipient" (email only), "outbox_id"}, plus:
// "remote_id" and "message" (delivered); "message" (failed, retrying); "by": the person
// (posted by hand, re-queued). The publication event (announcement_published) lists its rows in
// "deliveries": [{"key", "destination", "recipient"}].
inline constexpr auto AnnouncementDelivered = "announcement_delivered";
inline constexpr auto AnnouncementPostedByHand = "announcement_posted_by_hand";
// Refused by the remote, or out of attempts: a person must act (retry or post by hand).
inline constexpr auto AnnouncementDeliveryFailed = "announcement_delivery_failed";
// The first failed attempt a retry can fix (later retries of the row stay in the outbox only).
inline constexpr auto AnnouncementDeliveryRetrying = "announcement_delivery_retrying";
// A failed row queued again by a person ("outbox retry").
inline constexpr auto AnnouncementDeliveryRequeued = "announcement_delivery_requeued";

} // namespace eventkind

// The text for a communications event, or an empty string when the kind is not one of them.
QString describeCommsEvent(const TimelineEvent &event);

// The outbox's event kinds (delivered, posted by hand, failed, retrying, re-queued).
const QStringList &deliveryEventKinds();

// "status page", "email to ops@acme.example": a delivery payload's destination in words.
QString deliveryTargetText(const QJsonObject &payload);

} // namespace warroom
