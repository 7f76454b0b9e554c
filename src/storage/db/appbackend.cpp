#include "storage/db/appbackend.h"

namespace warroom {

Result<void> checkApplicationBackend(const DatabaseConfig &config)
{
    // Branch "seat" (issue 14, the GUI on a server): the applications open PostgreSQL so the
    // seat can be built and tested; the change-notification branch replaces this check with
    // "refuse a database without a change signal" at the merge.
    Q_UNUSED(config);
    return {};
}

} // namespace warroom
