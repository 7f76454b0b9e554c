#include "storage/comms/signoffgate.h"

#include "comms/gate/draftcheck.h"
#include "core/base/inputlimits.h"
#include "core/base/utctime.h"
#include "core/comms/commsevents.h"
#include "core/comms/delivery.h"
#include "core/roles/roles.h"
#include "storage/calls/accountstore.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxstore.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"

#include <QJsonArray>

namespace warroom {
namespace {

// Placeholders left in the saved text (unfilled, unknown or malformed), in words; empty if none.
QString incompleteText(const Draft &draft)
{
    QStringList left;
    int malformed = 0;
    for (const QString &text : {draft.latest.renderedTitle, draft.latest.renderedBody}) {
        const PlaceholderScan scan = scanPlaceholders(text);
        for (const PlaceholderToken &token : scan.tokens)
            left.append(QStringLiteral("{{%1}}").arg(token.name));
        malformed += int(scan.problems.size());
    }
    if (left.isEmpty() && malformed == 0)
        return QString();
    QStringList parts;
    if (!left.isEmpty())
        parts.append(SignOffGate::tr("fill or replace %1").arg(left.join(QStringLiteral(", "))));
    if (malformed > 0)
        parts.append(SignOffGate::tr("fix %n malformed placeholder(s)", nullptr, malformed));
    return SignOffGate::
        tr("Draft #%1 still has placeholders: %2, and save it. Placeholders left in the text block "
           "review, approval and publishing.")
            .arg(draft.number)
            .arg(parts.join(SignOffGate::tr(" and ")));
}

bool needsCompleteText(GateAction action)
{
    return action == GateAction::SubmitForReview || action == GateAction::SignOff ||
           action == GateAction::Approve || action == GateAction::Publish;
}

// "Only %1 can sign off; you are “%2”.", one whole sentence per step that roles gate.
QString onlyHoldersMessage(GateAction action)
{
    switch (action) {
    case GateAction::SignOff:
        return SignOffGate::tr("Only %1 can sign off; you are “%2”.");
    case GateAction::RequestChanges:
        return SignOffGate::tr("Only %1 can request changes; you are “%2”.");
    case GateAction::Approve:
        return SignOffGate::tr("Only %1 can approve; you are “%2”.");
    case GateAction::Publish:
        return SignOffGate::tr("Only %1 can publish; you are “%2”.");
    default:
        return SignOffGate::tr("Only %1 can take this step; you are “%2”.");
    }
}

// "Nobody holds the %1 role on incident %2 yet, …", one whole sentence per gated step.
QString nobodyHoldsMessage(GateAction action)
{
    switch (action) {
    case GateAction::SignOff:
        return SignOffGate::tr("Nobody holds the %1 role on incident %2 yet, and only its holder "
                               "can sign off: assign it first.");
    case GateAction::RequestChanges:
        return SignOffGate::tr("Nobody holds the %1 role on incident %2 yet, and only its holder "
                               "can request changes: assign it first.");
    case GateAction::Approve:
        return SignOffGate::tr("Nobody holds the %1 role on incident %2 yet, and only its holder "
                               "can approve: assign it first.");
    case GateAction::Publish:
        return SignOffGate::tr("Nobody holds the %1 role on incident %2 yet, and only its holder "
                               "can publish: assign it first.");
    default:
        return SignOffGate::tr("Nobody holds the %1 role on incident %2 yet, and only its holder "
                               "can take this step: assign it first.");
    }
}

} // namespace

SignOffGate::SignOffGate(DraftStore &drafts, AccountStore &accounts)
    : m_drafts(drafts)
    , m_accounts(accounts)
{
}

QString SignOffGate::roleRefusal(const Incident &incident, const QList<RoleAssignment> &roles,
                                 GateAction action, DraftState from, const QString &person) const
{
    const QList<Role> allowed = draftgate::rolesAllowed(action, from);
    if (allowed.isEmpty())
        return QString();
    QStringList roleNames; // "Incident commander or Product owner"
    QStringList who;       // "the incident commander (Ana Ortiz)"
    bool anyHeld = false;
    for (Role r : allowed) {
        if (holdsRole(roles, r, person))
            return QString();
        roleNames.append(role::displayName(r));
        QStringList names;
        for (const RoleAssignment &a : roles) {
            if (a.role == r)
                names.append(a.person);
        }
        anyHeld = anyHeld || !names.isEmpty();
        who.append(names.isEmpty() ? role::holderPhrase(r)
                                   : QStringLiteral("%1 (%2)").arg(
                                         role::holderPhrase(r), names.join(QStringLiteral(", "))));
    }
    // At most two roles are allowed a step (publishing: the incident commander or the product
    // owner); "%1 or %2" is one translatable pattern.
    const auto either = [](const QStringList &parts) {
        return parts.size() == 2 ? tr("%1 or %2").arg(parts.at(0), parts.at(1))
                                 : parts.join(QStringLiteral(", "));
    };
    if (!anyHeld)
        return nobodyHoldsMessage(action).arg(either(roleNames)).arg(incident.id);
    return onlyHoldersMessage(action).arg(either(who), person.trimmed());
}

QString SignOffGate::refusal(const Draft &draft, GateAction action, const QString &person) const
{
    if (person.trimmed().isEmpty())
        return tr("Say who you are first: every step is recorded under a name.");
    IncidentStore &incidents = m_drafts.incidents();
    Result<Incident> incident = incidents.incident(draft.incidentId);
    if (!incident)
        return incident.error().message;
    const bool legal = draft.needsLegal;
    if (Result<DraftState> next = draftgate::nextState(draft.state, action, legal); !next)
        return next.error().message;
    Result<QList<TimelineEvent>> events = incidents.timeline(draft.incidentId);
    if (!events)
        return events.error().message;
    if (QString why =
            roleRefusal(*incident, currentRoleAssignments(*events), action, draft.state, person);
        !why.isEmpty())
        return why;
    if (needsCompleteText(action))
        return incompleteText(draft);
    return QString();
}

Result<void> SignOffGate::run(qint64 draftId, GateAction action, const QString &author,
                              const char *eventKind, const Work &work, qint64 *incidentIdOut)
{
    if (author.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("author"),
                              tr("Author must not be empty: say who made the change."));
    if (const QString problem = inputlimits::authorProblem(author); !problem.isEmpty())
        return Error::invalid(QStringLiteral("author"), problem);
    IncidentStore &incidents = m_drafts.incidents();
    qint64 incidentId = 0;
    Result<void> written = m_drafts.database().inWriteTransaction([&]() -> Result<void> {
        Result<Draft> draft = m_drafts.draft(draftId);
        if (!draft)
            return draft.error();
        incidentId = draft->incidentId;
        Result<Incident> incident = incidents.incident(incidentId);
        if (!incident)
            return incident.error();
        Result<QList<TimelineEvent>> events = incidents.timeline(incidentId);
        if (!events)
            return events.error();
        Step step{*draft, draft->needsLegal, DraftState::Draft, incidents.clock().nowUtc()};
        Result<DraftState> next = draftgate::nextState(draft->state, action, step.legalRequired);
        if (!next)
            return Error::invalid(QStringLiteral("state"),
                                  tr("Draft #%1: %2").arg(draft->number).arg(next.error().message));
        step.next = *next;
        const QString denied =
            roleRefusal(*incident, currentRoleAssignments(*events), action, draft->state, author);
        if (!denied.isEmpty())
            return Error::invalid(QStringLiteral("person"), denied);
        if (needsCompleteText(action)) {
            if (const QString incomplete = incompleteText(*draft); !incomplete.isEmpty())
                return Error::invalid(QStringLiteral("text"), incomplete);
        }
        Result<QJsonObject> payload = work(step);
        if (!payload)
            return payload.error();
        Result<QSqlQuery> moved = m_drafts.database().exec(
            QStringLiteral("UPDATE comms_drafts SET state = ?, updated_at = ? WHERE id = ?"),
            {draftstate::id(step.next), utctime::toMSecs(step.now), draftId});
        if (!moved)
            return moved.error();
        QJsonObject p = *payload;
        p.insert(QStringLiteral("draft_id"), draftId);
        p.insert(QStringLiteral("draft_number"), draft->number);
        p.insert(QStringLiteral("version"), draft->latest.version);
        Result<qint64> event =
            incidents.appendEvent(incidentId, QString::fromLatin1(eventKind), p, author);
        return event ? Result<void>() : event.error();
    });
    if (!written)
        return written;
    if (incidentIdOut)
        *incidentIdOut = incidentId;
    m_drafts.notifyDraftsChanged(incidentId);
    return {};
}

Result<QJsonObject> SignOffGate::lintGate(const Step &step, const QString &overrideReason) const
{
    Result<QList<LintFinding>> findings = m_drafts.savedFindings(step.draft);
    if (!findings)
        return findings.error();
    const QStringList errors = lintfindings::errorRuleIds(*findings);
    const QString reason = overrideReason.trimmed();
    if (!errors.isEmpty() && reason.isEmpty())
        return Error::invalid(
            QStringLiteral("lint"),
            tr("Lint errors block this step: %1. Fix them, or give a reason to go on anyway; the "
               "reason is logged and shown to legal.")
                .arg(errors.join(QStringLiteral(", "))));
    if (inputlimits::characters(reason) > MaxReasonLength)
        return Error::invalid(QStringLiteral("reason"),
                              tr("The reason is limited to %1 characters.").arg(MaxReasonLength));
    return QJsonObject{{QStringLiteral("lint_errors"), QJsonArray::fromStringList(errors)},
                       {QStringLiteral("override_reason"), errors.isEmpty() ? QString() : reason}};
}

Result<void> SignOffGate::checkHash(const Draft &draft) const
{
    const QString recomputed =
        announcementHash(draft.channel, draft.latest.renderedTitle, draft.latest.renderedBody);
    if (recomputed != draft.latest.sha256)
        return Error{Error::Code::Corrupt,
                     tr("The saved text of draft #%1 no longer hashes to the value stored with it; "
                        "it was changed "
                        "outside War Room. Save the text again to review it afresh.")
                         .arg(draft.number)};
    return {};
}

Result<void> SignOffGate::checkFourEyes(const Draft &draft, const QString &approver) const
{
    Result<QList<Approval>> given = m_drafts.approvals(draft.id);
    if (!given)
        return given.error();
    for (const Approval &a : *given) {
        if (a.draftVersionId == draft.latest.id && a.kind == Approval::Kind::LegalSignOff &&
            a.person.trimmed().compare(approver.trimmed(), Qt::CaseInsensitive) == 0)
            return Error::invalid(
                QStringLiteral("person"),
                tr("%1 signed version %2 of draft #%3 off as legal; the approval must come from "
                   "someone else (four eyes). Hand the incident-commander role to another person, "
                   "or have another lawyer sign off.")
                    .arg(a.person)
                    .arg(draft.latest.version)
                    .arg(draft.number));
    }
    return {};
}

Result<qint64> SignOffGate::insertApproval(const Step &step, Approval::Kind kind,
                                           const QString &person, const QString &lintOverride)
{
    Result<QSqlQuery> inserted = m_drafts.database().exec(
        QStringLiteral("INSERT INTO comms_approvals (draft_id, draft_version_id, kind, sha256, "
                       "person, approved_at,"
                       " lint_override) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {step.draft.id, step.draft.latest.id, approvalkind::id(kind), step.draft.latest.sha256,
         person.trimmed(), utctime::toMSecs(step.now), notNullText(lintOverride)});
    if (!inserted)
        return inserted.error();
    return inserted.value().next() ? inserted.value().value(0).toLongLong() : 0;
}

Result<void> SignOffGate::submitForReview(qint64 draftId, const QString &overrideReason,
                                          const QString &author)
{
    return run(
        draftId, GateAction::SubmitForReview, author, eventkind::DraftSubmitted,
        [&](Step &step) -> Result<QJsonObject> {
            Result<QJsonObject> gate = lintGate(step, overrideReason);
            if (!gate)
                return gate;
            Result<QSqlQuery> stored = m_drafts.database().exec(
                QStringLiteral("UPDATE comms_drafts SET lint_override = ? WHERE id = ?"),
                {notNullText(gate->value(QLatin1String("override_reason")).toString()), draftId});
            if (!stored)
                return stored.error();
            QJsonObject payload = *gate;
            payload.insert(QStringLiteral("sha256"), step.draft.latest.sha256);
            return payload;
        });
}

Result<void> SignOffGate::signOff(qint64 draftId, const QString &author)
{
    return run(draftId, GateAction::SignOff, author, eventkind::DraftSignedOff,
               [&](Step &step) -> Result<QJsonObject> {
                   if (Result<void> ok = checkHash(step.draft); !ok)
                       return ok.error();
                   if (Result<qint64> a =
                           insertApproval(step, Approval::Kind::LegalSignOff, author, QString());
                       !a)
                       return a.error();
                   return QJsonObject{{QStringLiteral("sha256"), step.draft.latest.sha256}};
               });
}

Result<void> SignOffGate::requestChanges(qint64 draftId, const QString &reason,
                                         const QString &author)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::invalid(QStringLiteral("reason"),
                              tr("Say what should change: the reason goes to the author."));
    if (inputlimits::characters(why) > MaxReasonLength)
        return Error::invalid(QStringLiteral("reason"),
                              tr("The reason is limited to %1 characters.").arg(MaxReasonLength));
    return run(draftId, GateAction::RequestChanges, author, eventkind::DraftChangesRequested,
               [&](Step &step) -> Result<QJsonObject> {
                   return QJsonObject{{QStringLiteral("from"), draftstate::id(step.draft.state)},
                                      {QStringLiteral("reason"), why}};
               });
}

