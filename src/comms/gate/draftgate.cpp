#include "comms/gate/draftgate.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::DraftGate)
};

Error refuse(const QString &why)
{
    return Error::invalid(QStringLiteral("state"), why);
}

constexpr EnumTable<EnumRow<DraftState>, 6> kStates{{{
    {DraftState::Draft, "draft", QT_TRANSLATE_NOOP("warroom::DraftGate", "Draft")},
    {DraftState::InLegalReview, "in-legal-review",
     QT_TRANSLATE_NOOP("warroom::DraftGate", "In legal review")},
    {DraftState::ChangesRequested, "changes-requested",
     QT_TRANSLATE_NOOP("warroom::DraftGate", "Changes requested")},
    {DraftState::LegallySignedOff, "legally-signed-off",
     QT_TRANSLATE_NOOP("warroom::DraftGate", "Legally signed off")},
    {DraftState::IcApproved, "ic-approved", QT_TRANSLATE_NOOP("warroom::DraftGate", "IC approved")},
    {DraftState::Published, "published", QT_TRANSLATE_NOOP("warroom::DraftGate", "Published")},
}}};

constexpr EnumTable<EnumRow<GateAction>, 7> kActions{{{
    {GateAction::Edit, "edit", QT_TRANSLATE_NOOP("warroom::DraftGate", "Edit")},
    {GateAction::MarkNeedsLegal, "mark-needs-legal",
     QT_TRANSLATE_NOOP("warroom::DraftGate", "Mark as needing legal review")},
    {GateAction::SubmitForReview, "submit-for-review",
     QT_TRANSLATE_NOOP("warroom::DraftGate", "Send to legal review")},
    {GateAction::SignOff, "sign-off", QT_TRANSLATE_NOOP("warroom::DraftGate", "Sign off")},
    {GateAction::RequestChanges, "request-changes",
     QT_TRANSLATE_NOOP("warroom::DraftGate", "Request changes")},
    {GateAction::Approve, "approve", QT_TRANSLATE_NOOP("warroom::DraftGate", "Approve")},
    {GateAction::Publish, "publish", QT_TRANSLATE_NOOP("warroom::DraftGate", "Publish")},
}}};

} // namespace

namespace draftstate {

WARROOM_ENUM_FUNCTIONS(DraftState, kStates, "warroom::DraftGate")

} // namespace draftstate

namespace gateaction {

WARROOM_ENUM_FUNCTIONS(GateAction, kActions, "warroom::DraftGate")

} // namespace gateaction

namespace draftgate {

Result<DraftState> nextState(DraftState from, GateAction action, bool legal)
{
    if (from == DraftState::Published)
        return refuse(Text::tr(
            "The message is published; its text is final. Start a new draft for a follow-up."));
    switch (action) {
    case GateAction::Edit:
        return DraftState::Draft;
    case GateAction::MarkNeedsLegal:
        if (from == DraftState::Draft || from == DraftState::ChangesRequested)
            return from;
        return refuse(
            Text::tr("Mark a draft as needing legal review before it goes for review or approval; "
                     "edit it first to take it back to draft."));
    case GateAction::SubmitForReview:
        if (from == DraftState::Draft)
            return legal
                       ? Result<DraftState>(DraftState::InLegalReview)
                       : refuse(Text::tr(
                             "This draft needs no legal review: the incident commander approves it "
                             "directly. Mark it as needing legal review to ask legal."));
        if (from == DraftState::ChangesRequested)
            return refuse(
                Text::tr("Changes were requested: edit the draft before sending it again."));
        if (from == DraftState::InLegalReview)
            return refuse(Text::tr("The draft is already in legal review."));
        return refuse(Text::tr("The draft is already signed off."));
    case GateAction::SignOff:
        if (from == DraftState::InLegalReview)
            return DraftState::LegallySignedOff;
        return refuse(Text::tr("Only a draft in legal review can be signed off; this one is: %1.")
                          .arg(draftstate::displayName(from)));
    case GateAction::RequestChanges:
        if (from == DraftState::InLegalReview || from == DraftState::LegallySignedOff ||
            from == DraftState::IcApproved || (from == DraftState::Draft && !legal))
            return DraftState::ChangesRequested;
        if (from == DraftState::ChangesRequested)
            return refuse(Text::tr("Changes are already requested."));
        return refuse(
            Text::tr("The draft is not in review yet: it needs a legal sign-off before anyone "
                     "can request changes."));
    case GateAction::Approve:
        if (from == DraftState::LegallySignedOff || (from == DraftState::Draft && !legal))
            return DraftState::IcApproved;
        if (from == DraftState::Draft || from == DraftState::InLegalReview)
            return refuse(Text::tr(
                "This draft needs a legal sign-off before the incident commander approves it."));
        if (from == DraftState::ChangesRequested)
            return refuse(Text::tr("Changes were requested: edit the draft before approving it."));
        return refuse(Text::tr("The draft is already approved."));
    case GateAction::Publish:
        if (from == DraftState::IcApproved)
            return DraftState::Published;
        return refuse(
            Text::tr(
                "Only a draft the incident commander approved can be published; this one is: %1.")
                .arg(draftstate::displayName(from)));
    }
    Q_UNREACHABLE();
}

QList<Role> rolesAllowed(GateAction action, DraftState from)
{
    switch (action) {
    case GateAction::Edit:
    case GateAction::MarkNeedsLegal:
    case GateAction::SubmitForReview:
        return {};
    case GateAction::SignOff:
        return {Role::Legal};
    case GateAction::RequestChanges:
        return from == DraftState::InLegalReview ? QList<Role>{Role::Legal}
                                                 : QList<Role>{Role::IncidentCommander};
    case GateAction::Approve:
        return {Role::IncidentCommander};
    case GateAction::Publish:
        return {Role::IncidentCommander, Role::ProductOwner};
    }
    Q_UNREACHABLE();
}

bool lintGated(GateAction action, DraftState from)
{
    return action == GateAction::SubmitForReview ||
           (action == GateAction::Approve && from == DraftState::Draft);
}

} // namespace draftgate
} // namespace warroom
