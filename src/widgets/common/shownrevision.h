#pragma once

#include "core/incident/revision.h"

#include <optional>

namespace warroom {

class IncidentStore;

// The revision of a subject (revision::role, ::obligation, ::call) as this process shows it: from
// the incident's shared IncidentTimeline, the copy the boards display. nullopt when no view holds
// the incident (nothing shown, nothing to compare).
std::optional<qint64> shownRevision(const IncidentStore &incidents, qint64 incidentId,
                                    const revision::About &about);

} // namespace warroom
