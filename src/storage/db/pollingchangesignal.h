#pragma once

#include "storage/db/changesignal.h"

#include <QTimer>

#include <optional>

namespace warroom {

class Database;

// SQLite's change signal: polls the dialect's cheap change counter (PRAGMA data_version, which
// moves when another connection commits) every intervalMs. It cannot say which tables changed:
// it reports anything.
class PollingChangeSignal final : public ChangeSignal
{
    Q_OBJECT

public:
    PollingChangeSignal(const Database &database, int intervalMs, QObject *parent = nullptr);

    Result<void> start() override;
    void stop() override;
    void checkNow() override;

private:
    const Database &m_database;
    QTimer m_timer;
    std::optional<qint64> m_lastVersion;
};

} // namespace warroom
