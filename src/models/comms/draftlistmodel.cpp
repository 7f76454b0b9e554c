#include "models/comms/draftlistmodel.h"

#include "core/comms/announcementkind.h"
#include "core/comms/deliveryphrases.h"
#include "models/common/statuspalette.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxstore.h"
#include "storage/incidents/incidentstore.h"

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

DraftListModel::DraftListModel(DraftStore &drafts, qint64 incidentId, OutboxStore *outbox,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(drafts)
    , m_incidentId(incidentId)
    , m_outbox(outbox)
{
    // Every delivery change is a timeline event of the incident (docs/outbox.md).
    if (m_outbox)
        connect(&m_store.incidents(), &IncidentStore::timelineAppended, this, [this](qint64 id) {
            if (id == m_incidentId)
                reload();
        });
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
        case IdColumn: // the Nth draft of this incident (the database id is not shown)
            return QStringLiteral("#%1").arg(d.number);
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
        case DeliveryColumn:
            return m_deliveries.value(d.id).summary;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == DeliveryColumn && m_deliveries.contains(d.id))
            return m_deliveries.value(d.id).details;
        // The whole row in words: the list may wrap or shorten its columns to fit a laptop.
        QStringList what{QStringLiteral("#%1").arg(d.number), channel::displayName(d.channel),
                         announcementkind::displayName(d.kind)};
        if (!d.audience.isEmpty())
            what.append(d.audience);
        QString tip = tr("%1\n%2, version %3\n%4")
                          .arg(what.join(QStringLiteral(" · ")), draftstate::displayName(d.state))
                          .arg(d.latest.version)
                          .arg(d.latest.renderedTitle);
        if (m_deliveries.contains(d.id))
            tip += tr("\nDelivery: %1\n%2")
                       .arg(m_deliveries.value(d.id).summary, m_deliveries.value(d.id).details);
        return tip;
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
    case DeliveryColumn:
        return tr("Delivery");
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

Result<QHash<qint64, DraftListModel::Delivery>> DraftListModel::deliveries() const
{
    QHash<qint64, Delivery> result;
    if (!m_outbox)
        return result;
    Result<QList<Publication>> publications = m_store.publications(m_incidentId);
    if (!publications)
        return publications.error();
    Result<QList<OutboxRow>> rows = m_outbox->rows(m_incidentId);
    if (!rows)
        return rows.error();
    for (const Publication &p : *publications) {
        QHash<int, int> count; // by DeliveryState
        QStringList lines;
        int total = 0;
        for (const OutboxRow &r : *rows) {
            if (r.publicationId != p.id)
                continue;
            ++total;
            ++count[int(r.state)];
            const QString where = delivery::targetText(r.destination, r.recipient);
            QString state = delivery::stateText(r.state, r.settledBy, r.settledAt, r.nextAttemptAt);
            if (!r.lastMessage.isEmpty() && !deliverystate::isSettled(r.state))
                state = tr("%1: %2", "a delivery's state: the remote's message")
                            .arg(state, r.lastMessage);
            lines.append(tr("#%1 %2: %3").arg(r.id).arg(where, state));
        }
        if (total == 0) {
            result.insert(p.draftId,
                          {tr("not tracked"), tr("Published before War Room tracked deliveries.")});
            continue;
        }
        const int settled =
            count.value(int(DeliveryState::Sent)) + count.value(int(DeliveryState::PostedByHand));
        QStringList parts{tr("%1 of %2 delivered").arg(settled).arg(total)};
        for (DeliveryState s : {DeliveryState::Failed, DeliveryState::Retrying,
                                DeliveryState::Sending, DeliveryState::Queued}) {
            if (count.value(int(s)) > 0)
                parts.append(deliveryphrase::count(s, count.value(int(s))));
        }
        result.insert(p.draftId, {parts.join(QStringLiteral(", ")), lines.join(QLatin1Char('\n'))});
    }
    return result;
}

void DraftListModel::reload()
{
    Result<QList<Draft>> fresh = m_store.drafts(m_incidentId);
    if (!fresh) {
        emit loadFailed(fresh.error().message);
        return;
    }
    Result<QHash<qint64, Delivery>> delivered = deliveries();
    if (!delivered) {
        emit loadFailed(delivered.error().message);
        return;
    }
    const QHash<qint64, Delivery> previous = std::exchange(m_deliveries, *delivered);
    const QList<Draft> &all = *fresh;
    for (qsizetype i = 0; i < m_drafts.size() && i < all.size(); ++i) {
        const qint64 id = all.at(i).id;
        if (sameRow(m_drafts.at(i), all.at(i)) && previous.value(id) == m_deliveries.value(id))
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
