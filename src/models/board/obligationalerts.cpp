#include "models/board/obligationalerts.h"

#include <QCoreApplication>

namespace warroom {

QString ObligationAlert::text() const
{
    const QString due =
        dueAt.isValid() ? dueAt.toUTC().toString(QStringLiteral("HH:mm 'UTC'")) : QString();
    return QCoreApplication::translate("warroom::ObligationAlert", "%1: %2 (%3, due %4)")
        .arg(obligationstate::displayName(state), title, role::displayName(owner), due);
}

QList<ObligationAlert> ObligationAlertTracker::observe(const QList<ObligationStatus> &statuses)
{
    QList<ObligationAlert> alerts;
    for (const ObligationStatus &s : statuses) {
        const bool alarming =
            s.state == ObligationState::DueSoon || s.state == ObligationState::Overdue;
        const auto previous = m_last.constFind(s.id);
        const bool changed = previous == m_last.constEnd() || previous.value() != s.state;
        if (m_started && alarming && changed)
            alerts.append(ObligationAlert{s.id, s.title, s.owner, s.state, s.dueAt});
        m_last.insert(s.id, s.state);
    }
    m_started = true;
    return alerts;
}

void ObligationAlertTracker::reset()
{
    m_last.clear();
    m_started = false;
}

} // namespace warroom