Result<void> SignOffGate::approve(qint64 draftId, const QString &overrideReason,
                                  const QString &author)
{
    return run(
        draftId, GateAction::Approve, author, eventkind::DraftApproved,
        [&](Step &step) -> Result<QJsonObject> {
            if (Result<void> ok = checkHash(step.draft); !ok)
                return ok.error();
            if (Result<void> ok = checkFourEyes(step.draft, author); !ok)
                return ok.error();
            QJsonObject payload{{QStringLiteral("sha256"), step.draft.latest.sha256},
                                {QStringLiteral("override_reason"), step.draft.lintOverride}};
            if (draftgate::lintGated(GateAction::Approve, step.draft.state)) {
                Result<QJsonObject> gate = lintGate(step, overrideReason);
                if (!gate)
                    return gate;
                payload = *gate;
                payload.insert(QStringLiteral("sha256"), step.draft.latest.sha256);
                Result<QSqlQuery> stored = m_drafts.database().exec(
                    QStringLiteral("UPDATE comms_drafts SET lint_override = ? WHERE id = ?"),
                    {notNullText(gate->value(QLatin1String("override_reason")).toString()),
                     draftId});
                if (!stored)
                    return stored.error();
            }
            const QString override = payload.value(QLatin1String("override_reason")).toString();
            if (Result<qint64> a =
                    insertApproval(step, Approval::Kind::IcApproval, author, override);
                !a)
                return a.error();
            return payload;
        });
}

