#include "models/calls/calllistmodel.h"

#include "core/base/clock.h"
#include "models/common/statuspalette.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"

#include <QBrush>
#include <QFont>

#include <optional>

namespace warroom {
namespace {

using statuspalette::Tone;

// The row's tint: reached is good, a call ringing is pending, anything else tried needs
// attention; not started keeps the table's own look.
std::optional<statuspalette::Swatch> statusSwatch(CallStatus s)
{
    switch (s) {
    case CallStatus::NotStarted:
        return std::nullopt;
    case CallStatus::Calling:
        return statuspalette::tint(Tone::Pending);
    case CallStatus::Reached:
        return statuspalette::tint(Tone::Good);
    case CallStatus::LeftMessage:
    case CallStatus::Unreachable:
    case CallStatus::Declined:
        return statuspalette::tint(Tone::Attention);
    }
    return std::nullopt;
}

QString contactText(const KeyAccount &account)
{
    if (account.contacts.isEmpty())
        return {};
    // The handle to call first; every handle of every contact is in the tooltip.
    const AccountContact &c = account.contacts.constFirst();
    return QStringLiteral("%1 · %2").arg(c.name, c.phone.isEmpty() ? c.slack : c.phone);
}

} // namespace

CallListModel::CallListModel(IncidentStore &incidents, AccountStore &accounts, const Clock &clock,
                             qint64 incidentId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_timeline(incidents.sharedTimeline(incidentId))
    , m_accountStore(accounts)
    , m_clock(clock)
    , m_incidentId(incidentId)
{
    connect(m_timeline.get(), &IncidentTimeline::eventsAppended, this, &CallListModel::replay);
    connect(m_timeline.get(), &IncidentTimeline::loadFailed, this, &CallListModel::loadFailed);
    connect(&m_accountStore, &AccountStore::accountsChanged, this, [this] {
        reloadDirectory();
        if (!m_accounts.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    replay();
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int CallListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountOutreach &a = m_accounts.at(index.row());
    const KeyAccount known = m_directory.value(a.accountId);
    const std::optional<CallAttempt> last =
        a.attempts.isEmpty() ? std::nullopt : std::optional<CallAttempt>(a.attempts.constLast());
    QString lastNote;
    for (const CallAttempt &attempt : a.attempts) {
        if (!attempt.note.isEmpty())
            lastNote = attempt.note;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case AccountColumn:
            return known.rank ? QStringLiteral("%1. %2").arg(*known.rank).arg(a.accountName)
                              : a.accountName;
        case StatusColumn:
            return QStringLiteral("[%1] %2").arg(callstatus::shortcutKey(a.status),
                                                 callstatus::displayName(a.status));
        case CsmColumn:
            return known.csm;
        case ContactColumn:
            return contactText(known);
        case LastAttemptColumn:
            if (!last)
                return QString();
            // How long ago is what a CSM acts on; the time of day of every attempt is in the
            // tooltip, which leaves the width to the phone numbers and the notes.
            return tr("%1 min ago%2")
                .arg(std::max<qint64>(0, last->at.secsTo(m_clock.nowUtc())) / 60)
                .arg(last->channel.isEmpty() ? QString()
                                             : QStringLiteral(" · %1").arg(last->channel));
        case NoteColumn:
            return lastNote;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const CallAttempt &attempt : a.attempts)
            lines.append(QStringLiteral("%1 %2: %3%4")
                             .arg(attempt.at.toString(QStringLiteral("HH:mm")), attempt.author,
                                  callstatus::displayName(attempt.status),
                                  attempt.note.isEmpty() ? QString()
                                                         : QStringLiteral(" — ") + attempt.note));
        for (const AccountContact &c : known.contacts)
            lines.append(
                QStringLiteral("%1: %2 %3 %4").arg(c.name, c.phone, c.slack, c.email).simplified());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::BackgroundRole: {
        const auto swatch = statusSwatch(a.status);
        return swatch ? QVariant(QBrush(swatch->background)) : QVariant();
    }
    case Qt::ForegroundRole: { // a background always comes with its text colour (dark themes)
        const auto swatch = statusSwatch(a.status);
        return swatch ? QVariant(QBrush(swatch->text)) : QVariant();
    }
    case Qt::FontRole:
        if (index.column() == StatusColumn && a.status == CallStatus::NotStarted) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case AccountIdRole:
        return a.accountId;
    case StatusIdRole:
        return callstatus::id(a.status);
    case CsmRole:
        return known.csm;
    case AttemptCountRole:
        return int(a.attempts.size());
    case LastChannelRole:
        return last ? last->channel : QString();
    default:
        return {};
    }
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == NoteColumn)
        return tr("What the customer observed, in their words");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AccountColumn:
        return tr("Account");
    case StatusColumn:
        return tr("Status");
    case CsmColumn:
        return tr("CSM");
    case ContactColumn:
        return tr("Primary contact");
    case LastAttemptColumn:
        return tr("Last attempt");
    case NoteColumn:
        return tr("Observed");
    case ColumnCount:
        break;
    }
    return {};
}

int CallListModel::rowOf(qint64 accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).accountId == accountId)
            return row;
    }
    return -1;
}

void CallListModel::clockAdvanced()
{
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, LastAttemptColumn), index(rowCount() - 1, LastAttemptColumn),
                         {Qt::DisplayRole});
}

void CallListModel::reloadDirectory()
{
    m_directory.clear();
    for (const AccountOutreach &a : std::as_const(m_accounts)) {
        if (Result<KeyAccount> known = m_accountStore.account(a.accountId); known)
            m_directory.insert(a.accountId, known.value());
    }
}

void CallListModel::reload()
{
    const quint64 before = m_replays;
    m_timeline->refresh(); // replays when it finds new events
    if (m_replays == before)
        replay();
}

void CallListModel::replay()
{
    if (m_timeline->isLoading())
        return; // replayed when it has loaded
    if (!m_timeline->isLoaded()) {
        emit loadFailed(m_timeline->errorText());
        return;
    }
    if (m_timeline->evaluateInBackground()) {
        m_background.run([events = m_timeline->events()] { return outreach::accounts(events); },
                         [this](QList<AccountOutreach> fresh) { applyAccounts(std::move(fresh)); });
        return;
    }
    m_background.applyNow([this] { applyAccounts(outreach::accounts(m_timeline->events())); });
}

void CallListModel::applyAccounts(QList<AccountOutreach> fresh)
{
    ++m_replays;
    bool sameAccounts = fresh.size() == m_accounts.size();
    for (qsizetype i = 0; sameAccounts && i < fresh.size(); ++i)
        sameAccounts = fresh.at(i).accountId == m_accounts.at(i).accountId;
    if (sameAccounts) {
        for (int row = 0; row < m_accounts.size(); ++row) {
            const bool changed =
                fresh.at(row).attempts.size() != m_accounts.at(row).attempts.size();
            m_accounts[row] = fresh.at(row);
            if (changed)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    } else {
        beginResetModel();
        m_accounts = std::move(fresh);
        reloadDirectory();
        endResetModel();
    }
    const CallProgress progress = outreach::progress(m_accounts);
    if (!(progress == m_progress)) {
        m_progress = progress;
        emit progressChanged();
    }
}

} // namespace warroom
