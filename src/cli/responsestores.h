#pragma once

#include "cli/command.h"
#include "storage/accountstore.h"
#include "storage/outreachstore.h"
#include "storage/peoplestore.h"
#include "storage/rolestore.h"

namespace warroom::cli {

// The stores of the roles & key-account commands, over the command's database and clock.
struct ResponseStores
{
    explicit ResponseStores(CommandContext &context)
        : people(context.database, context.clock)
        , accounts(context.database, context.clock)
        , roles(context.store, people, context.playbook)
        , outreach(context.store, accounts)
    {
    }

    PeopleStore people;
    AccountStore accounts;
    RoleStore roles;
    OutreachStore outreach;
};

} // namespace warroom::cli
