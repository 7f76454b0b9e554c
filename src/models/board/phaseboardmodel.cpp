#include "models/board/phaseboardmodel.h"

#include "core/base/clock.h"
#include "models/board/obligationicons.h"
#include "models/common/statuspalette.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"

#include <QBrush>
#include <QFont>
#include <QFontDatabase>
#include <QSet>

namespace warroom {

using statuspalette::Tone;

namespace {

// Board order: overdue, due soon, upcoming with a due time, waiting, done, waived, not applicable.
int rank(const ObligationStatus &s)
{
    switch (s.state) {
    case ObligationState::Overdue:
        return 0;
    case ObligationState::DueSoon:
        return 1;
    case ObligationState::Upcoming:
        return s.dueAt.isValid() ? 2 : 3;
    case ObligationState::Done:
        return 4;
    case ObligationState::Waived:
        return 5;
    case ObligationState::NotApplicable:
        return 6;
    }
    return 7;
}

QString timeText(const QDateTime &t, const QDateTime &now)
{
    const QDateTime utc = t.toUTC();
    if (utc.date() == now.toUTC().date())
        return utc.toString(QStringLiteral("HH:mm 'UTC'"));
    return utc.toString(QStringLiteral("ddd HH:mm 'UTC'"));
}

bool sameHolders(const QList<RoleAssignment> &a, const QList<RoleAssignment> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).role != b.at(i).role || a.at(i).person != b.at(i).person)
            return false;
    }
    return true;
}

} // namespace

PhaseBoardModel::PhaseBoardModel(IncidentStore &store, const Playbook &playbook, const Clock &clock,
                                 qint64 incidentId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_timeline(store.sharedTimeline(incidentId))
    , m_playbook(playbook)
    , m_clock(clock)
    , m_incidentId(incidentId)
{
    for (qsizetype i = 0; i < m_playbook.obligations.size(); ++i)
        m_playbookIndex.insert(m_playbook.obligations.at(i).id, int(i));
    connect(m_timeline.get(), &IncidentTimeline::changed, this, &PhaseBoardModel::evaluate);
    connect(m_timeline.get(), &IncidentTimeline::loadFailed, this, &PhaseBoardModel::loadFailed);
    connect(&m_timer, &QTimer::timeout, this, &PhaseBoardModel::tick);
    m_timer.setTimerType(Qt::CoarseTimer);
    m_timer.start(1000);
    evaluate();
}

int PhaseBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PhaseBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PhaseBoardModel::rowOf(const QString &obligationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == obligationId)
            return int(i);
    }
    return -1;
}

IcEngagement PhaseBoardModel::openIcEngagement() const
{
    if (m_final)
        return {};
    for (const ObligationStatus &s : m_all) {
        if (s.mandatory && !s.isSettled())
            return IcEngagement{true, s.mandatoryReason};
    }
    return {};
}

QDateTime PhaseBoardModel::boardTime() const
{
    return m_final ? m_final->closedAt : m_clock.nowUtc();
}

const MissedObligation *PhaseBoardModel::missed(const QString &obligationId) const
{
    const auto found = m_missed.constFind(obligationId);
    return found == m_missed.constEnd() ? nullptr : &found.value();
}

