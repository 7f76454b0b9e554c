#include "storage/db/appbackend.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::AppBackend)
};

} // namespace

Result<void> checkApplicationBackend(const DatabaseConfig &config)
{
    switch (config.backend) {
    case DatabaseConfig::Backend::Sqlite:
        return {};
    case DatabaseConfig::Backend::Postgres:
        return Error{Error::Code::Storage,
                     Text::tr("War Room cannot work on a PostgreSQL server yet: other seats' "
                              "changes would never reach this one. Use an SQLite database file "
                              "(see docs/shared-mode.md for what exists so far).")};
    }
    Q_UNREACHABLE();
}

} // namespace warroom
