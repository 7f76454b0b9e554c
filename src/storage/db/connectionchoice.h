#pragma once

#include "core/base/result.h"
#include "storage/db/databaseconfig.h"

#include <QString>

namespace warroom {

// Where the GUI works, from everything that may say so (docs/shared-mode.md, "How a person
// connects"). Each source is given as read; an unset option or variable is an empty string.
struct ConnectionSources
{
    // The command line.
    QString dbOption;      // --db FILE
    QString serverOption;  // --server URL
    QString schemaOption;  // --schema NAME
    bool asOption = false; // --as NAME was given
    // The environment.
    QString serverVariable; // WARROOM_SERVER
    QString schemaVariable; // WARROOM_SCHEMA
    // Preferences ("Shared war room server"): the URL and schema saved there.
    QString serverPreference;
    QString schemaPreference;
    // The SQLite file when nothing names a server or a file.
    QString defaultSqlitePath;
};

namespace connectionchoice {

// The schema when none is named.
inline constexpr char kDefaultSchema[] = "warroom";

// The first of: --db or --server on the command line, WARROOM_SERVER, the preferences' server,
// the default SQLite file. The schema goes with its server: --schema, else WARROOM_SCHEMA (for a
// server from the command line or the environment), else the preferences' schema (for the
// preferences' server), else "warroom". An InvalidInput Error naming the source at fault when:
// --db and --server are both given, --schema is given without a server, --as is given for a
// server (changes are recorded under the login there), the URL is refused by ServerUrl or the
// schema name by the PostgreSQL rules.
Result<DatabaseConfig> choose(const ConnectionSources &sources);

// The server URL and schema of the preferences, checked as choose() checks them: the message of
// the first problem (the URL's first), empty when both can be used or the URL is empty (no
// server: the SQLite file).
QString checkPreference(const QString &url, const QString &schema);

} // namespace connectionchoice
} // namespace warroom
