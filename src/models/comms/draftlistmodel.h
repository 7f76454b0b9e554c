#pragma once

#include "storage/comms/commsrecords.h"

#include <QAbstractTableModel>

namespace warroom {

class DraftStore;

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
        ColumnCount
    };
    enum Roles { DraftIdRole = Qt::UserRole + 1, StateRole };

    DraftListModel(DraftStore &drafts, qint64 incidentId, QObject *parent = nullptr);

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

    DraftStore &m_store;
    qint64 m_incidentId;
    QList<Draft> m_drafts;
};

} // namespace warroom
