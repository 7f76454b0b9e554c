#include "cli/rolecommand.h"

#include "cli/rolescallsparsing.h"
#include "cli/valueparsing.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"

namespace warroom::cli {
namespace {

int runRoleWrite(CommandContext &context, const RoleWrite &write)
{
    const Result<qint64> id = parseIncidentId(context.args.at(0));
    if (!id)
        return context.fail(id.error());
    const Result<Role> role = parseRole(context.args.at(1));
    if (!role)
        return context.fail(role.error());
    const RoleTarget target{*id, *role, context.args.mid(2).join(QLatin1Char(' '))};
    const Result<qint64> done = write(context, context.workspace.roles(), target);
    if (!done)
        return context.fail(done.error());
    return ExitOk;
}

} // namespace

Command roleCommand(const QString &name, const QString &synopsis, const QStringList &arguments,
                    RoleWrite write)
{
    Command command;
    command.name = name;
    command.synopsis = synopsis;
    command.arguments = arguments;
    command.writes = true;
    command.run = [write = std::move(write)](CommandContext &context) {
        return runRoleWrite(context, write);
    };
    return command;
}

} // namespace warroom::cli
