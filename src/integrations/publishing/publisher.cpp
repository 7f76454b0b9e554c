#include "integrations/publishing/publisher.h"

namespace warroom {

// Out of line, so the vtable lives in this library.
Publisher::~Publisher() = default;

} // namespace warroom
