#pragma once

#include "core/base/clock.h"
#include "core/playbook/playbook.h"
#include "storage/db/databaseconfig.h"

#include <memory>
#include <optional>

class QWidget;

namespace warroom {

class Workspace;

// Opens the workspace; when the database is refused, says why (naming the file) and offers to
// open another file. Returns null when the user gives up. The refused file is never touched.
// The workspace runs the given playbook, or the built-in one.
std::unique_ptr<Workspace>
openWorkspaceInteractively(DatabaseConfig config, const Clock &clock, QWidget *parent = nullptr,
                           const std::optional<Playbook> &playbook = std::nullopt);

} // namespace warroom
