#pragma once

#include <QStringList>

namespace warroom {

class SqlDialect;

namespace migrations {

// Version 8: outbox rows that carry a sync (docs/outbox.md). A row belongs to exactly one source,
// a publication or a sync (the sync_posted timeline event), with the same guarantees as version
// 6: one row per source, destination and recipient, a unique idempotency key, settled rows never
// change, no row is deleted. SQLite cannot change a table's constraints in place, so the table is
// rebuilt inside the migration's transaction, keeping every row (and its id), index and trigger.
QStringList syncOutboxSchema(const SqlDialect &dialect);

} // namespace migrations
} // namespace warroom
