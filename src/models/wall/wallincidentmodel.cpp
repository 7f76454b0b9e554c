#include "models/wall/wallincidentmodel.h"

#include "core/base/clock.h"
#include "core/calls/outreach.h"
#include "core/comms/channel.h"
#include "models/board/phaseboardmodel.h"
#include "models/calls/calllistmodel.h"
#include "models/roles/roleboardmodel.h"
#include "storage/comms/draftstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"
#include "storage/workspace.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace warroom {

namespace {

QString clockTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("HH:mm 'UTC'"));
}

// "T+01:05:12": hours, minutes and seconds since detection, counted up, never negative.
QString elapsedText(const QDateTime &from, const QDateTime &now)
{
    const qint64 secs = std::max<qint64>(0, from.msecsTo(now) / 1000);
    const auto two = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    return QStringLiteral("T+%1:%2:%3")
        .arg(two(secs / 3600), two((secs % 3600) / 60), two(secs % 60));
}

bool settledByPublication(const ObligationDef &def)
{
    const QString published = QString::fromLatin1(eventkind::AnnouncementPublished);
    return def.doneWhen.events.contains(published) ||
           (def.cadence && def.cadence->resetBy.contains(published));
}

} // namespace

WallIncidentModel::WallIncidentModel(Workspace &workspace, qint64 incidentId, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_incidentId(incidentId)
    , m_timeline(workspace.incidents().sharedTimeline(incidentId))
{
    m_board = new PhaseBoardModel(workspace.incidents(), workspace.playbook(), workspace.clock(),
                                  incidentId, this);
    m_board->setTicking(false); // the wall screen's own once-a-second tick drives it
    m_roles = new RoleBoardModel(workspace.incidents(), workspace.roles(), workspace.clock(),
                                 incidentId, this);
    m_calls = new CallListModel(workspace.incidents(), workspace.accounts(), workspace.clock(),
                                incidentId, this);
    for (QObject *model : {static_cast<QObject *>(m_board), static_cast<QObject *>(m_roles),
                           static_cast<QObject *>(m_calls)})
        watch(model);
    // Connected after the models': they have taken the new events in when this runs.
    connect(m_timeline.get(), &IncidentTimeline::changed, this, [this] {
        readPublications();
        emit changed();
    });
    readPublications();
}

WallIncidentModel::~WallIncidentModel() = default;

void WallIncidentModel::watch(QObject *object)
{
    auto *model = static_cast<QAbstractItemModel *>(object);
    connect(model, &QAbstractItemModel::modelReset, this, &WallIncidentModel::changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, &WallIncidentModel::changed);
    connect(model, &QAbstractItemModel::dataChanged, this, &WallIncidentModel::changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, &WallIncidentModel::changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &WallIncidentModel::changed);
}

void WallIncidentModel::tick()
{
    m_board->tick();
    m_roles->clockAdvanced();
    m_calls->clockAdvanced();
    emit changed(); // the elapsed time moved in any case
}

void WallIncidentModel::readPublications()
{
    Result<QList<Publication>> read = m_workspace.drafts().publications(m_incidentId);
    if (!read) {
        m_publicationError = read.error().message;
        return;
    }
    m_publicationError.clear();
    m_latest.reset();
    for (const Publication &p : std::as_const(read.value())) {
        if (!m_latest || p.publishedAt >= m_latest->publishedAt)
            m_latest = p;
    }
}

QStringList WallIncidentModel::holders(Role role) const
{
    QStringList people;
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QModelIndex index = m_roles->index(row, RoleBoardModel::RoleColumn);
        const QString person = index.data(RoleBoardModel::PersonRole).toString();
        if (index.data(RoleBoardModel::RoleIdRole).toString() == role::id(role) &&
            !person.isEmpty())
            people.append(person);
    }
    return people;
}

WallObligation WallIncidentModel::obligation(const ObligationStatus &s, const QDateTime &now) const
{
    WallObligation o;
    o.title = s.title;
    o.countdown = obligationstate::countdownText(s.msecsLeft(now));
    o.role = role::displayName(s.owner);
    o.people = holders(s.owner);
    o.overdue = s.state == ObligationState::Overdue;
    o.dueSoon = s.state == ObligationState::DueSoon;
    return o;
}

