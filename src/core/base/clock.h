#pragma once

#include <QDateTime>

namespace warroom {

// The only way core logic learns the time. Production uses SystemClock; tests move a ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that only moves when told to. Used by tests and by anything that replays history.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);

    QDateTime nowUtc() const override { return m_now; }
    void advanceSecs(qint64 seconds);
    void advanceMSecs(qint64 msecs);

private:
    QDateTime m_now;
};

} // namespace warroom
