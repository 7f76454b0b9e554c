#pragma once

#include "storage/db/changesignal.h"

#include <QSqlDriver>
#include <QTimer>

namespace warroom {

class Database;

// PostgreSQL's change signal. Every table that can change has a trigger that sends
// pg_notify(channel, {"table": ..., "txid": ...}) in the writer's own transaction, so the
// notification leaves the server when, and only when, the change is committed
// (PostgresDialect::changeSignalStatements). This LISTENs on the schema's channel through the
// connection's QPSQL driver, which reads the notifications from the connection's socket in the
// event loop of the connection's thread. Notifications of the connection itself are left out
// (QSqlDriver::SelfSource). The tables named by the notifications that arrive within
// coalesceMs (0: the same turn of the event loop) are reported once, together.
class NotifyChangeSignal final : public ChangeSignal
{
    Q_OBJECT

public:
    NotifyChangeSignal(const Database &database, QString channel, int coalesceMs = 0,
                       QObject *parent = nullptr);
    ~NotifyChangeSignal() override;

    Result<void> start() override;
    void stop() override;

    const QString &channel() const { return m_channel; }

private:
    void received(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void flush();

    const Database &m_database;
    const QString m_channel;
    QTimer m_coalesce;
    ChangedTables m_pending;
    QMetaObject::Connection m_connection;
};

} // namespace warroom
