#pragma once

#include "core/calls/keyaccount.h"
#include "core/calls/outreach.h"
#include "models/common/backgroundevaluation.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace warroom {

class AccountStore;
class Clock;
class IncidentStore;
class IncidentTimeline;

// The key accounts selected for outreach on one incident, in call order, with where each call
// stands. Recording a call changes its row in place (dataChanged), so a CSM ticking accounts off
// with the keyboard keeps the selection; a new selection resets the model. The calls are replayed
// from the incident's shared IncidentTimeline when it changes (outreach::accounts), never read
// from storage again.
class CallListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AccountColumn,
        StatusColumn,
        CsmColumn,
        ContactColumn,
        LastAttemptColumn,
        NoteColumn,
        ColumnCount
    };
    enum Roles {
        AccountIdRole = Qt::UserRole + 1,
        StatusIdRole, // "reached", ...
        CsmRole,      // the owning CSM's name
        AttemptCountRole,
        LastChannelRole, // "phone", "slack" or empty
    };

    CallListModel(IncidentStore &incidents, AccountStore &accounts, const Clock &clock,
                  qint64 incidentId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const CallProgress &progress() const { return m_progress; }
    QString progressText() const { return outreach::describe(m_progress); }
    const AccountOutreach &accountAt(int row) const { return m_accounts.at(row); }
    int rowOf(qint64 accountId) const;

    // Reads what is new in the timeline.
    void reload();
    // The clock moved: "N min ago" texts are re-evaluated.
    void clockAdvanced();

signals:
    void loadFailed(const QString &message);
    void progressChanged();

private:
    void reloadDirectory();
    // Replays the selection and the calls from the timeline.
    void replay();
    void applyAccounts(QList<AccountOutreach> fresh);

    std::shared_ptr<IncidentTimeline> m_timeline;
    AccountStore &m_accountStore;
    const Clock &m_clock;
    qint64 m_incidentId;
    QList<AccountOutreach> m_accounts;
    QHash<qint64, KeyAccount> m_directory;
    CallProgress m_progress;
    BackgroundEvaluation<QList<AccountOutreach>> m_background{this};
    quint64 m_replays = 0;
};

} // namespace warroom
