#include "models/incidents/incidentlistmodel.h"

#include "core/base/clock.h"
#include "core/base/utctime.h"
#include "core/playbook/playbookengine.h"
#include "models/board/obligationicons.h"
#include "models/common/statuspalette.h"
#include "storage/db/database.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"
#include "storage/incidents/playbookstore.h"

#include <QColor>
#include <QFont>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace warroom {

using statuspalette::Tone;

namespace {

struct DeadlineSummary
{
    int overdue = 0;
    const ObligationStatus *oldestOverdue = nullptr;
    const ObligationStatus *next = nullptr; // the earliest due that is not overdue yet
};

DeadlineSummary summarize(const QList<ObligationStatus> &obligations)
{
    DeadlineSummary summary;
    for (const ObligationStatus &s : obligations) {
        if (s.isSettled() || !s.dueAt.isValid())
            continue;
        if (s.state == ObligationState::Overdue) {
            ++summary.overdue;
            if (!summary.oldestOverdue || s.dueAt < summary.oldestOverdue->dueAt)
                summary.oldestOverdue = &s;
        } else if (!summary.next || s.dueAt < summary.next->dueAt) {
            summary.next = &s;
        }
    }
    return summary;
}

} // namespace

IncidentListModel::IncidentListModel(IncidentStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &IncidentStore::incidentDeclared, this, &IncidentListModel::refreshIncident);
    connect(&m_store, &IncidentStore::incidentChanged, this, &IncidentListModel::refreshIncident);
    // Other processes' changes arrive as the per-incident signals above; only when the store could
    // not tell which incidents changed is everything read again.
    connect(&m_store, &IncidentStore::externallyChanged, this, [this](bool incidentsKnown) {
        if (!incidentsKnown)
            reload();
    });
    reload();
}

