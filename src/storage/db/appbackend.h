#pragma once

#include "core/base/result.h"

#include <QString>

namespace warroom {

class ChangeSignal;

// Whether an application that shows other seats' changes (the GUI: Workspace::open with
// Watch::OtherProcesses) can work on a database whose dialect gives this change signal: not
// without one (nullptr), because a board that silently never refreshes must not be possible.
// An Error naming the location and saying so otherwise (docs/shared-mode.md).
Result<void> checkApplicationBackend(const ChangeSignal *signal, const QString &location);

} // namespace warroom
