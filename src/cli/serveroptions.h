#pragma once

#include "core/base/result.h"
#include "storage/db/databaseconfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>

namespace warroom {

class Workspace;

namespace cli::serveroptions {

// The global options of a war room on a PostgreSQL server (docs/cli.md, "On a server").
inline const QString kServer = QStringLiteral("server");
inline const QString kSchema = QStringLiteral("schema");
QList<QCommandLineOption> options();

// Where the command works: --server URL (else $WARROOM_SERVER) with --schema NAME (else
// $WARROOM_SCHEMA, else "warroom"), or the SQLite file of --db (else the default file). --db
// given beside --server, or --schema without a server, is refused; --db overrides
// $WARROOM_SERVER, as the command line overrides the environment.
Result<DatabaseConfig> databaseConfig(const QCommandLineParser &parser,
                                      const QProcessEnvironment &environment, int busyTimeoutMs);

// The name a command records its changes under on a server: the person the login is mapped to
// (SharedIdentity). --author is refused there; a $WARROOM_AUTHOR that names someone else is
// ignored with a note on err.
Result<QString> sharedAuthor(Workspace &workspace, const QCommandLineParser &parser,
                             const QProcessEnvironment &environment, QTextStream &err);

// --author refused on a server (reads included: nothing is recorded under a typed name there).
std::optional<Error> authorOptionRefusal(Workspace &workspace, const QCommandLineParser &parser);

} // namespace cli::serveroptions
} // namespace warroom
