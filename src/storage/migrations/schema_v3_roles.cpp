#include "storage/migrations/schema_v3_roles.h"

#include "storage/db/sqldialect.h"

namespace warroom::migrations {

// The value lists are spelled out, not generated from core: a migration must keep producing the
// same schema after later versions add roles or tiers (they do so in a migration of their own).
QStringList rolesAndAccountsSchema(const SqlDialect &dialect)
{
    return {
        QStringLiteral("CREATE TABLE people ("
                       " id %1,"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       // name compared case-insensitively, whitespace collapsed (csv::nameKey)
                       " name_key TEXT NOT NULL UNIQUE,"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " slack TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " updated_at BIGINT NOT NULL,"
                       " updated_by TEXT NOT NULL)")
            .arg(dialect.autoIdColumn()),
        QStringLiteral("CREATE TABLE person_roles ("
                       " person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL CHECK (role IN ('on-call', 'incident-commander', "
                       "'customer-success',"
                       "  'support', 'product-owner', 'legal', 'vp-engineering', 'ceo')),"
                       " PRIMARY KEY (person_id, role))"),
        QStringLiteral(
            "CREATE TABLE key_accounts ("
            " id %1,"
            " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
            " name_key TEXT NOT NULL UNIQUE,"
            " tier TEXT NOT NULL CHECK (tier IN ('enterprise', 'mid-market', 'smb')),"
            " arr BIGINT CHECK (arr IS NULL OR arr >= 0),"
            " account_rank INTEGER UNIQUE CHECK (account_rank IS NULL OR account_rank >= 1),"
            " csm_id BIGINT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,"
            // An account a later import no longer lists stays (incidents refer to it by id)
            // but is not proposed again.
            " listed INTEGER NOT NULL DEFAULT 1 CHECK (listed IN (0, 1)),"
            " updated_at BIGINT NOT NULL,"
            " updated_by TEXT NOT NULL)")
            .arg(dialect.autoIdColumn()),
        QStringLiteral("CREATE TABLE account_contacts ("
                       " account_id BIGINT NOT NULL REFERENCES key_accounts(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL CHECK (position >= 1 AND position <= 3),"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " slack TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (account_id, position))"),
        QStringLiteral("CREATE INDEX key_accounts_by_csm ON key_accounts (csm_id)"),
    };
}

} // namespace warroom::migrations
