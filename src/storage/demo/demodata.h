#pragma once

#include "core/base/result.h"

#include <QString>

namespace warroom {

class Workspace;

// A demo incident for a new user to look around in (docs/first-run.md): a behaviour-anomaly
// incident as the playbook runs it about 40 minutes in, with its own people and key accounts.
// Everything it writes is marked as demo data (schema version 9) and goes away with remove(),
// which deletes exactly the demo rows and never a real one.
namespace demo {

// The demo incident's title starts with this ("DEMO — Agent task completion ...").
QString titlePrefix();

// Creates the demo people, key accounts and incident in one transaction and returns the
// incident's id. The people's and accounts' names end in "(demo)" so they never collide with an
// imported directory.
Result<qint64> create(Workspace &workspace);

struct Removed
{
    int incidents = 0;
    int people = 0;
    int accounts = 0;
};

// The ids of the demo incidents.
Result<QList<qint64>> incidentIds(Workspace &workspace);

// Whether the incident is a demo incident, by its mark in the database (not by its title, which
// anyone may write and whose prefix depends on the language it was created in).
Result<bool> isDemo(Workspace &workspace, qint64 incidentId);

// How much demo data there is (nothing removed).
Result<Removed> count(Workspace &workspace);

// Deletes every demo incident with all its rows, then the demo key accounts and people, in one
// transaction: on any error nothing is deleted. Real incidents, people and accounts are never
// touched (the database refuses to delete them). Tells the stores' listeners afterwards.
Result<Removed> remove(Workspace &workspace);

} // namespace demo
} // namespace warroom
