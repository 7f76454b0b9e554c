#pragma once

#include "support/populatedworkspace.h"

#include <QString>

#include <functional>

class QDialog;

namespace warroom {
class CommunicationsPane;
}

namespace warroom::test {

// Creates a draft from the last template of the pane's picker with its Create button, as a user
// would; the editor shows it. The draft's id, 0 if none was created.
qint64 createDraftInPane(CommunicationsPane &comms);

// Opens every dialog of War Room, one after another, over the populated workspace (a draft is
// created for the ones about drafts; the preferences read a channel configuration of the
// workspace's folder with no keychain), and hands each to check with a name for its messages. A
// new dialog is added here, and every check that walks the dialogs (tst_accessibility,
// tst_mnemonics) covers it. Fails the running test where a dialog cannot be set up.
void forEveryDialog(PopulatedWorkspace &fixture,
                    const std::function<void(QDialog &dialog, const QString &name)> &check);

} // namespace warroom::test
