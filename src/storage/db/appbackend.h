#pragma once

#include "core/base/result.h"
#include "storage/db/databaseconfig.h"

namespace warroom {

// Whether the applications (the GUI, warroomctl, the outbox sender) may open a database of this
// backend. Only SQLite for now: PostgreSQL has no change counter, and a board that never
// refreshes must not be possible; the change notification that makes it usable comes next
// (docs/shared-mode.md). An Error saying so otherwise.
Result<void> checkApplicationBackend(const DatabaseConfig &config);

} // namespace warroom
