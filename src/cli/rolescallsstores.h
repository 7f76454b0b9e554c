#pragma once

#include "cli/command.h"
#include "storage/calls/accountstore.h"
#include "storage/calls/outreachstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/roles/rolestore.h"
#include "storage/workspace.h"

namespace warroom::cli {

// The stores of the roles & key-account commands: the workspace's own.
struct RolesCallsStores
{
    explicit RolesCallsStores(CommandContext &context)
        : people(context.workspace.people())
        , accounts(context.workspace.accounts())
        , roles(context.workspace.roles())
        , outreach(context.workspace.outreach())
    {
    }

    PeopleStore &people;
    AccountStore &accounts;
    RoleStore &roles;
    OutreachStore &outreach;
};

} // namespace warroom::cli