QVariant PhaseBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObligationStatus &s = m_rows.at(index.row());
    const Column column = Column(index.column());
    const QDateTime now = boardTime();
    const bool open = !s.isSettled();
    const MissedObligation *late = missed(s.id);
    const bool lateCell = late && column == CountdownColumn &&
                          late->how != MissedObligation::How::Waived; // waived: see its reason
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StateColumn:
            return obligationstate::displayName(s.state);
        case CountdownColumn:
            if (m_final) { // how late, for good
                if (!late || late->how == MissedObligation::How::Waived)
                    return QString();
                return late->lateMsecs > 0
                           ? tr("%1 late").arg(finalaccount::durationText(late->lateMsecs))
                           : tr("open");
            }
            if (!open)
                return QString();
            return s.dueAt.isValid() ? obligationstate::countdownText(s.msecsLeft(now))
                                     : QStringLiteral("—");
        case ObligationColumn:
            return s.mandatory ? tr("⚑ %1").arg(s.title) : s.title;
        case OwnerColumn:
            return ownerText(s.owner);
        case DueColumn:
            return s.dueAt.isValid() ? timeText(s.dueAt, now) : QStringLiteral("—");
        case DetailColumn: {
            QStringList parts;
            // Closed: why it was waived is the part of the final account to read first.
            if (m_final && s.state == ObligationState::Waived && !s.note.isEmpty())
                return tr("%1 · waived by %2 at %3")
                    .arg(s.note, s.settledBy, timeText(s.settledAt, now));
            if (s.mandatory)
                parts.append(tr("MANDATORY: %1").arg(s.mandatoryReason));
            // Open: why, right after the flag (what the evidence lacks or what withdrew it), so
            // it shows before the column cuts the text.
            if (!s.progress.isEmpty() && open)
                parts.append(s.progress);
            if (s.state == ObligationState::Done)
                parts.append(tr("done by %1 at %2").arg(s.settledBy, timeText(s.settledAt, now)));
            if (s.state == ObligationState::Waived)
                parts.append(tr("waived by %1 at %2").arg(s.settledBy, timeText(s.settledAt, now)));
            if (!s.note.isEmpty())
                parts.append(s.note);
            if (!s.waitingFor.isEmpty())
                parts.append(s.waitingFor);
            if (s.recurring && open && s.waitingFor.isEmpty()) {
                if (!s.lastResetAt.isValid())
                    parts.append(tr("none posted yet"));
                else if (s.lastResetDelivery.isEmpty())
                    parts.append(tr("last posted %1 by %2")
                                     .arg(timeText(s.lastResetAt, now), s.lastResetBy));
                else // a sync: where it went, failed or not, next to when
                    parts.append(
                        tr("last sync %1 by %2: %3")
                            .arg(timeText(s.lastResetAt, now), s.lastResetBy, s.lastResetDelivery));
            }
            if (!s.progress.isEmpty() && !open && s.state != ObligationState::Done)
                parts.append(s.progress);
            return parts.join(QStringLiteral(" · "));
        }
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(obligationIcon(s.state)) : QVariant();
    case Qt::BackgroundRole:
        if (lateCell)
            return QBrush(statuspalette::tint(Tone::Alarm).background);
        if (column == StateColumn || column == CountdownColumn)
            return obligationBackground(s.state);
        return {};
    case Qt::ForegroundRole:
        if (lateCell)
            return QBrush(
                statuspalette::textOn(Tone::Alarm, statuspalette::tint(Tone::Alarm).background));
        if (column == StateColumn || column == CountdownColumn)
            return obligationForeground(s.state);
        return s.state == ObligationState::NotApplicable || s.state == ObligationState::Waived
                   ? QVariant(QBrush(statuspalette::text(Tone::Muted)))
                   : QVariant();
    case Qt::FontRole: {
        QFont font; // the application's font, which follows the wall-screen text size
        if (column == CountdownColumn) {
            // Fixed-width digits: the countdown changes every second without the text shifting.
            font.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
            font.setStyleHint(QFont::Monospace);
            font.setPointSizeF(font.pointSizeF() * 1.15);
        }
        font.setBold(s.state == ObligationState::Overdue || s.state == ObligationState::DueSoon ||
                     s.mandatory || (column == CountdownColumn && open) || lateCell);
        font.setItalic(s.state == ObligationState::Waived ||
                       s.state == ObligationState::NotApplicable);
        return font;
    }
    case Qt::TextAlignmentRole:
        if (column == CountdownColumn || column == DueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1\n%2").arg(s.title, s.phaseTitle);
        if (!s.description.isEmpty())
            tip += QLatin1Char('\n') + s.description;
        for (const QString &item : s.checklist)
            tip += QStringLiteral("\n• ") + item;
        return tip;
    }
    case ObligationIdRole:
        return s.id;
    case StateRole:
        return int(s.state);
    case StateIdRole:
        return obligationstate::id(s.state);
    case MandatoryRole:
        return s.mandatory;
    case MsecsLeftRole:
        return s.dueAt.isValid() && open && !m_final ? QVariant(s.msecsLeft(now)) : QVariant();
    case RecurringRole:
        return s.recurring;
    case OwnerRoleRole:
        return role::displayName(s.owner);
    case HoldersRole:
        return holdersOf(s.owner);
    default:
        return {};
    }
}

