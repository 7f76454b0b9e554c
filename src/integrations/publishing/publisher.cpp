#include "integrations/publishing/publisher.h"

namespace warroom {

// Out of line, so the vtables live in this library.
Publisher::~Publisher() = default;
Publishers::~Publishers() = default;

} // namespace warroom
