#pragma once

#include "core/calls/keyaccount.h"
#include "core/calls/outreach.h"

#include <QAbstractTableModel>
#include <QHash>

namespace warroom {

class AccountStore;
class Clock;
class IncidentStore;
class OutreachStore;

// The key accounts selected for outreach on one incident, in call order, with where each call
// stands. Recording a call changes its row in place (dataChanged), so a CSM ticking accounts off
// with the keyboard keeps the selection; a new selection resets the model.
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

    CallListModel(IncidentStore &incidents, OutreachStore &outreach, AccountStore &accounts,
                  const Clock &clock, qint64 incidentId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const CallProgress &progress() const { return m_progress; }
    QString progressText() const { return outreach::describe(m_progress); }
    const AccountOutreach &accountAt(int row) const { return m_accounts.at(row); }
    int rowOf(qint64 accountId) const;

    void reload();
    // The clock moved: "N min ago" texts are re-evaluated.
    void clockAdvanced();

signals:
    void loadFailed(const QString &message);
    void progressChanged();

private:
    void reloadDirectory();

    IncidentStore &m_incidents;
    OutreachStore &m_outreach;
    AccountStore &m_accountStore;
    const Clock &m_clock;
    qint64 m_incidentId;
    QList<AccountOutreach> m_accounts;
    QHash<qint64, KeyAccount> m_directory;
    CallProgress m_progress;
};

} // namespace warroom
