#include "core/base/clock.h"

namespace warroom {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{
}

void ManualClock::advanceSecs(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

void ManualClock::advanceMSecs(qint64 msecs)
{
    m_now = m_now.addMSecs(msecs);
}

} // namespace warroom
