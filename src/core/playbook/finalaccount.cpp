#include "core/playbook/finalaccount.h"

#include <QCoreApplication>

#include <algorithm>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::FinalAccount)
};

QString hhmm(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("HH:mm 'UTC'"));
}

const StatusChange *closingChange(const QList<StatusChange> &history)
{
    // Nothing follows "closed", so the last change into it is the only one.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->to == IncidentStatus::Closed)
            return &*it;
    }
    return nullptr;
}

} // namespace

int FinalAccount::count(MissedObligation::How how) const
{
    return int(std::count_if(missed.begin(), missed.end(),
                             [how](const MissedObligation &m) { return m.how == how; }));
}

namespace finalaccount {

QDateTime closedAt(const QList<StatusChange> &statusHistory)
{
    const StatusChange *change = closingChange(statusHistory);
    return change ? change->at : QDateTime();
}

std::optional<FinalAccount> compute(const QList<ObligationStatus> &obligations,
                                    const QList<StatusChange> &statusHistory)
{
    const StatusChange *closing = closingChange(statusHistory);
    if (!closing)
        return std::nullopt;
    FinalAccount account;
    account.closedAt = closing->at;
    account.closedBy = closing->author;
    for (const ObligationStatus &s : obligations) {
        if (s.state == ObligationState::NotApplicable)
            continue;
        MissedObligation m{s.id,    s.title,     s.owner,     MissedObligation::How::DoneLate,
                           s.dueAt, s.settledAt, s.settledBy, s.note,
                           0};
        const auto lateAt = [&](const QDateTime &at) {
            return s.dueAt.isValid() && at.isValid() ? std::max<qint64>(0, s.dueAt.msecsTo(at)) : 0;
        };
        if (s.state == ObligationState::Done) {
            m.lateMsecs = lateAt(s.settledAt);
            if (m.lateMsecs == 0) {
                ++account.doneOnTime;
                continue;
            }
        } else if (s.state == ObligationState::Waived) {
            m.how = MissedObligation::How::Waived;
            m.lateMsecs = lateAt(s.settledAt);
        } else {
            m.how = MissedObligation::How::OpenAtClose;
            m.settledAt = QDateTime();
            m.settledBy.clear();
            m.reason.clear();
            m.lateMsecs = lateAt(account.closedAt);
        }
        account.missed.append(m);
    }
    return account;
}

QString durationText(qint64 msecs)
{
    const qint64 minutes = std::max<qint64>(0, msecs) / 60000;
    if (minutes < 1)
        return Text::tr("under a minute");
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return Text::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return Text::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes % (24 * 60)) / 60);
}

QString shortText(const MissedObligation &m)
{
    switch (m.how) {
    case MissedObligation::How::DoneLate:
        return Text::tr("done %1 late").arg(durationText(m.lateMsecs));
    case MissedObligation::How::Waived:
        return m.lateMsecs > 0 ? Text::tr("waived %1 after its due time: %2")
                                     .arg(durationText(m.lateMsecs), m.reason)
                               : Text::tr("waived: %1").arg(m.reason);
    case MissedObligation::How::OpenAtClose:
        if (m.lateMsecs > 0)
            return Text::tr("still open at closing, %1 overdue").arg(durationText(m.lateMsecs));
        return m.dueAt.isValid() ? Text::tr("still open at closing (due %1)").arg(hhmm(m.dueAt))
                                 : Text::tr("still open at closing");
    }
    Q_UNREACHABLE();
}

QString describe(const MissedObligation &m)
{
    if (m.how == MissedObligation::How::OpenAtClose)
        return shortText(m);
    return Text::tr("%1 (%2 at %3)").arg(shortText(m), m.settledBy, hhmm(m.settledAt));
}

QString breakdown(const FinalAccount &account)
{
    QStringList parts;
    // Each phrase is its own message so lupdate extracts it with its plural forms.
    if (const int n = account.count(MissedObligation::How::DoneLate); n > 0)
        parts.append(Text::tr("%n done late", nullptr, n));
    if (const int n = account.count(MissedObligation::How::Waived); n > 0)
        parts.append(Text::tr("%n waived", nullptr, n));
    if (const int n = account.count(MissedObligation::How::OpenAtClose); n > 0)
        parts.append(Text::tr("%n still open", nullptr, n));
    return parts.join(QStringLiteral(", "));
}

QString summary(const FinalAccount &account)
{
    if (account.missed.isEmpty())
        return Text::tr("nothing missed: %n done on time", nullptr, account.doneOnTime);
    return Text::tr("%1 missed: %2").arg(account.missed.size()).arg(breakdown(account));
}

} // namespace finalaccount
} // namespace warroom