QVariant PhaseBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StateColumn:
        return tr("State");
    case CountdownColumn:
        return m_final ? tr("Late by") : tr("Time left");
    case ObligationColumn:
        return tr("Obligation");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case DetailColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

void PhaseBoardModel::setShowNotApplicable(bool show)
{
    if (show == m_showNotApplicable)
        return;
    m_showNotApplicable = show;
    applyRows(visibleSorted());
}

void PhaseBoardModel::setTicking(bool ticking)
{
    if (ticking)
        m_timer.start(1000);
    else
        m_timer.stop();
}

void PhaseBoardModel::tick()
{
    if (!m_loaded || m_final)
        return; // a closed incident's board stands still
    playbookengine::applyClock(m_all, m_clock.nowUtc(), m_playbook.dueSoonMinutes);
    applyRows(visibleSorted());
    raiseAlerts();
    emit ticked();
}

void PhaseBoardModel::refresh()
{
    const quint64 before = m_evaluations;
    m_timeline->refresh(); // evaluates when it finds something new
    if (m_evaluations == before)
        evaluate();
}

void PhaseBoardModel::evaluate()
{
    if (m_timeline->isLoading())
        return; // evaluated when it has loaded
    if (!m_timeline->isLoaded()) {
        emit loadFailed(m_timeline->errorText());
        return;
    }
    if (m_timeline->evaluateInBackground()) {
        m_background.run(
            [playbook = m_playbook, incident = m_timeline->incident(),
             events = m_timeline->events()] { return evaluateNow(playbook, incident, events); },
            [this](Evaluation evaluation) { applyEvaluation(std::move(evaluation)); });
        return;
    }
    m_background.applyNow([this] {
        applyEvaluation(evaluateNow(m_playbook, m_timeline->incident(), m_timeline->events()));
    });
}

PhaseBoardModel::Evaluation PhaseBoardModel::evaluateNow(const Playbook &playbook,
                                                         const Incident &incident,
                                                         const QList<TimelineEvent> &events)
{
    return {playbookengine::evaluate(playbook, incident, events), currentRoleAssignments(events)};
}

// The role on one line and who holds it below ("Customer success" / "Chloé Martin, Dev Patel"),
// or "unfilled": the column stays as narrow as the longer of the two.
QString PhaseBoardModel::ownerText(Role owner) const
{
    const QStringList people = holdersOf(owner);
    const QString who = people.isEmpty() ? tr("unfilled") : people.join(QStringLiteral(", "));
    return QStringLiteral("%1\n%2").arg(role::displayName(owner), who);
}

QStringList PhaseBoardModel::holdersOf(Role owner) const
{
    QStringList people;
    for (const RoleAssignment &a : m_holders) {
        if (a.role == owner)
            people.append(a.person);
    }
    return people;
}

void PhaseBoardModel::applyEvaluation(Evaluation evaluation)
{
    ++m_evaluations;
    const Incident &incident = m_timeline->incident();
    m_all = std::move(evaluation.obligations);
    const bool holdersChanged = !m_loaded || !sameHolders(m_holders, evaluation.holders);
    m_holders = std::move(evaluation.holders);
    const bool wasClosed = m_final.has_value();
    m_final = finalaccount::compute(m_all, incident.statusHistory);
    m_missed.clear();
    if (m_final) {
        for (const MissedObligation &missed : std::as_const(m_final->missed))
            m_missed.insert(missed.id, missed);
    }
    playbookengine::applyClock(m_all, boardTime(), m_playbook.dueSoonMinutes);
    if (wasClosed != m_final.has_value())
        emit headerDataChanged(Qt::Horizontal, CountdownColumn, CountdownColumn);
    m_loaded = true;
    applyRows(visibleSorted());
    if (holdersChanged && !m_rows.isEmpty())
        emit dataChanged(index(0, OwnerColumn), index(int(m_rows.size()) - 1, OwnerColumn),
                         {Qt::DisplayRole});
    raiseAlerts();
    emit flagsChanged();
}

