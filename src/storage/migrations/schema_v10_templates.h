#pragma once

#include "core/base/result.h"

#include <QtGlobal>

namespace warroom {

class Database;

namespace migrations {

// Version 10: the built-in announcement templates as this build ships them. A database seeded by
// an older build (version 4) keeps the text it was seeded with; every built-in template that nobody
// has changed since (its latest version is still the built-in one) gets this build's text as its
// next version, so the first announcement's title follows the incident's status
// ({{status_title}}) in existing databases too. A template someone edited keeps their version,
// and one whose text is already current gets no new version.
Result<void> refreshBuiltinTemplates(Database &database, qint64 appliedAtMs);

} // namespace migrations
} // namespace warroom
