#pragma once

#include "cli/command.h"
#include "storage/accountstore.h"
#include "storage/outreachstore.h"
#include "storage/peoplestore.h"
#include "storage/rolestore.h"
#include "storage/workspace.h"

namespace warroom::cli {

// The stores of the roles & key-account commands: the workspace's own.
struct ResponseStores
{
    explicit ResponseStores(CommandContext &context)
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
