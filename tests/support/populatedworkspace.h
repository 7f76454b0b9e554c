#pragma once

#include "core/base/clock.h"
#include "core/base/result.h"
#include "session/currentuser.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <memory>

namespace warroom::test {

// A workspace over the SQLite file at path on clock, with the example people and key accounts
// (resources/examples/) imported by author. The error says which step failed.
Result<std::unique_ptr<Workspace>> openWithExamples(const QString &path, const Clock &clock,
                                                    const QString &author);

// Something in every window and dialog to look at: the example people and key accounts and one
// data leak incident declared by olga, in a workspace of its own temporary folder on a manual
// clock at testStart(); Ines is at the keyboard.
struct PopulatedWorkspace
{
    // The error says which step failed.
    static Result<std::unique_ptr<PopulatedWorkspace>> open();

    QTemporaryDir dir;
    ManualClock clock{testStart()};
    std::unique_ptr<Workspace> workspace;
    CurrentUser user;
    qint64 incident = 0;
};

} // namespace warroom::test