Result<qint64> SignOffGate::publish(qint64 draftId, const QString &author,
                                    const QSet<Destination> &optionalConfigured)
{
    qint64 publicationId = 0;
    Result<void> done = run(
        draftId, GateAction::Publish, author, eventkind::AnnouncementPublished,
        [&](Step &step) -> Result<QJsonObject> {
            const Draft &d = step.draft;
            if (Result<void> ok = checkHash(d); !ok)
                return ok.error();
            Result<QList<Approval>> given = m_drafts.approvals(d.id);
            if (!given)
                return given.error();
            bool approved = false;
            bool signedOff = false;
            for (const Approval &a : *given) {
                if (a.draftVersionId != d.latest.id || a.sha256 != d.latest.sha256)
                    continue;
                approved = approved || a.kind == Approval::Kind::IcApproval;
                signedOff = signedOff || a.kind == Approval::Kind::LegalSignOff;
            }
            if (!approved || (step.legalRequired && !signedOff))
                return Error::invalid(
                    QStringLiteral("state"),
                    tr("Draft #%1 has no %2 for the text being published; it cannot go out.")
                        .arg(d.number)
                        .arg(approved ? tr("legal sign-off") : tr("IC approval")));
            Result<QSqlQuery> inserted = m_drafts.database().exec(
                QStringLiteral("INSERT INTO comms_publications (draft_id, draft_version_id, "
                               "incident_id, channel,"
                               " audience, kind, template_key, title, body, sha256, published_at, "
                               "published_by)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {d.id, d.latest.id, d.incidentId, channel::id(d.channel), notNullText(d.audience),
                 d.kind, d.templateKey, notNullText(d.latest.renderedTitle), d.latest.renderedBody,
                 d.latest.sha256, utctime::toMSecs(step.now), author.trimmed()});
            if (!inserted)
                return inserted.error();
            if (inserted.value().next())
                publicationId = inserted.value().value(0).toLongLong();
            Result<QJsonArray> deliveries =
                queueDeliveries(d, publicationId, step.now, optionalConfigured);
            if (!deliveries)
                return deliveries.error();
            return QJsonObject{{QStringLiteral("publication_id"), publicationId},
                               {QStringLiteral("deliveries"), *deliveries},
                               {QStringLiteral("channel"), channel::id(d.channel)},
                               {QStringLiteral("audience"), d.audience},
                               {QStringLiteral("template"), d.templateKey},
                               {QStringLiteral("kind"), d.kind},
                               {QStringLiteral("sha256"), d.latest.sha256},
                               {QStringLiteral("published_by"), author.trimmed()}};
        });
    if (!done)
        return done.error();
    return publicationId;
}

