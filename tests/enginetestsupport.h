#pragma once

// The engine a storage test runs on (docs/shared-mode.md): SQLite by default; with
// WARROOM_TEST_ENGINE=postgresql (the "<test>_postgres" runs of tests/CMakeLists.txt) each
// database is a fresh schema on the WARROOM_TEST_PG server instead, all dropped when the test
// program ends. Without WARROOM_TEST_PG such a run exits with code 77, which CTest reports as
// skipped (SKIP_RETURN_CODE).

#include "pgtestsupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace warroom::test {

inline bool onPostgres()
{
    return qEnvironmentVariable("WARROOM_TEST_ENGINE") == QLatin1String("postgresql");
}

namespace detail {
inline std::vector<std::unique_ptr<PgTestSchema>> &schemas()
{
    static std::vector<std::unique_ptr<PgTestSchema>> all;
    return all;
}
inline void dropSchemas()
{
    schemas().clear();
}
} // namespace detail

// Where a test's fresh database lives: sqlitePath on SQLite, a new schema on PostgreSQL.
inline DatabaseConfig engineConfig(const QString &sqlitePath)
{
    if (!onPostgres())
        return DatabaseConfig::sqlite(sqlitePath);
    if (testServerUrl().isEmpty()) {
        std::fputs("SKIP: WARROOM_TEST_ENGINE=postgresql but WARROOM_TEST_PG is not set: run eval "
                   "\"$(scripts/pg-test-cluster.sh start)\"; export WARROOM_TEST_PG\n",
                   stdout);
        std::exit(77);
    }
    if (detail::schemas().empty())
        qAddPostRoutine(detail::dropSchemas);
    detail::schemas().push_back(std::make_unique<PgTestSchema>());
    return detail::schemas().back()->config();
}

} // namespace warroom::test
