#pragma once

#include <QStringList>

namespace warroom {

class SqlDialect;

namespace migrations {

// Version 5: the database checks who signs and what goes out (docs/reliability.md):
//  - an IC approval only by the person holding the incident-commander role at that moment, a
//    legal sign-off only by the person holding legal (derived from the timeline's role events);
//  - never one person as both legal signer and approver of the same version;
//  - a legal sign-off before the approval, by time: none once the version is approved, and an
//    approval of a draft that needs legal only after legal signed that version off;
//  - "needs legal" read from the draft alone (fixed by the playbook when it was created);
//  - incidents and drafts are never deleted, whether or not foreign keys are enforced.
QStringList gateSchema(const SqlDialect &dialect);

} // namespace migrations
} // namespace warroom
