#pragma once

#include <QStringList>

namespace warroom::serverrules {

// The rules a PostgreSQL server enforces for every member login (docs/shared-mode.md, "Rules the
// server enforces"), as the statements `warroomctl server init` runs inside the schema: PL/pgSQL
// trigger functions (made with SET search_path FROM CURRENT, like the guard triggers) on top of
// the guards every engine has. Each statement can run again: functions are replaced, triggers
// dropped and recreated.
//
// The rules bind every login except the schema's owner (the login that ran server init) and
// superusers, who administer the war room. A bound login writes only under the name of the person
// person_logins maps it to; signs off as legal or approves as incident commander only holding
// that role on the incident; assigns a role to itself only as the incident commander or an
// administrator (a member of adminRole); ticks an obligation done or waives it only holding the
// obligation's owner role (server_obligation_owners) or incident commander. A refusal is SQLSTATE
// WR001 (PostgresDialect::kRuleRefusal) with the rule's sentence. Names are compared with
// srv_name_key (namerules.h), which must be installed first.
QStringList install(const QString &adminRole);

// The table of obligation ids and the role that owns each, which the obligation rule reads
// (the server does not know the playbook otherwise); server init fills it from the playbook.
QString obligationOwnersTable();

} // namespace warroom::serverrules
