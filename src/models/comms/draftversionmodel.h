#pragma once

#include "storage/comms/commsrecords.h"

#include <QAbstractTableModel>

namespace warroom {

class DraftStore;

// Every saved version of one draft, oldest first, with the sign-offs and approvals each got.
class DraftVersionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, SavedColumn, ByColumn, HashColumn, ApprovalsColumn, ColumnCount };

    DraftVersionModel(DraftStore &drafts, qint64 draftId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<DraftVersion> &versions() const { return m_versions; }

signals:
    void loadFailed(const QString &message);

private:
    void reload();
    QString approvalsOf(const DraftVersion &version) const;

    DraftStore &m_store;
    qint64 m_draftId;
    qint64 m_incidentId = 0;
    QList<DraftVersion> m_versions;
    QList<Approval> m_approvals;
};

} // namespace warroom
