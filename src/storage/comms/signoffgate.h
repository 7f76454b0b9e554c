#pragma once

#include "comms/gate/draftgate.h"
#include "core/base/result.h"
#include "core/comms/delivery.h"
#include "core/comms/destination.h"
#include "storage/comms/commsrecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace warroom {

class AccountStore;
class DraftStore;
struct Incident;
struct RoleAssignment;

// The sign-off gate's steps (docs/templates.md). Each step checks, in one write transaction,
// the draft's state, that the person acting holds the role the step needs on the incident
// (derived from the timeline), and the text itself; writes its rows; moves the state; and
// records a timeline event. Sign-offs and approvals bind to the saved version's SHA-256, and
// the database refuses a publication without them (schema version 4).
class SignOffGate final
{
    Q_DECLARE_TR_FUNCTIONS(warroom::SignOffGate)

public:
    // The key accounts' contacts are the recipients of key-account and email publications.
    SignOffGate(DraftStore &drafts, AccountStore &accounts);

    // To legal review. Lint errors block it unless overrideReason says why they may stay; the
    // reason is stored with the draft, recorded on the timeline and shown to legal.
    Result<void> submitForReview(qint64 draftId, const QString &overrideReason,
                                 const QString &author);
    Result<void> signOff(qint64 draftId, const QString &author);
    Result<void> requestChanges(qint64 draftId, const QString &reason, const QString &author);
    // IC approval; for a draft that needs no legal review this is the first gate, so lint
    // errors block it the same way as sending to review.
    Result<void> approve(qint64 draftId, const QString &overrideReason, const QString &author);
    // Records the publication (a copy of the text for the channel, who, when) and, in the same
    // transaction, queues its deliveries in the outbox (delivery::route, docs/outbox.md): the
    // status page and email rows always, a Slack row when `optionalConfigured` (what the
    // publishing process has set up) contains Slack. Refused, with nothing written, when an
    // email or key-account message has no recipient. Returns the publication's id; nothing has
    // left the program yet.
    Result<qint64> publish(qint64 draftId, const QString &author,
                           const QSet<Destination> &optionalConfigured = {});

    // The deliveries publishing the draft would queue now (delivery::route over the key
    // accounts' contact addresses), or why it would be refused: for the confirmation.
    Result<QList<DeliveryTarget>>
    plannedDeliveries(const Draft &draft, const QSet<Destination> &optionalConfigured = {}) const;

    // Why the person cannot take the action on the draft now, or an empty string when they can
    // (lint errors aside: those are overridable). For enabling buttons and saying why not.
    QString refusal(const Draft &draft, GateAction action, const QString &person) const;

    static constexpr int MaxReasonLength = 2000;

private:
    struct Step
    {
        Draft draft;
        bool legalRequired = false;
        DraftState next = DraftState::Draft;
        QDateTime now;
    };
    using Work = std::function<Result<QJsonObject>(Step &step)>;
    Result<void> run(qint64 draftId, GateAction action, const QString &author,
                     const char *eventKind, const Work &work, qint64 *incidentId = nullptr);
    Result<QJsonObject> lintGate(const Step &step, const QString &overrideReason) const;
    QString roleRefusal(const Incident &incident, const QList<RoleAssignment> &roles,
                        GateAction action, DraftState from, const QString &person) const;
    Result<void> checkHash(const Draft &draft) const;
    // The IC approving a version must not be the person who signed it off as legal.
    Result<void> checkFourEyes(const Draft &draft, const QString &approver) const;
    Result<qint64> insertApproval(const Step &step, Approval::Kind kind, const QString &person,
                                  const QString &lintOverride);

    // Inserts the publication's outbox rows; the publication event's "deliveries".
    Result<QJsonArray> queueDeliveries(const Draft &draft, qint64 publicationId,
                                       const QDateTime &now,
                                       const QSet<Destination> &optionalConfigured);

    DraftStore &m_drafts;
    AccountStore &m_accounts;
};

} // namespace warroom
