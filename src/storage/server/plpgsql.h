#pragma once

#include <QString>
#include <QStringList>

// The pieces of SQL the server rules are written with (serverrules, rowrules, outboxrules).
namespace warroom::plpgsql {

// A refusal: SQLSTATE WR001 (PostgresDialect::RuleRefusal), the message built by format() from
// the arguments given.
QString refuse(const QString &format, const QString &arguments);

// CREATE OR REPLACE FUNCTION signature, in PL/pgSQL, keeping the creator's search_path.
QString function(const QString &signature, const QString &body);

// A constraint trigger cannot be replaced in place: dropped and made again, under the same name
// (server init's fingerprint compares trigger names, so a second run changes nothing). Checked
// at COMMIT, so the order of the statements inside the transaction does not matter.
QStringList deferredTrigger(const QString &name, const QString &table, const QString &events,
                            const QString &call);

} // namespace warroom::plpgsql
