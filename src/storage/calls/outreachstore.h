#pragma once

#include "core/base/result.h"
#include "core/calls/callstatus.h"
#include "core/calls/keyaccount.h"
#include "core/calls/outreach.h"
#include "core/calls/outreachchannel.h"

#include <optional>

namespace warroom {

class AccountStore;
class IncidentStore;

// What a CSM records about one outreach attempt.
struct CallRecord
{
    qint64 accountId = 0;
    CallStatus status = CallStatus::Calling;
    std::optional<OutreachChannel> channel; // required unless the status goes back to not-started
    QString note;                           // what the customer observed
    // The account's call revision the user's screen showed (revision::call: the id of its latest
    // call_attempt event, 0 for none). When another call was recorded since, nothing is written
    // and the error is Error::Code::Conflict, carrying who recorded it, when, and the status now.
    // None: nothing is compared (warroomctl reads and writes in one go).
    std::optional<qint64> basedOn = std::nullopt;
};

// The key accounts selected for outreach on an incident and the calls made to them. Both live in
// the timeline (accounts_selected, call_attempt events), checked against the current selection
// inside the write transaction.
class OutreachStore final
{
public:
    OutreachStore(IncidentStore &incidents, AccountStore &accounts);
    Q_DISABLE_COPY_MOVE(OutreachStore)

    // Selects the top `count` listed accounts (the playbook's top 10) for the incident.
    Result<qint64> proposeAccounts(qint64 incidentId, int count, const QString &author);
    // The IC's adjusted set, in call order. Each account must be on the key-account list.
    Result<qint64> selectAccounts(qint64 incidentId, const QList<qint64> &accountIds,
                                  const QString &author);
    Result<qint64> recordCall(qint64 incidentId, const CallRecord &call, const QString &author);

    Result<QList<AccountOutreach>> accounts(qint64 incidentId) const;
    Result<CallProgress> progress(qint64 incidentId) const;

    static constexpr int MaxSelected = 50;
    static constexpr int MaxNoteLength = 10000;

private:
    Result<QJsonObject> selectionPayload(const QList<qint64> &accountIds) const;

    IncidentStore &m_incidents;
    AccountStore &m_accounts;
};

} // namespace warroom
