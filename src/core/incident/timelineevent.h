#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warroom {

// One entry of an incident's append-only timeline: who did what, when, with a structured payload.
struct TimelineEvent
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime at; // UTC
    QString author;
    QString kind; // one of eventkind::*; later features add their own kinds
    QJsonObject payload;
};

namespace eventkind {

// payload: the declared fields (incidentfields::toJson)
inline constexpr auto Declared = "declared";
// payload: {"changes": {field: [old, new], ...}}
inline constexpr auto FieldsChanged = "fields_changed";
// payload: {"from": status, "to": status}
inline constexpr auto StatusChanged = "status_changed";
// payload: {"text": "..."}
inline constexpr auto Note = "note";

// The kinds below are the contract between features: each feature records its own kind, and the
// playbook engine reads them to decide which obligations are met.

// A progress sync posted to the incident channel ("no new progress" counts). payload: {"text",
// "queued_for": [destination ids]}: the outbox rows queued with it (docs/outbox.md), none when the
// posting process has no Slack set up. Syncs recorded before schema 8 have no "queued_for".
inline constexpr auto SyncPosted = "sync_posted";
// payload: {"role": role id, "person": name, "override": bool (assigned outside listed roles)}
inline constexpr auto RoleAssigned = "role_assigned";
// payload: {"role": role id, "person": name}
inline constexpr auto RoleUnassigned = "role_unassigned";
// "I have it". payload: {"role": role id, "person": name}
inline constexpr auto RoleAcknowledged = "role_acknowledged";
// The key accounts selected for outreach. payload: {"accounts": [{"id": n, "name": "..."}]}
inline constexpr auto AccountsSelected = "accounts_selected";
// One outreach attempt. payload: {"account_id", "account_name", "status", "channel", "note"}
inline constexpr auto CallAttempt = "call_attempt";
// A playbook obligation ticked done or waived.
// payload: {"obligation": id, "title": its title then, "note"/"reason"}
inline constexpr auto ObligationDone = "obligation_done";
inline constexpr auto ObligationWaived = "obligation_waived";
// Someone who may not tick an obligation tried to: recorded, changes nothing.
// payload: {"obligation": id, "title", "action": "done"|"waive", "reason": why it was refused}
inline constexpr auto ObligationTickRefused = "obligation_tick_refused";
// An external message recorded as published.
// payload: {"draft_id", "draft_number", "channel", "template", "sha256", "published_by",
//           "kind": announcementkind (initial, update, resolved, ...), "publication_id",
//           "version", "audience"} - the kinds are listed in core/announcementkind.h.
inline constexpr auto AnnouncementPublished = "announcement_published";

} // namespace eventkind

// A one-line, human-readable account of the event for timelines and exports.
QString describeEvent(const TimelineEvent &event);

} // namespace warroom
