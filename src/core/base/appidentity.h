#pragma once

namespace warroom {

// Sets the application and organisation names that QStandardPaths and QSettings use, so that the
// GUI and warroomctl find the same default database and settings. Call right after constructing
// the Q*Application.
void applyApplicationIdentity();

} // namespace warroom
