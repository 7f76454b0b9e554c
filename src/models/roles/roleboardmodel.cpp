#include "models/roles/roleboardmodel.h"

#include "core/base/clock.h"
#include "models/common/statuspalette.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"
#include "storage/roles/rolestore.h"

#include <QBrush>
#include <QFont>
#include <QSet>

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
    , m_timeline(incidents.sharedTimeline(incidentId))
    , m_roles(roles)
    , m_clock(clock)
    , m_incidentId(incidentId)
{
    // New events change holders; field edits change which roles are needed.
    connect(m_timeline.get(), &IncidentTimeline::changed, this, &RoleBoardModel::replay);
    connect(m_timeline.get(), &IncidentTimeline::loadFailed, this, &RoleBoardModel::loadFailed);
    replay();
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
    const quint64 before = m_replays;
    m_timeline->refresh(); // replays when it finds something new
    if (m_replays == before)
        replay();
}

void RoleBoardModel::replay()
{
    if (m_timeline->isLoading())
        return; // replayed when it has loaded
    if (!m_timeline->isLoaded()) {
        emit loadFailed(m_timeline->errorText());
        return;
    }
    if (m_timeline->evaluateInBackground()) {
        m_background.run([events = m_timeline->events()] { return currentRoleAssignments(events); },
                         [this](QList<RoleAssignment> held) { applyAssignments(std::move(held)); });
        return;
    }
    m_background.applyNow(
        [this] { applyAssignments(currentRoleAssignments(m_timeline->events())); });
}

void RoleBoardModel::applyAssignments(QList<RoleAssignment> assignments)
{
    ++m_replays;
    m_assignments = std::move(assignments);
    rebuild();
}

void RoleBoardModel::rebuild()
{
    if (!m_timeline->isLoaded())
        return;
    const QList<RoleNeed> needs = m_roles.neededRoles(m_timeline->incident());
    QList<Row> rows;
    for (Role r : role::all()) {
        std::optional<QString> because;
        for (const RoleNeed &need : needs) {
            if (need.role == r)
                because = need.reason;
        }
        bool held = false;
        for (const RoleAssignment &a : std::as_const(m_assignments)) {
            if (a.role == r) {
                rows.append(Row{r, a, because});
                held = true;
            }
        }
        if (!held)
            rows.append(Row{r, std::nullopt, because});
    }

    const QList<Role> unfilledBefore = unfilledRoles();
    // A row is a role and its holder (or nobody). Rows that went are removed and new ones
    // inserted where they belong; the rest change in place, so the selection stays where it was.
    const auto key = [](const Row &row) {
        return std::pair(int(row.role), row.holder ? row.holder->person : QString());
    };
    QSet<std::pair<int, QString>> wanted;
    for (const Row &row : std::as_const(rows))
        wanted.insert(key(row));
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(key(m_rows.at(i)))) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (i < m_rows.size() && key(m_rows.at(i)) == key(rows.at(i)))
            continue;
        beginInsertRows({}, i, i);
        m_rows.insert(i, rows.at(i));
        endInsertRows();
    }
    bool sameOrder = m_rows.size() == rows.size();
    for (qsizetype i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = key(m_rows.at(i)) == key(rows.at(i));
    if (sameOrder) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else { // holders of one role in another order: cannot happen, but never show a wrong row
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    if (unfilledRoles() != unfilledBefore)
        emit unfilledChanged();
}

void RoleBoardModel::clockAdvanced()
{
    // Needs depend on the time (the one-hour escalation); waiting times always do. Holders do
    // not: nothing is read or replayed.
    rebuild();
}

} // namespace warroom
