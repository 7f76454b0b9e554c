#pragma once

#include <QString>

namespace warroom::outboxclaimant {

// How a sender names itself in the rows it claims: "<program>@<host>:<pid>:<random>", unique per
// process. The host and the process id let another sender on the same machine tell that the
// claimant has died (killed, crashed, powered off mid-send) and resume its rows at once, rather
// than wait for the claim to run out (docs/outbox.md, "Crash safety").
QString forThisProcess(const QString &program);

// True when `claimant` names a process on this machine that no longer runs. False when it runs,
// when it is on another machine (only its claim's end tells), and for a name not in the form
// above (an older War Room's claim): the safe answer is "perhaps still sending".
bool isGone(const QString &claimant);

} // namespace warroom::outboxclaimant
