#include "widgets/common/shownrevision.h"

#include "storage/incidents/incidentstore.h"
#include "storage/incidents/incidenttimeline.h"

namespace warroom {

std::optional<qint64> shownRevision(const IncidentStore &incidents, qint64 incidentId,
                                    const revision::About &about)
{
    const std::shared_ptr<IncidentTimeline> shown = incidents.heldTimeline(incidentId);
    if (!shown || !shown->isLoaded())
        return std::nullopt;
    return revision::of(revision::latest(shown->events(), about));
}

} // namespace warroom
