#pragma once

#include "cli/command.h"
#include "core/roles/roles.h"

#include <functional>

namespace warroom {

class RoleStore;

namespace cli {

// What `ack`, `assign` and `unassign` act on: ID ROLE [PERSON...], the words after the role
// being the person's name (`assign 3 on-call Ana Ortiz` needs no quotes).
struct RoleTarget
{
    qint64 incidentId = 0;
    Role role = Role::OnCall;
    QString person; // empty when no words follow the role
};

// The write of a role command on the workspace's role store: the timeline event it wrote, or
// why it was refused.
using RoleWrite =
    std::function<Result<qint64>(CommandContext &context, RoleStore &roles, const RoleTarget &)>;

// The command table entry of a role command, with the one body they share: parse ID and ROLE
// (the usage checks come from `arguments`), run the write, report a refusal on one line. The
// caller fills in summary, help and options.
Command roleCommand(const QString &name, const QString &synopsis, const QStringList &arguments,
                    RoleWrite write);

} // namespace cli
} // namespace warroom