IncidentListModel::IncidentListModel(IncidentStore &store, const PlaybookStore &playbook,
                                     const Clock &clock, Closed closed, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_playbook(&playbook)
    , m_clock(&clock)
    , m_closedRead(closed == Closed::ReadAtOnce)
{
    // Declarations and status changes come through refreshIncident; a new timeline event (a
    // tick, a publication, a sync) only changes the obligations.
    connect(&m_store, &IncidentStore::incidentDeclared, this, &IncidentListModel::refreshIncident);
    connect(&m_store, &IncidentStore::incidentChanged, this, &IncidentListModel::refreshIncident);
    connect(&m_store, &IncidentStore::timelineAppended, this, [this](qint64 id) {
        const int row = rowOf(id);
        if (row >= 0)
            evaluate(m_incidents.at(row));
    });
    // Other processes' changes arrive as the per-incident signals above; only when the store could
    // not tell which incidents changed is everything read again.
    connect(&m_store, &IncidentStore::externallyChanged, this, [this](bool incidentsKnown) {
        if (!incidentsKnown)
            reload();
    });
    connect(&m_timer, &QTimer::timeout, this, &IncidentListModel::tick);
    m_timer.setTimerType(Qt::CoarseTimer);
    m_timer.start(1000);
    reload();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &incident = m_incidents.at(index.row());
    const IncidentFields &f = incident.fields;
    const bool deadlines = index.column() == DeadlinesColumn;

    if (role == IncidentIdRole)
        return incident.id;
    if (role == ActiveRole)
        return incident.isActive();
    if (role == OpenRole)
        return incident.isOpen();
    if (role == OverdueRole)
        return summarize(m_obligations.value(incident.id)).overdue;
    if (role == Qt::DisplayRole && deadlines) {
        // Open, but its obligations are still being read and evaluated on the thread pool.
        if (m_playbook && incident.isOpen() && !m_deadlineTexts.contains(incident.id))
            return QStringLiteral("…");
        return m_deadlineTexts.value(incident.id);
    }
    if (role == Qt::DisplayRole || role == SortKeyRole) {
        switch (Column(index.column())) {
        case IdColumn:
            return role == SortKeyRole ? QVariant(incident.id)
                                       : QVariant(QStringLiteral("#%1").arg(incident.id));
        case SeverityColumn:
            return severity::id(f.severity);
        case TitleColumn:
            return f.title;
        case CategoryColumn:
            return category::displayName(f.category);
        case StatusColumn:
            return role == SortKeyRole ? QVariant(int(incident.status))
                                       : QVariant(incidentstatus::displayName(incident.status));
        case DeadlinesColumn: // sort key: the most overdue first
            return summarize(m_obligations.value(incident.id)).overdue;
        case DetectedColumn:
            return role == SortKeyRole ? QVariant(utctime::toMSecs(f.detectedAt))
                                       : QVariant(listTimeText(f.detectedAt));
        case ImpactColumn:
            return role == SortKeyRole
                       ? QVariant(f.affectedUsersPct)
                       : QVariant(tr("%1% users · %n enterprise", nullptr, f.enterpriseAffected)
                                      .arg(QLocale().toString(f.affectedUsersPct, 'g', 4)));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && deadlines && m_clock && incident.isOpen()) {
        const QList<ObligationStatus> obligations = m_obligations.value(incident.id);
        const DeadlineSummary summary = summarize(obligations);
        const QDateTime now = m_clock->nowUtc();
        QStringList lines;
        if (summary.oldestOverdue)
            lines.append(
                tr("%n overdue; the oldest: %1 (%2)", nullptr, summary.overdue)
                    .arg(summary.oldestOverdue->title,
                         obligationstate::countdownText(summary.oldestOverdue->msecsLeft(now))));
        if (summary.next)
            lines.append(tr("Next: %1 in %2 (due %3 UTC)")
                             .arg(summary.next->title,
                                  obligationstate::countdownText(summary.next->msecsLeft(now)),
                                  summary.next->dueAt.toUTC().toString(QStringLiteral("HH:mm"))));
        if (lines.isEmpty())
            lines.append(tr("No open obligation has a due time."));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && index.column() == DetectedColumn)
        return f.detectedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    if (role == Qt::ToolTipRole && index.column() == SeverityColumn)
        return severity::description(f.severity);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return f.taskType.isEmpty() ? f.title : tr("%1\nTask type: %2").arg(f.title, f.taskType);
    const bool overdue = deadlines && summarize(m_obligations.value(incident.id)).overdue > 0;
    if (role == Qt::FontRole &&
        ((incident.isOpen() && index.column() == SeverityColumn) || overdue)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // An incident with obligations overdue stands out by its shape and words as well as its
    // colour: the overdue triangle, "7 overdue" in bold, on the alarm tint.
    if (role == Qt::DecorationRole && overdue)
        return obligationIcon(ObligationState::Overdue);
    if (role == Qt::BackgroundRole && overdue)
        return statuspalette::tint(Tone::Alarm).background;
    if (role == Qt::ForegroundRole && overdue)
        return statuspalette::textOn(Tone::Alarm, statuspalette::tint(Tone::Alarm).background);
    if (role == Qt::ForegroundRole && !incident.isOpen())
        return statuspalette::text(Tone::Muted);
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == DeadlinesColumn)
        return tr("Playbook obligations overdue, and the time left until the next one is due");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("ID");
    case SeverityColumn:
        return tr("Severity");
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case DeadlinesColumn:
        return tr("Deadlines");
    case DetectedColumn:
        return tr("Detected (UTC)");
    case ImpactColumn:
        return tr("Impact");
    case ColumnCount:
        break;
    }
    return {};
}

int IncidentListModel::rowOf(qint64 incidentId) const
{
    return m_rowById.value(incidentId, -1);
}

void IncidentListModel::setClosedRead(bool read)
{
    if (read == m_closedRead)
        return;
    m_closedRead = read;
    if (read)
        reload();
}

void IncidentListModel::reload()
{
    Result<QList<Incident>> loaded = m_store.incidents(
        m_closedRead ? IncidentStore::Scope::All : IncidentStore::Scope::NotClosed);
    if (!loaded) {
        emit loadFailed(loaded.error().message);
        return;
    }
    // Existing rows update in place, new ones are appended in one go; a row whose incident is
    // gone (only demo incidents are ever deleted, storage/demo/) is removed.
    removeDeleted(loaded.value());
    QList<Incident> added;
    for (const Incident &incident : loaded.value()) {
        const int row = rowOf(incident.id);
        if (row < 0) {
            added.append(incident);
        } else if (m_incidents.at(row).updatedAt != incident.updatedAt ||
                   m_incidents.at(row).status != incident.status) {
            m_incidents[row] = incident;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_incidents.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Incident &incident : std::as_const(added)) {
            m_rowById.insert(incident.id, int(m_incidents.size()));
            m_incidents.append(incident);
        }
        endInsertRows();
    }
    // Another process may have added anything to any timeline: evaluate every open incident.
    evaluateAll();
}

void IncidentListModel::removeDeleted(const QList<Incident> &loaded)
{
    QSet<qint64> present;
    for (const Incident &incident : loaded)
        present.insert(incident.id);
    for (int row = int(m_incidents.size()) - 1; row >= 0; --row) {
        const qint64 id = m_incidents.at(row).id;
        // A listed incident the read left out may be a closed one outside the scope read.
        if (present.contains(id))
            continue;
        if (const Result<Incident> still = m_store.incident(id);
            still || still.error().code != Error::Code::NotFound)
            continue;
        beginRemoveRows({}, row, row);
        m_incidents.removeAt(row);
        m_obligations.remove(id);
        m_deadlineTexts.remove(id);
        m_requests.remove(id);
        m_queued.remove(id);
        endRemoveRows();
        m_rowById.clear();
        for (int i = 0; i < m_incidents.size(); ++i)
            m_rowById.insert(m_incidents.at(i).id, i);
    }
}

void IncidentListModel::refreshIncident(qint64 id)
{
    // Open in a view: its shared timeline, brought up to date, has the incident already read.
    const std::shared_ptr<IncidentTimeline> held = m_store.heldTimeline(id);
    if (held)
        held->refresh();
    Result<Incident> loaded =
        held && held->isCurrent() ? Result<Incident>(held->incident()) : m_store.incident(id);
    if (!loaded) {
        emit loadFailed(loaded.error().message);
        return;
    }
    const int row = rowOf(id);
    evaluate(loaded.value()); // before the row shows, so it never shows without its deadlines
    if (row < 0) {
        beginInsertRows({}, int(m_incidents.size()), int(m_incidents.size()));
        m_rowById.insert(id, int(m_incidents.size()));
        m_incidents.append(loaded.value());
        endInsertRows();
        return;
    }
    m_incidents[row] = loaded.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void IncidentListModel::evaluate(const Incident &incident)
{
    if (!m_playbook)
        return;
    const qint64 id = incident.id;
    const quint64 request = ++m_requests[id]; // whatever is still running for it is stale
    if (!incident.isOpen()) {
        m_obligations.remove(id);
        m_deadlineTexts.remove(id);
        return;
    }
    // An incident open in a view has its timeline in memory (the shared IncidentTimeline, brought
    // up to date first): evaluated from there instead of reading it again.
    const std::shared_ptr<IncidentTimeline> held = m_store.heldTimeline(id);
    if (held)
        held->refresh();
    if (held && held->isCurrent()) {
        if (!held->evaluateInBackground()) {
            setObligations(id, playbookengine::evaluate(m_playbook->playbook(), held->incident(),
                                                        held->events()));
            return;
        }
        auto *watcher = new QFutureWatcher<QList<ObligationStatus>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, request] {
            watcher->deleteLater();
            if (m_requests.value(id) == request)
                setObligations(id, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(
            backgroundReadPool(), [playbook = m_playbook->playbook(), incident = held->incident(),
                                   events = held->events()] {
                return playbookengine::evaluate(playbook, incident, events);
            }));
        return;
    }
    if (m_store.backgroundReads().enabled) {
        m_queued.insert(id, request);
        if (m_queued.size() == 1) // one read for everything asked for in this turn
            QTimer::singleShot(0, this, &IncidentListModel::evaluateQueuedInBackground);
        return;
    }
    Result<QList<ObligationStatus>> obligations = m_playbook->obligations(id, m_clock->nowUtc());
    if (!obligations) {
        emit loadFailed(obligations.error().message);
        return;
    }
    setObligations(id, std::move(obligations).value());
}

void IncidentListModel::evaluateQueuedInBackground()
{
    const QHash<qint64, quint64> requests = std::exchange(m_queued, {});
    if (requests.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<BackgroundObligations>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, requests] {
        watcher->deleteLater();
        const BackgroundObligations read = watcher->result();
        if (!read.error.isEmpty()) {
            emit loadFailed(read.error);
            return;
        }
        for (auto it = read.obligations.begin(); it != read.obligations.end(); ++it) {
            if (m_requests.value(it.key()) == requests.value(it.key()))
                setObligations(it.key(), it.value());
        }
        if (!read.errors.isEmpty())
            emit loadFailed(read.errors.cbegin().value());
    });
    watcher->setFuture(
        evaluateInBackground(m_store.database().config(), m_playbook->playbook(), requests.keys()));
}

void IncidentListModel::setObligations(qint64 id, QList<ObligationStatus> obligations)
{
    const QDateTime now = m_clock->nowUtc();
    playbookengine::applyClock(obligations, now, m_playbook->playbook().dueSoonMinutes);
    const QString text = deadlinesText(obligations, now, true);
    const bool changed = !m_deadlineTexts.contains(id) || m_deadlineTexts.value(id) != text;
    m_obligations.insert(id, std::move(obligations));
    m_deadlineTexts.insert(id, text);
    if (changed)
        emitDeadlinesChanged(rowOf(id));
}

void IncidentListModel::evaluateAll()
{
    if (!m_playbook)
        return;
    for (qsizetype row = 0; row < m_incidents.size(); ++row)
        evaluate(m_incidents.at(row));
}

void IncidentListModel::emitDeadlinesChanged(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, DeadlinesColumn), index(row, DeadlinesColumn));
}

