#pragma once

#include "core/calls/keyaccount.h"
#include "core/calls/outreach.h"
#include "core/roles/rolerequirements.h"
#include "core/roles/roles.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace warroom::outreachjson {

// The machine-readable shape of an incident's roles and key-account outreach, the "roles" and
// "outreach" keys of `warroomctl show --json` (docs/cli.md). Add keys rather than rename them.

// One object per role, in role::all() order: {"role", "role_name", "needed", "needed_because"
// (null when not needed), "holders": [{"person", "assigned_at", "assigned_by", "override",
// "acknowledged_at" (null until acknowledged)}]}.
QJsonArray roles(const QList<RoleAssignment> &assignments, const QList<RoleNeed> &needs);

// {"total", "closed_out", "reached", "open", "not_started", "done", "text"}
QJsonObject progress(const CallProgress &progress);

// {"accounts": [{"id", "name", "tier", "csm", "status", "contacts": [{"name", "phone",
// "slack", "email"}], "attempts": [{"at", "by", "status", "channel", "note"}]}], "progress"}.
// directory supplies tier, CSM and contacts; an account missing from it has them empty.
QJsonObject outreach(const QList<AccountOutreach> &accounts,
                     const QHash<qint64, KeyAccount> &directory);

} // namespace warroom::outreachjson
