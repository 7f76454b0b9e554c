#pragma once

#include <QString>

#include <functional>

class QTableView;
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
// On a shared server nothing is asked (true): the login is the identity there.
bool askNameIfUnknown(CurrentUser &user, Workspace &workspace, QWidget *parent = nullptr);

// On an empty database, the welcome dialog (import people, import key accounts, open a demo
// incident, start empty); `openIncident` gets the demo incident when one was made. True when the
// dialog was shown.
bool welcomeIfEmpty(Workspace &workspace, const CurrentUser &user, QWidget *parent = nullptr,
                    const std::function<void(qint64)> &openIncident = {});

// Directory → Remove demo data…: says what goes, asks, and deletes the demo incident(s), people
// and accounts (demo::remove); real data stays. A demo incident shown in `incidents` (the main
// window's list) is let go first.
void removeDemoData(QWidget *parent, Workspace &workspace, QTableView *incidents = nullptr);

} // namespace firstrun
} // namespace warroom
