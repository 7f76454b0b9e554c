#include "integrations/publishing/nopublishers.h"

namespace warroom {

PublishersFactory noPublishers()
{
    return []() -> std::unique_ptr<Publishers> { return std::make_unique<NoPublishers>(); };
}

} // namespace warroom
