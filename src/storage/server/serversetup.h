#pragma once

#include "core/base/result.h"
#include "core/playbook/playbook.h"
#include "core/roles/person.h"

#include <QString>
#include <QStringList>

namespace warroom {

class Database;
class PeopleStore;

// The group roles of one war room on a server, named after its schema so that several war rooms
// (and parallel tests) share one cluster: <schema>_member, _ic, _legal, _admin (NOLOGIN).
struct ServerRoles
{
    QString member;
    QString ic;
    QString legal;
    QString admin;

    static ServerRoles forSchema(const QString &schema);
    QStringList all() const { return {member, ic, legal, admin}; }
};

// `warroomctl server init` and `server add-person` (docs/shared-mode.md). Both work on an open,
// migrated PostgreSQL database; on SQLite they refuse.
namespace serversetup {

struct InitOutcome
{
    bool changed = false; // false: roles, grants and rules were already exactly so
    ServerRoles roles;
};

// Creates the group roles when missing, grants them the least privileges they need, installs the
// server-enforced rules and records the playbook's obligation owners for them. Run by the
// schema's owner, who may create roles. Running it again changes nothing and says so.
Result<InitOutcome> init(Database &database, const Playbook &playbook);

struct AddPersonOutcome
{
    QString name;       // the directory's spelling
    bool added = false; // the person was new to the directory
    bool changed = false;
    ServerRoles roles;
};

// Grants the existing login membership (and administration when asked), adds the person to the
// directory unless they are in it (by name, as names are compared), and maps the login to them.
// `author` is who the directory records as having added them.
// `contact` gives the new person's phone, Slack and email (the directory needs one of them); a
// person already in the directory keeps theirs.
Result<AddPersonOutcome> addPerson(Database &database, PeopleStore &people, const QString &login,
                                   const Person &contact, bool admin, const QString &author);

} // namespace serversetup
} // namespace warroom