Result<QList<DeliveryTarget>>
SignOffGate::plannedDeliveries(const Draft &draft,
                               const QSet<Destination> &optionalConfigured) const
{
    QStringList emails;
    if (draft.channel == Channel::Email || draft.channel == Channel::KeyAccount) {
        Result<QList<KeyAccount>> accounts = m_accounts.accounts();
        if (!accounts)
            return accounts.error();
        for (const KeyAccount &account : *accounts) {
            for (const AccountContact &contact : account.contacts)
                emails.append(contact.email);
        }
    }
    return delivery::route(draft.channel, emails, optionalConfigured);
}

Result<QJsonArray> SignOffGate::queueDeliveries(const Draft &draft, qint64 publicationId,
                                                const QDateTime &now,
                                                const QSet<Destination> &optionalConfigured)
{
    Result<QList<DeliveryTarget>> targets = plannedDeliveries(draft, optionalConfigured);
    if (!targets)
        return targets.error();
    Result<Incident> incident = m_drafts.incidents().incident(draft.incidentId);
    if (!incident)
        return incident.error();
    return OutboxStore::insertRows(
        m_drafts.database(),
        {publicationId, draft.incidentId, draft.latest.sha256,
         delivery::statusPageStatus(incidentstatus::id(incident->status)),
         delivery::statusPageImpact(severity::id(incident->fields.severity)), *targets},
        now);
}

} // namespace warroom