WallFacts WallIncidentModel::facts() const
{
    WallFacts f;
    f.id = m_incidentId;
    if (!m_timeline->isLoaded()) {
        f.error = m_timeline->isLoading() ? tr("Loading incident #%1…").arg(m_incidentId)
                                          : m_timeline->errorText();
        return f;
    }
    f.loaded = true;
    const Incident &incident = m_timeline->incident();
    const QDateTime now = m_workspace.clock().nowUtc();
    f.title = incident.fields.title;
    f.severity = incident.fields.severity;
    f.category = category::displayName(incident.fields.category);
    f.status = incidentstatus::displayName(incident.status);
    f.detectedAt = clockTime(incident.fields.detectedAt);
    f.elapsed = elapsedText(incident.fields.detectedAt, now);

    QList<ObligationStatus> open;
    for (const ObligationStatus &s : m_board->allObligations()) {
        if (!s.isSettled() && s.dueAt.isValid())
            open.append(s);
    }
    std::stable_sort(open.begin(), open.end(), [](const auto &a, const auto &b) {
        return a.dueAt < b.dueAt; // longest overdue first, then the soonest due
    });
    for (const ObligationStatus &s : std::as_const(open)) {
        if (s.state == ObligationState::Overdue)
            f.overdue.append(obligation(s, now));
        else if (f.next.size() < 3)
            f.next.append(obligation(s, now));
    }

    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QModelIndex index = m_roles->index(row, RoleBoardModel::RoleColumn);
        WallRole r;
        r.role = index.data().toString();
        r.person = index.data(RoleBoardModel::PersonRole).toString();
        r.needed = index.data(RoleBoardModel::NeededRole).toBool();
        r.acknowledged = index.data(RoleBoardModel::AcknowledgedRole).toBool();
        r.state = m_roles->index(row, RoleBoardModel::StateColumn).data().toString();
        if (!r.person.isEmpty() || index.data(RoleBoardModel::UnfilledRole).toBool())
            f.roles.append(r);
    }

    const CallProgress &calls = m_calls->progress();
    f.callsTotal = calls.total;
    f.callsReached = calls.reached;
    f.callsClosedOut = calls.closedOut;
    for (int row = 0; row < m_calls->rowCount(); ++row) {
        if (!outreach::isClosedOut(m_calls->accountAt(row)))
            f.callsOpen.append(m_calls->accountAt(row).accountName);
    }

    if (m_latest) {
        f.latestMessageTitle = m_latest->title;
        f.latestMessageWhen =
            tr("%1 (%2 ago) · %3")
                .arg(clockTime(m_latest->publishedAt),
                     obligationstate::countdownText(m_latest->publishedAt.msecsTo(now)),
                     channel::displayName(m_latest->channel));
    } else if (!m_publicationError.isEmpty()) {
        f.latestMessageWhen = m_publicationError;
    }
    addNextUpdate(f, now);
    return f;
}

// The earliest open obligation that a publication settles (the first announcement, the update
// cadence, the resolved announcement): when the next external message is due.
void WallIncidentModel::addNextUpdate(WallFacts &f, const QDateTime &now) const
{
    const Playbook &playbook = m_workspace.playbook();
    const ObligationStatus *next = nullptr;
    const ObligationStatus *waiting = nullptr;
    for (const ObligationStatus &s : m_board->allObligations()) {
        const auto def = std::find_if(playbook.obligations.cbegin(), playbook.obligations.cend(),
                                      [&s](const ObligationDef &d) { return d.id == s.id; });
        if (s.isSettled() || def == playbook.obligations.cend() || !settledByPublication(*def))
            continue;
        if (!s.dueAt.isValid()) {
            waiting = waiting ? waiting : &s;
            continue;
        }
        if (!next || s.dueAt < next->dueAt)
            next = &s;
    }
    if (next) {
        const qint64 left = next->msecsLeft(now);
        f.nextUpdateOverdue = left < 0;
        f.nextUpdate =
            left < 0 ? tr("%1 — %2").arg(obligationstate::countdownText(left), next->title)
                     : tr("due in %1 — %2").arg(obligationstate::countdownText(left), next->title);
    } else if (waiting) {
        f.nextUpdate = tr("%1: %2").arg(waiting->title, waiting->waitingFor);
    } else {
        f.nextUpdate = tr("none due");
    }
}

} // namespace warroom
