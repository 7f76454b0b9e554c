#pragma once

#include "storage/comms/commsrecords.h"

#include <QAbstractTableModel>
#include <QHash>

namespace warroom {

class DraftStore;
class OutboxStore;

// One incident's drafts of external messages, oldest first. Drafts are never deleted, so new
// ones are appended and changed ones (state, version) report dataChanged: selections survive.
class DraftListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ChannelColumn,
        KindColumn,
        AudienceColumn,
        StateColumn,
        VersionColumn,
        DeliveryColumn, // a published draft's outbox rows: delivered, queued, failed ...
        ColumnCount
    };
    enum Roles { DraftIdRole = Qt::UserRole + 1, StateRole };

    // With an outbox, published drafts show where their deliveries stand (docs/outbox.md).
    DraftListModel(DraftStore &drafts, qint64 incidentId, OutboxStore *outbox = nullptr,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<Draft> &drafts() const { return m_drafts; }
    int rowOf(qint64 draftId) const; // -1 when absent

signals:
    void loadFailed(const QString &message);

private:
    void reload();

    struct Delivery
    {
        QString summary; // "2 of 9 delivered, 1 failed"
        QString details; // one line per row
        bool operator==(const Delivery &) const = default;
    };
    Result<QHash<qint64, Delivery>> deliveries() const; // by draft id

    DraftStore &m_store;
    qint64 m_incidentId;
    OutboxStore *m_outbox = nullptr;
    QList<Draft> m_drafts;
    QHash<qint64, Delivery> m_deliveries;
};

} // namespace warroom
