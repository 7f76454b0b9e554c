#pragma once

#include "core/incident/timelineevent.h"

#include <optional>

namespace warroom {

// The one-line account of the role and outreach event kinds (role_assigned, role_unassigned,
// role_acknowledged, accounts_selected, call_attempt) for describeEvent(); nullopt for others.
std::optional<QString> describeRoleOrOutreachEvent(const TimelineEvent &event);

} // namespace warroom
