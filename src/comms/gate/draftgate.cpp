#include "comms/gate/draftgate.h"

#include <QCoreApplication>

namespace warroom {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warroom::DraftGate", text);
}

Error refuse(const QString &why)
{
    return Error::invalid(QStringLiteral("state"), why);
}

} // namespace

namespace draftstate {

QList<DraftState> all()
{
    return {DraftState::Draft,
            DraftState::InLegalReview,
            DraftState::ChangesRequested,
            DraftState::LegallySignedOff,
            DraftState::IcApproved,
            DraftState::Published};
}

QString id(DraftState s)
{
    switch (s) {
    case DraftState::Draft:
        return QStringLiteral("draft");
    case DraftState::InLegalReview:
        return QStringLiteral("in-legal-review");
    case DraftState::ChangesRequested:
        return QStringLiteral("changes-requested");
    case DraftState::LegallySignedOff:
        return QStringLiteral("legally-signed-off");
    case DraftState::IcApproved:
        return QStringLiteral("ic-approved");
    case DraftState::Published:
        return QStringLiteral("published");
    }
    Q_UNREACHABLE();
}

std::optional<DraftState> fromId(const QString &text)
{
    for (DraftState s : all()) {
        if (id(s) == text)
            return s;
    }
    return std::nullopt;
}

QString displayName(DraftState s)
{
    switch (s) {
    case DraftState::Draft:
        return tr("Draft");
    case DraftState::InLegalReview:
        return tr("In legal review");
    case DraftState::ChangesRequested:
        return tr("Changes requested");
    case DraftState::LegallySignedOff:
        return tr("Legally signed off");
    case DraftState::IcApproved:
        return tr("IC approved");
    case DraftState::Published:
        return tr("Published");
    }
    Q_UNREACHABLE();
}

} // namespace draftstate

namespace gateaction {

QList<GateAction> all()
{
    return {GateAction::Edit,    GateAction::MarkNeedsLegal, GateAction::SubmitForReview,
            GateAction::SignOff, GateAction::RequestChanges, GateAction::Approve,
            GateAction::Publish};
}

QString id(GateAction a)
{
    switch (a) {
    case GateAction::Edit:
        return QStringLiteral("edit");
    case GateAction::MarkNeedsLegal:
        return QStringLiteral("mark-needs-legal");
    case GateAction::SubmitForReview:
        return QStringLiteral("submit-for-review");
    case GateAction::SignOff:
        return QStringLiteral("sign-off");
    case GateAction::RequestChanges:
        return QStringLiteral("request-changes");
    case GateAction::Approve:
        return QStringLiteral("approve");
    case GateAction::Publish:
        return QStringLiteral("publish");
    }
    Q_UNREACHABLE();
}

QString displayName(GateAction a)
{
    switch (a) {
    case GateAction::Edit:
        return tr("Edit");
    case GateAction::MarkNeedsLegal:
        return tr("Mark as needing legal review");
    case GateAction::SubmitForReview:
        return tr("Send to legal review");
    case GateAction::SignOff:
        return tr("Sign off");
    case GateAction::RequestChanges:
        return tr("Request changes");
    case GateAction::Approve:
        return tr("Approve");
    case GateAction::Publish:
        return tr("Publish");
    }
    Q_UNREACHABLE();
}

} // namespace gateaction

namespace draftgate {

Result<DraftState> nextState(DraftState from, GateAction action, bool legal)
{
    if (from == DraftState::Published)
        return refuse(
            tr("The message is published; its text is final. Start a new draft for a follow-up."));
    switch (action) {
    case GateAction::Edit:
        return DraftState::Draft;
    case GateAction::MarkNeedsLegal:
        if (from == DraftState::Draft || from == DraftState::ChangesRequested)
            return from;
        return refuse(
            tr("Mark a draft as needing legal review before it goes for review or approval; "
               "edit it first to take it back to draft."));
    case GateAction::SubmitForReview:
        if (from == DraftState::Draft)
            return legal
                       ? Result<DraftState>(DraftState::InLegalReview)
                       : refuse(tr(
                             "This draft needs no legal review: the incident commander approves it "
                             "directly. Mark it as needing legal review to ask legal."));
        if (from == DraftState::ChangesRequested)
            return refuse(tr("Changes were requested: edit the draft before sending it again."));
        if (from == DraftState::InLegalReview)
            return refuse(tr("The draft is already in legal review."));
        return refuse(tr("The draft is already signed off."));
    case GateAction::SignOff:
        if (from == DraftState::InLegalReview)
            return DraftState::LegallySignedOff;
        return refuse(tr("Only a draft in legal review can be signed off; this one is: %1.")
                          .arg(draftstate::displayName(from)));
    case GateAction::RequestChanges:
        if (from == DraftState::InLegalReview || from == DraftState::LegallySignedOff ||
            from == DraftState::IcApproved || (from == DraftState::Draft && !legal))
            return DraftState::ChangesRequested;
        if (from == DraftState::ChangesRequested)
            return refuse(tr("Changes are already requested."));
        return refuse(tr("The draft is not in review yet: it needs a legal sign-off before anyone "
                         "can request changes."));
    case GateAction::Approve:
        if (from == DraftState::LegallySignedOff || (from == DraftState::Draft && !legal))
            return DraftState::IcApproved;
        if (from == DraftState::Draft || from == DraftState::InLegalReview)
            return refuse(
                tr("This draft needs a legal sign-off before the incident commander approves it."));
        if (from == DraftState::ChangesRequested)
            return refuse(tr("Changes were requested: edit the draft before approving it."));
        return refuse(tr("The draft is already approved."));
    case GateAction::Publish:
        if (from == DraftState::IcApproved)
            return DraftState::Published;
        return refuse(
            tr("Only a draft the incident commander approved can be published; this one is: %1.")
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
