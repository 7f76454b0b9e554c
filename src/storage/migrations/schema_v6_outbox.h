#pragma once

#include <QStringList>

namespace warroom {

class SqlDialect;

namespace migrations {

// Version 6: the outbox (docs/outbox.md). One row per publication, destination and recipient,
// written in the publication's transaction, with a unique idempotency key kept across every
// attempt; and the remote's id of what the first delivery of an incident created (the
// Statuspage incident), reused by every later update of the same incident. Rows are never
// deleted.
QStringList outboxSchema(const SqlDialect &dialect);

} // namespace migrations
} // namespace warroom
