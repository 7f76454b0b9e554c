#pragma once

#include "cli/showsections.h"

namespace warroom::cli {

// `show` sections of the roles & key-account outreach feature: "roles" and "outreach".
ShowSection rolesSection();
ShowSection outreachSection();

} // namespace warroom::cli
