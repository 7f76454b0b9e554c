#include "storage/migrations/schema_v11_logins.h"

#include "storage/db/sqldialect.h"

namespace warroom::migrations {

QStringList personLoginsSchema(const SqlDialect &)
{
    return {QStringLiteral(
        "CREATE TABLE person_logins ("
        " login TEXT PRIMARY KEY CHECK (length(trim(login)) > 0),"
        " person_id BIGINT NOT NULL UNIQUE REFERENCES people(id) ON DELETE CASCADE)")};
}

} // namespace warroom::migrations
