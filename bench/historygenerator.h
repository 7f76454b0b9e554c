#pragma once

#include <QString>

namespace warroom::bench {

// The size of a generated history: years of incidents as a busy team accumulates them.
struct HistorySize
{
    int incidents = 10000;   // all of them, the big one included
    qint64 events = 1000000; // timeline events in all, the big incident's included
    int bigIncidentEvents = 100000;
    int openIncidents = 12; // investigating / identified / monitoring; the rest are closed
};

struct GeneratedHistory
{
    qint64 bigIncidentId = 0; // open, with bigIncidentEvents events
    qint64 smallOpenIncidentId = 0;
    qint64 incidents = 0;
    qint64 events = 0;
};

// Writes a history of `size` into a new SQLite database at `path` (which must not exist): people
// and key accounts from resources/examples, one incident built through the real stores (roles,
// the top-10 accounts, calls, syncs, notes), and every other incident and event copied from that
// incident's timeline by SQL, so every payload is one the program itself wrote. Deterministic:
// the same size gives the same file contents. On failure, returns the reason and removes the file.
QString generateHistory(const QString &path, const HistorySize &size, GeneratedHistory *out);

} // namespace warroom::bench