QList<ObligationStatus> PhaseBoardModel::visibleSorted() const
{
    QList<ObligationStatus> rows;
    for (const ObligationStatus &s : m_all) {
        if (m_showNotApplicable || s.state != ObligationState::NotApplicable)
            rows.append(s);
    }
    if (m_final) {
        // What was missed first: still open at closing, done late (the latest first), waived;
        // then what was done in time; then what did not apply.
        const auto closedRank = [this](const ObligationStatus &s) {
            if (const MissedObligation *m = missed(s.id))
                return m->how == MissedObligation::How::OpenAtClose ? 0
                       : m->how == MissedObligation::How::DoneLate  ? 1
                                                                    : 2;
            return s.state == ObligationState::NotApplicable ? 4 : 3;
        };
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const ObligationStatus &a, const ObligationStatus &b) {
                             const int ra = closedRank(a);
                             const int rb = closedRank(b);
                             if (ra != rb)
                                 return ra < rb;
                             if (ra <= 1) {
                                 const qint64 la = missed(a.id)->lateMsecs;
                                 const qint64 lb = missed(b.id)->lateMsecs;
                                 if (la != lb)
                                     return la > lb;
                             }
                             return m_playbookIndex.value(a.id) < m_playbookIndex.value(b.id);
                         });
        return rows;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [this](const ObligationStatus &a, const ObligationStatus &b) {
                         const int ra = rank(a);
                         const int rb = rank(b);
                         if (ra != rb)
                             return ra < rb;
                         if (ra <= 2 && a.dueAt != b.dueAt)
                             return a.dueAt < b.dueAt;
                         return m_playbookIndex.value(a.id) < m_playbookIndex.value(b.id);
                     });
    return rows;
}

// Brings the rows to `sorted` without a reset: removed and added obligations as row removals and
// insertions, changed ones as dataChanged, the countdowns as one dataChanged over their columns,
// and a new order as a layout change.
void PhaseBoardModel::applyRows(const QList<ObligationStatus> &sorted)
{
    QHash<QString, const ObligationStatus *> fresh;
    for (const ObligationStatus &s : sorted)
        fresh.insert(s.id, &s);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!fresh.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<QString> shown;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const ObligationStatus &update = *fresh.value(m_rows.at(row).id);
        shown.insert(update.id);
        if (update == m_rows.at(row))
            continue;
        m_rows[row] = update;
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
    QList<ObligationStatus> added;
    for (const ObligationStatus &s : sorted) {
        if (!shown.contains(s.id))
            added.append(s);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
    reorder(sorted);
    emitCountdownChanges();
}

// Only the rows whose countdown reads differently now: a countdown over an hour changes once a
// minute, so an idle board repaints next to nothing each second.
void PhaseBoardModel::emitCountdownChanges()
{
    QHash<QString, QString> shown;
    shown.reserve(m_rows.size());
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const QString id = m_rows.at(row).id;
        QString text = index(row, CountdownColumn).data().toString();
        const auto before = m_countdownShown.constFind(id);
        if (before == m_countdownShown.constEnd() || before.value() != text)
            emit dataChanged(index(row, StateColumn), index(row, CountdownColumn),
                             {Qt::DisplayRole, MsecsLeftRole});
        shown.insert(id, std::move(text));
    }
    m_countdownShown = std::move(shown);
}

void PhaseBoardModel::reorder(const QList<ObligationStatus> &sorted)
{
    bool same = true;
    for (qsizetype i = 0; i < sorted.size() && same; ++i)
        same = sorted.at(i).id == m_rows.at(i).id;
    if (same)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<QString, int> newRow;
    for (qsizetype i = 0; i < sorted.size(); ++i)
        newRow.insert(sorted.at(i).id, int(i));
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(this->index(newRow.value(m_rows.at(index.row()).id), index.column()));
    m_rows = sorted;
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PhaseBoardModel::raiseAlerts()
{
    if (m_final)
        return; // nothing becomes due on a closed incident
    const QList<ObligationAlert> alerts = m_alerts.observe(m_all);
    if (!alerts.isEmpty())
        emit alertsRaised(alerts);
}

} // namespace warroom
