#include "models/comms/draftlistmodel.h"

#include "core/comms/announcementkind.h"
#include "models/common/statuspalette.h"
#include "storage/comms/draftstore.h"

#include <QBrush>

namespace warroom {
namespace {

bool sameRow(const Draft &a, const Draft &b)
{
    return a.state == b.state && a.latest.id == b.latest.id && a.needsLegal == b.needsLegal &&
           a.audience == b.audience && a.lintOverride == b.lintOverride;
}

using statuspalette::Tone;

Tone stateTone(DraftState state)
{
    switch (state) {
    case DraftState::Draft:
        return Tone::Muted;
    case DraftState::InLegalReview:
        return Tone::Review;
    case DraftState::ChangesRequested:
        return Tone::Alarm;
    case DraftState::LegallySignedOff:
        return Tone::Info;
    case DraftState::IcApproved:
        return Tone::Good;
    case DraftState::Published:
        return Tone::Settled;
    }
    return Tone::Muted;
}

} // namespace

DraftListModel::DraftListModel(DraftStore &drafts, qint64 incidentId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(drafts)
    , m_incidentId(incidentId)
{
    connect(&m_store, &DraftStore::draftsChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            reload();
    });
    connect(&m_store, &DraftStore::externallyChanged, this, &DraftListModel::reload);
    reload();
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Draft &d = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case IdColumn:
            return QStringLiteral("#%1").arg(d.id);
        case ChannelColumn:
            return channel::displayName(d.channel);
        case KindColumn:
            return announcementkind::displayName(d.kind);
        case AudienceColumn:
            return d.audience;
        case StateColumn:
            return draftstate::displayName(d.state);
        case VersionColumn:
            return QStringLiteral("v%1").arg(d.latest.version);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        // The whole row in words: the list may wrap or shorten its columns to fit a laptop.
        QStringList what{QStringLiteral("#%1").arg(d.id), channel::displayName(d.channel),
                         announcementkind::displayName(d.kind)};
        if (!d.audience.isEmpty())
            what.append(d.audience);
        return tr("%1\n%2, version %3\n%4")
            .arg(what.join(QStringLiteral(" · ")), draftstate::displayName(d.state))
            .arg(d.latest.version)
            .arg(d.latest.renderedTitle);
    }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(statuspalette::text(stateTone(d.state)));
        return {};
    case DraftIdRole:
        return d.id;
    case StateRole:
        return draftstate::id(d.state);
    default:
        return {};
    }
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("Draft");
    case ChannelColumn:
        return tr("Channel");
    case KindColumn:
        return tr("Kind");
    case AudienceColumn:
        return tr("Audience");
    case StateColumn:
        return tr("State");
    case VersionColumn:
        return tr("Version");
    case ColumnCount:
        break;
    }
    return {};
}

int DraftListModel::rowOf(qint64 draftId) const
{
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        if (m_drafts.at(i).id == draftId)
            return int(i);
    }
    return -1;
}

void DraftListModel::reload()
{
    Result<QList<Draft>> fresh = m_store.drafts(m_incidentId);
    if (!fresh) {
        emit loadFailed(fresh.error().message);
        return;
    }
    const QList<Draft> &all = *fresh;
    for (qsizetype i = 0; i < m_drafts.size() && i < all.size(); ++i) {
        if (sameRow(m_drafts.at(i), all.at(i)))
            continue;
        m_drafts[i] = all.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    if (all.size() > m_drafts.size()) {
        beginInsertRows({}, int(m_drafts.size()), int(all.size() - 1));
        m_drafts.append(all.mid(m_drafts.size()));
        endInsertRows();
    }
}

} // namespace warroom
