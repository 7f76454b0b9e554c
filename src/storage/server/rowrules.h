#pragma once

#include <QStringList>

namespace warroom::rowrules {

// The rules on rows members may update or queue (docs/shared-mode.md, "Rules the server
// enforces", rules h to j), as the statements `warroomctl server init` runs inside the schema
// after serverrules::install (they use srv_bound). They bind the same logins: everybody but the
// schema's owner and superusers. A refusal is SQLSTATE WR001 with the rule's sentence.
//
//  (h) A new incident comes with its declared event (giving its fields) and starts
//      investigating; an UPDATE of an incident changes a column only together with the timeline
//      event War Room writes for that change (IncidentStore): the status with a status_changed
//      event from the old to the new status, the fields (title, category, severity, task type,
//      affected share, enterprise count, detection time) with a fields_changed event listing each
//      changed field with its old and new value, updated_at only with one of those and equal to
//      its occurred_at (the store writes both from one clock reading); id, declared_at and
//      declared_by never change.
//  (i) A new draft comes with its draft_created event (giving its channel, audience, template and
//      kind), a new version of its text with the draft_created or draft_saved event giving its
//      version and hash; an UPDATE of a draft likewise (DraftStore, SignOffGate): its state with
//      the event of the gate step that leads there (and, for a sign-off, an approval or a
//      publication, the comms_approvals or comms_publications row), needs_legal with
//      draft_marked_needs_legal, lint_override with the submission or approval recording that
//      reason (or a save clearing it), updated_at with any event of the draft; what the draft is
//      (incident, channel, audience, template, kind, creation) never changes.
//  (j) An outbox row of a publication is queued by the transaction that inserted the publication,
//      and the announcement_published event of that transaction lists its key, destination and
//      recipient.
//
// "Written by this transaction" is the event row's xmin (see srv_written_here), and the checks
// are constraint triggers DEFERRABLE INITIALLY DEFERRED: they run at COMMIT, when the stores have
// written both the row and its event, in whichever order.
QStringList install();

} // namespace warroom::rowrules
