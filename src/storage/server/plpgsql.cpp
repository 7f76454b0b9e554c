#include "storage/server/plpgsql.h"

namespace warroom::plpgsql {

QString refuse(const QString &format, const QString &arguments)
{
    return QStringLiteral("RAISE EXCEPTION USING ERRCODE = 'WR001', MESSAGE = format(%1, %2);")
        .arg(format, arguments);
}

QString function(const QString &signature, const QString &body)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1 LANGUAGE plpgsql SET search_path FROM "
                          "CURRENT AS $warroom$ %2 $warroom$")
        .arg(signature, body);
}

QStringList deferredTrigger(const QString &name, const QString &table, const QString &events,
                            const QString &call)
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table),
            QStringLiteral("CREATE CONSTRAINT TRIGGER %1 AFTER %2 ON %3 DEFERRABLE INITIALLY "
                           "DEFERRED FOR EACH ROW EXECUTE FUNCTION %4")
                .arg(name, events, table, call)};
}

} // namespace warroom::plpgsql
