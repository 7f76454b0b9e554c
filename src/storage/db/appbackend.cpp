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

Result<void> checkApplicationBackend(const ChangeSignal *signal, const QString &location)
{
    if (signal)
        return {};
    return Error{Error::Code::Storage,
                 Text::tr("War Room cannot show %1: its database engine has no way to tell this "
                          "seat what other seats changed, so the board would never refresh. Use "
                          "an SQLite database file or a PostgreSQL server (see "
                          "docs/shared-mode.md).")
                     .arg(location)};
}

} // namespace warroom
