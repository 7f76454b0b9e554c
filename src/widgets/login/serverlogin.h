#pragma once

#include "core/base/result.h"
#include "storage/db/databaseconfig.h"

#include <functional>
#include <memory>

class QWidget;

namespace warroom {

class LoginKeychain;
class Workspace;

namespace serverlogin {

// Opens a workspace at a configuration (Workspace::open in the application; tests pass their
// own, still opening real databases).
using Opener = std::function<Result<std::unique_ptr<Workspace>>(const DatabaseConfig &)>;

// Opens the shared war room at `config` for a person at the screen (docs/shared-mode.md):
// with the password stored in the desktop keychain for this login when there is one, else as
// libpq finds it (PGPASSWORD, ~/.pgpass, a service file). When the server wants a password it did
// not get or refuses the one given, asks for it (PasswordDialog) and tries again; a password
// typed with "Remember" ticked is stored in the keychain once the server accepted it, and a
// stored one the server refused is forgotten when the box is left unticked. Any other refusal
// shows the server's translated error and offers to try again or to quit. Null when the user
// gives up.
std::unique_ptr<Workspace> openInteractively(DatabaseConfig config, const Opener &open,
                                             const LoginKeychain &keychain,
                                             QWidget *parent = nullptr);

} // namespace serverlogin
} // namespace warroom