void IncidentListModel::setTicking(bool ticking)
{
    if (ticking && m_playbook)
        m_timer.start(1000);
    else
        m_timer.stop();
}

void IncidentListModel::tick()
{
    if (!m_playbook)
        return;
    const QDateTime now = m_clock->nowUtc();
    for (auto it = m_obligations.begin(); it != m_obligations.end(); ++it) {
        playbookengine::applyClock(it.value(), now, m_playbook->playbook().dueSoonMinutes);
        const QString text = deadlinesText(it.value(), now, true);
        if (text == m_deadlineTexts.value(it.key()))
            continue;
        m_deadlineTexts.insert(it.key(), text);
        emitDeadlinesChanged(rowOf(it.key()));
    }
}

QString IncidentListModel::deadlinesText(const QList<ObligationStatus> &obligations,
                                         const QDateTime &now, bool lineBreak)
{
    const DeadlineSummary summary = summarize(obligations);
    QStringList parts;
    if (summary.overdue > 0)
        parts.append(tr("%n overdue", nullptr, summary.overdue));
    if (summary.next)
        parts.append(
            tr("next in %1").arg(obligationstate::countdownText(summary.next->msecsLeft(now))));
    if (parts.isEmpty())
        return QStringLiteral("—");
    return parts.join(lineBreak ? QStringLiteral("\n") : QStringLiteral(" · "));
}

QString IncidentListModel::listTimeText(const QDateTime &time)
{
    // Day first with an English month on every desktop, in UTC: "29 Nov 07:40".
    return QLocale::c().toString(time.toUTC(), QStringLiteral("dd MMM HH:mm"));
}

} // namespace warroom
