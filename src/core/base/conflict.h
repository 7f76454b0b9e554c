#pragma once

#include <QDateTime>
#include <QString>

namespace warroom {

// Why a change based on an older revision was refused (Error::Code::Conflict): the change that
// won since the user's screen was read. A caller that still wants its change submits it again
// against `revision`, where every other rule applies as before.
struct Conflict
{
    qint64 revision = 0; // the current revision: the one a resubmission is based on
    QString author;      // who made the winning change; empty when nobody has changed it yet
    QDateTime at;        // when (UTC); invalid when nobody has
    QString now;         // what it is now, in words ("Reached", "Hana Kim, acknowledged")
};

} // namespace warroom
