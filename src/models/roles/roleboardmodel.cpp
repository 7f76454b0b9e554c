#include "models/roles/roleboardmodel.h"

#include "core/base/clock.h"
#include "models/common/statuspalette.h"
#include "storage/incidents/incidentstore.h"
#include "storage/roles/rolestore.h"

#include <QBrush>
#include <QFont>

namespace warroom {

using statuspalette::Tone;

namespace {

QString waited(qint64 secs)
{
    if (secs < 60)
        return RoleBoardModel::tr("%1 s").arg(secs);
    if (secs < 3600)
        return RoleBoardModel::tr("%1 min").arg(secs / 60);
    return RoleBoardModel::tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
}

} // namespace

RoleBoardModel::RoleBoardModel(IncidentStore &incidents, RoleStore &roles, const Clock &clock,
                               qint64 incidentId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_incidents(incidents)
    , m_roles(roles)
    , m_clock(clock)
    , m_incidentId(incidentId)
{
    connect(&m_incidents, &IncidentStore::timelineAppended, this, [this](qint64 id) {
        if (id == m_incidentId)
            reload();
    });
    // Field edits change which roles are needed.
    connect(&m_incidents, &IncidentStore::incidentChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            reload();
    });
    connect(&m_incidents, &IncidentStore::externallyChanged, this, &RoleBoardModel::reload);
    reload();
}

int RoleBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoleBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoleBoardModel::stateText(const Row &row) const
{
    if (!row.holder)
        return row.neededBecause ? tr("UNFILLED") : tr("not needed now");
    if (row.holder->acknowledgedAt)
        return tr("Acknowledged %1 UTC")
            .arg(row.holder->acknowledgedAt->toString(QStringLiteral("HH:mm")));
    return tr("Not acknowledged — assigned %1 ago")
        .arg(waited(std::max<qint64>(0, row.holder->assignedAt.secsTo(m_clock.nowUtc()))));
}

QVariant RoleBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool unfilled = !row.holder && row.neededBecause;
    const bool waiting = row.holder && !row.holder->acknowledgedAt;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RoleColumn:
            return role::displayName(row.role);
        case HolderColumn:
            return row.holder ? row.holder->person : (unfilled ? tr("— nobody —") : QString());
        case StateColumn:
            return stateText(row);
        case NeededColumn:
            return row.neededBecause.value_or(QString());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        // The whole row in words: the board may be narrower than its text.
        QStringList lines{role::displayName(row.role)};
        if (row.holder) {
            lines.append(tr("%1 · %2").arg(row.holder->person, stateText(row)));
            lines.append(tr("Assigned %1 UTC by %2%3")
                             .arg(row.holder->assignedAt.toString(QStringLiteral("HH:mm:ss")),
                                  row.holder->assignedBy,
                                  row.holder->overridden
                                      ? tr(" (override: not listed for the role)")
                                      : QString()));
        } else {
            lines.append(stateText(row));
        }
        if (row.neededBecause)
            lines.append(tr("Needed: %1").arg(*row.neededBecause));
        return lines.join(u'\n');
    }
    case Qt::BackgroundRole:
        if (unfilled) // loud: the wall screen must show it across the room
            return QBrush(statuspalette::signal(Tone::Alarm).background);
        if (waiting)
            return QBrush(statuspalette::tint(Tone::Attention).background);
        return {};
    case Qt::ForegroundRole:
        if (unfilled)
            return QBrush(statuspalette::signal(Tone::Alarm).text);
        if (waiting) // a background always comes with its text colour (dark themes)
            return QBrush(statuspalette::tint(Tone::Attention).text);
        if (!row.holder)
            return QBrush(statuspalette::text(Tone::Muted));
        return {};
    case Qt::FontRole:
        if (unfilled || (waiting && index.column() == StateColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case RoleIdRole:
        return role::id(row.role);
    case PersonRole:
        return row.holder ? row.holder->person : QString();
    case UnfilledRole:
        return unfilled;
    case NeededRole:
        return row.neededBecause.has_value();
    case AcknowledgedRole:
        return row.holder && row.holder->acknowledgedAt.has_value();
    case WaitingSecsRole:
        return waiting ? std::max<qint64>(0, row.holder->assignedAt.secsTo(m_clock.nowUtc()))
                       : qint64(-1);
    default:
        return {};
    }
}

QVariant RoleBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RoleColumn:
        return tr("Role");
    case HolderColumn:
        return tr("Held by");
    case StateColumn:
        return tr("State");
    case NeededColumn:
        return tr("Needed because");
    case ColumnCount:
        break;
    }
    return {};
}

QList<Role> RoleBoardModel::unfilledRoles() const
{
    QList<Role> result;
    for (const Row &row : m_rows) {
        if (!row.holder && row.neededBecause)
            result.append(row.role);
    }
    return result;
}

void RoleBoardModel::reload()
{
    Result<QList<RoleAssignment>> assignments = m_roles.assignments(m_incidentId);
    Result<QList<RoleNeed>> needs = m_roles.neededRoles(m_incidentId);
    if (!assignments || !needs) {
        emit loadFailed(!assignments ? assignments.error().message : needs.error().message);
        return;
    }
    QList<Row> rows;
    for (Role r : role::all()) {
        std::optional<QString> because;
        for (const RoleNeed &need : needs.value()) {
            if (need.role == r)
                because = need.reason;
        }
        bool held = false;
        for (const RoleAssignment &a : assignments.value()) {
            if (a.role == r) {
                rows.append(Row{r, a, because});
                held = true;
            }
        }
        if (!held)
            rows.append(Row{r, std::nullopt, because});
    }

    const QList<Role> unfilledBefore = unfilledRoles();
    bool sameShape = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape =
            rows.at(i).role == m_rows.at(i).role &&
            rows.at(i).holder.has_value() == m_rows.at(i).holder.has_value() &&
            (!rows.at(i).holder || rows.at(i).holder->person == m_rows.at(i).holder->person);
    if (sameShape) {
        // Acknowledgements and needs change in place, so the selection stays where it was.
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    if (unfilledRoles() != unfilledBefore)
        emit unfilledChanged();
}

void RoleBoardModel::clockAdvanced()
{
    // Needs depend on the time (the one-hour escalation); waiting times always do.
    reload();
}

} // namespace warroom
