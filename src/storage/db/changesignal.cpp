#include "storage/db/changesignal.h"

namespace warroom {

bool ChangedTables::touches(const QStringList &names) const
{
    if (anything)
        return true;
    for (const QString &name : names)
        if (tables.contains(name))
            return true;
    return false;
}

void ChangedTables::merge(const ChangedTables &other)
{
    anything |= other.anything;
    tables.unite(other.tables);
}

} // namespace warroom
