#pragma once

#include "core/base/result.h"

#include <QStringList>

namespace warroom {

class Database;
class SqlDialect;

namespace migrations {

// Version 4: announcement templates (versioned), drafts and their versions, sign-offs and
// approvals bound to a text hash, publications, and the triggers that make the database
// itself refuse a publication the gate has not passed (docs/templates.md).
QStringList commsSchema(const SqlDialect &dialect);
// The built-in templates of resources/templates/, as version 1 of each.
Result<void> seedCommsTemplates(Database &database, qint64 appliedAtMs);

} // namespace migrations
} // namespace warroom
