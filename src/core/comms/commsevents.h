#pragma once

#include "core/incident/timelineevent.h"

namespace warroom {

// Timeline event kinds of the communications desk (drafts and the sign-off gate). The
// publication itself is eventkind::AnnouncementPublished, which the playbook engine reads.
namespace eventkind {

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

} // namespace eventkind

// The text for a communications event, or an empty string when the kind is not one of them.
QString describeCommsEvent(const TimelineEvent &event);

} // namespace warroom
