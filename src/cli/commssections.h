#pragma once

#include "cli/showsections.h"

namespace warroom::cli {

// `show` sections of the communications desk: "drafts" and "publications" (docs/templates.md).
ShowSection draftsSection();
ShowSection publicationsSection();

} // namespace warroom::cli
