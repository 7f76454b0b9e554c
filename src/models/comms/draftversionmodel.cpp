#include "models/comms/draftversionmodel.h"

#include "storage/comms/draftstore.h"

namespace warroom {

DraftVersionModel::DraftVersionModel(DraftStore &drafts, qint64 draftId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(drafts)
    , m_draftId(draftId)
{
    if (Result<Draft> d = m_store.draft(draftId))
        m_incidentId = d->incidentId;
    connect(&m_store, &DraftStore::draftsChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            reload();
    });
    connect(&m_store, &DraftStore::externallyChanged, this, &DraftVersionModel::reload);
    reload();
}

int DraftVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int DraftVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DraftVersionModel::approvalsOf(const DraftVersion &version) const
{
    QStringList given;
    for (const Approval &a : m_approvals) {
        if (a.draftVersionId == version.id)
            given.append(a.kind == Approval::Kind::LegalSignOff ? tr("legal: %1").arg(a.person)
                                                                : tr("IC: %1").arg(a.person));
    }
    return given.join(QStringLiteral(", "));
}

QVariant DraftVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftVersion &v = m_versions.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == HashColumn)
        return v.sha256;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case VersionColumn:
        return QStringLiteral("v%1").arg(v.version);
    case SavedColumn:
        return v.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    case ByColumn:
        return v.savedBy;
    case HashColumn:
        return v.sha256.left(12);
    case ApprovalsColumn:
        return approvalsOf(v);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DraftVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case VersionColumn:
        return tr("Version");
    case SavedColumn:
        return tr("Saved");
    case ByColumn:
        return tr("By");
    case HashColumn:
        return tr("SHA-256");
    case ApprovalsColumn:
        return tr("Signed / approved");
    case ColumnCount:
        break;
    }
    return {};
}

void DraftVersionModel::reload()
{
    Result<QList<DraftVersion>> versions = m_store.versions(m_draftId);
    Result<QList<Approval>> approvals = m_store.approvals(m_draftId);
    if (!versions || !approvals) {
        emit loadFailed(!versions ? versions.error().message : approvals.error().message);
        return;
    }
    const qsizetype before = m_versions.size();
    m_approvals = *approvals;
    if (before > 0)
        emit dataChanged(index(0, 0), index(int(before) - 1, ColumnCount - 1));
    if (versions->size() > before) {
        beginInsertRows({}, int(before), int(versions->size() - 1));
        m_versions = *versions;
        endInsertRows();
    }
}

} // namespace warroom
