#pragma once

#include <QString>

class QWidget;

namespace warroom {

class CurrentUser;
class Workspace;

// The first start of the program: who the user is, and what to bring into an empty database.
namespace firstrun {

// True when nothing has been recorded yet: no incidents and nobody in the people directory.
bool isEmptyDatabase(Workspace &workspace);

// The name to offer on a first start: the directory person whose email or Slack handle is the
// operating-system login (UserNameDialog::nameForLogin), else empty.
QString suggestedName(Workspace &workspace, const QString &login);

// When the user has not said who they are (no name stored, no --as), asks with UserNameDialog
// and stores the answer. False when the user cancelled: nothing may be recorded without a name.
bool askNameIfUnknown(CurrentUser &user, Workspace &workspace, QWidget *parent = nullptr);

// On an empty database, the welcome dialog (import people, import key accounts, start empty).
// True when it was shown.
bool welcomeIfEmpty(Workspace &workspace, const CurrentUser &user, QWidget *parent = nullptr);

} // namespace firstrun
} // namespace warroom
