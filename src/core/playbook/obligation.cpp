#include "core/playbook/obligation.h"

#include "core/base/utctime.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace warroom {

namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Obligation)
};

} // namespace

namespace obligationstate {

QList<ObligationState> all()
{
    return {ObligationState::Upcoming, ObligationState::DueSoon, ObligationState::Overdue,
            ObligationState::Done,     ObligationState::Waived,  ObligationState::NotApplicable};
}

QString id(ObligationState s)
{
    switch (s) {
    case ObligationState::Upcoming:
        return QStringLiteral("upcoming");
    case ObligationState::DueSoon:
        return QStringLiteral("due-soon");
    case ObligationState::Overdue:
        return QStringLiteral("overdue");
    case ObligationState::Done:
        return QStringLiteral("done");
    case ObligationState::Waived:
        return QStringLiteral("waived");
    case ObligationState::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    Q_UNREACHABLE();
}

QString displayName(ObligationState s)
{
    switch (s) {
    case ObligationState::Upcoming:
        return Text::tr("Upcoming");
    case ObligationState::DueSoon:
        return Text::tr("Due soon");
    case ObligationState::Overdue:
        return Text::tr("Overdue");
    case ObligationState::Done:
        return Text::tr("Done");
    case ObligationState::Waived:
        return Text::tr("Waived");
    case ObligationState::NotApplicable:
        return Text::tr("Not applicable");
    }
    Q_UNREACHABLE();
}

bool isSettled(ObligationState s)
{
    return s == ObligationState::Done || s == ObligationState::Waived ||
           s == ObligationState::NotApplicable;
}

QString durationText(qint64 seconds)
{
    const qint64 secs = seconds < 0 ? -seconds : seconds;
    const auto two = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (secs < 60)
        return Text::tr("%1 s", "countdown under a minute: seconds").arg(secs);
    if (secs < 3600)
        return Text::tr("%1 m %2 s", "countdown under an hour: minutes, seconds (2 digits)")
            .arg(secs / 60)
            .arg(two(secs % 60));
    if (secs < 48 * 3600)
        return Text::tr("%1 h %2 m", "countdown from an hour on: hours, minutes (2 digits)")
            .arg(secs / 3600)
            .arg(two((secs % 3600) / 60));
    return Text::tr("%1 d %2 h", "countdown from 48 hours on: days, hours (2 digits)")
        .arg(secs / 86400)
        .arg(two((secs % 86400) / 3600));
}

QString countdownText(qint64 msecsLeft)
{
    const bool overdue = msecsLeft < 0;
    // Countdown: 0.2 s left still shows 1 s; count-up: 0.8 s overdue shows 0 s.
    const qint64 secs = overdue ? (-msecsLeft) / 1000 : (msecsLeft + 999) / 1000;
    const QString span = durationText(secs);
    return overdue ? Text::tr("overdue %1").arg(span) : span;
}

} // namespace obligationstate

namespace obligationjson {

QJsonObject toJson(const ObligationStatus &s, const QDateTime &now)
{
    const auto timeOrNull = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(utctime::toIso(t)) : QJsonValue(QJsonValue::Null);
    };
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    const bool timed = s.dueAt.isValid() && !s.isSettled();
    QJsonObject o{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("phase"), s.phaseId},
        {QStringLiteral("phase_title"), s.phaseTitle},
        {QStringLiteral("owner"), role::id(s.owner)},
        {QStringLiteral("recurring"), s.recurring},
        {QStringLiteral("state"), obligationstate::id(s.state)},
        {QStringLiteral("due_at"), timeOrNull(s.dueAt)},
        {QStringLiteral("seconds_left"),
         timed ? QJsonValue(s.msecsLeft(now) / 1000) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("countdown"),
         timed ? QJsonValue(obligationstate::countdownText(s.msecsLeft(now)))
               : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("waiting_for"), textOrNull(s.waitingFor)},
        {QStringLiteral("settled_by"), textOrNull(s.settledBy)},
        {QStringLiteral("settled_at"), timeOrNull(s.settledAt)},
        {QStringLiteral("note"), textOrNull(s.note)},
        {QStringLiteral("last_reset_at"), timeOrNull(s.lastResetAt)},
        {QStringLiteral("last_reset_delivery"), textOrNull(s.lastResetDelivery)},
        {QStringLiteral("mandatory"), s.mandatory},
        {QStringLiteral("mandatory_reason"), textOrNull(s.mandatoryReason)},
        {QStringLiteral("progress"), textOrNull(s.progress)},
        {QStringLiteral("checklist"), QJsonArray::fromStringList(s.checklist)},
    };
    return o;
}

} // namespace obligationjson
} // namespace warroom
