#pragma once

#include "core/base/clock.h"
#include "core/base/result.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <memory>

namespace warroom::test {

// The drill the README's pictures, the layout checks and the wall screen share: a SEV1 outage of
// the EU chat API, detected at 01:50 and declared at 02:00 by Ana Ortiz, the commander; the
// people are those of resources/examples/.
enum class DrillState {
    // An hour in, as in the README's pictures: two SEV2 incidents in the list; the commander
    // acknowledged, the on-call engineer (Ben Adeyemi) not, the channel opened, the status
    // Identified and the first announcement drafted; 55 minutes on, at 02:55, customer success
    // held by Chloé Martin and Dev Patel, ten key accounts proposed and a sync posted by Ben.
    HourIn,
    // The same hour with only the people assigned: nobody has acknowledged, nothing is ticked,
    // drafted or synced, so every early obligation is overdue and no deadline is still ahead.
    HourInNothingDone,
    // The wall screen's: the outage alone, staffed as above; 40 minutes on, customer success held
    // by Chloé Martin, ten key accounts of which she reached four and a progress update
    // published; 15 minutes later, at 02:55.
    UpdatePublished,
};

// When the drill starts (02:00): the clock a drill runs on starts here.
inline QDateTime drillStart()
{
    return testStart().addSecs(-60 * 60);
}

struct Drill
{
    std::unique_ptr<Workspace> workspace;
    qint64 incident = 0; // the outage
};

// A workspace over the SQLite file at path on clock (at drillStart()), with the example people
// and key accounts, and the outage brought to state; the clock is moved on as the state says.
// The error names the step that failed.
Result<Drill> openDrill(const QString &path, ManualClock &clock, DrillState state);

} // namespace warroom::test
