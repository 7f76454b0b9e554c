#pragma once

#include "core/base/result.h"
#include "core/incident/category.h"
#include "core/roles/roles.h"

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// The sign-off gate of an external message (docs/templates.md):
//   draft → in legal review → legally signed off → IC approved → published,
//   with "changes requested" sending a draft back to be edited. Drafts that need no legal
//   review go from draft straight to IC approved. Any edit returns the draft to draft and voids
//   what was signed or approved.
enum class DraftState {
    Draft,
    InLegalReview,
    ChangesRequested,
    LegallySignedOff,
    IcApproved,
    Published
};

enum class GateAction {
    Edit,
    MarkNeedsLegal,
    SubmitForReview,
    SignOff,
    RequestChanges,
    Approve,
    Publish
};

namespace draftstate {
QList<DraftState> all();
QString id(DraftState s); // "in-legal-review"
std::optional<DraftState> fromId(const QString &id);
QString validIds();
QString displayName(DraftState s);
} // namespace draftstate

namespace gateaction {
QList<GateAction> all();
QString id(GateAction a); // "sign-off"
std::optional<GateAction> fromId(const QString &id);
QString validIds();
QString displayName(GateAction a);
} // namespace gateaction

namespace draftgate {

// Whether a draft needs legal's sign-off is stored on the draft (comms_drafts.needs_legal):
// fixed from the playbook's "legal_review" categories when it is created, raised by a later
// change to such a category or by someone marking it, never lowered.

// The state after the action, or an InvalidInput error saying why the action is refused.
Result<DraftState> nextState(DraftState from, GateAction action, bool legalRequired);

// The roles of which the person acting must hold one on the incident; empty: anyone may.
QList<Role> rolesAllowed(GateAction action, DraftState from);

// Whether lint errors block the action unless overridden with a reason: they do for the step
// that takes a draft out of editing (to legal review, or straight to IC approval).
bool lintGated(GateAction action, DraftState from);

} // namespace draftgate
} // namespace warroom
