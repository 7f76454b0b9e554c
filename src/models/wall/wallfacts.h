#pragma once

#include "core/incident/incident.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace warroom {

// What the wall screen shows of one incident, as plain text ready to put on screen (see
// docs/wall-screen.md). Built by WallIncidentModel from the models the incident view uses.
struct WallObligation
{
    QString title;
    QString countdown;  // "12 m 00 s", "overdue 1 h 07 m"
    QString role;       // the owner role's name
    QStringList people; // who holds the owner role now; empty: the role is unfilled
    bool overdue = false;
    bool dueSoon = false;
};

struct WallRole
{
    QString role;
    QString person; // empty: nobody holds it
    bool needed = false;
    bool acknowledged = false;
    QString state; // "Acknowledged 09:52 UTC", "UNFILLED", "Not acknowledged — assigned 3 min ago"
};

struct WallFacts
{
    qint64 id = 0;
    bool loaded = false;
    QString error; // why the incident could not be read
    QString title;
    Severity severity = Severity::Sev3;
    QString category;
    QString status;
    QString detectedAt;            // "09:50 UTC"
    QString elapsed;               // "T+01:05:12" since detection
    QList<WallObligation> next;    // the next three open obligations not overdue, soonest first
    QList<WallObligation> overdue; // every overdue obligation, longest overdue first
    QList<WallRole> roles;         // held roles and unfilled needed ones
    int callsTotal = 0;
    int callsReached = 0;
    int callsClosedOut = 0;
    QStringList callsOpen;      // accounts not closed out yet, in call order
    QString latestMessageTitle; // empty: nothing published yet
    QString latestMessageWhen;  // "10:40 UTC (15 m 00 s ago) · Status page"
    QString nextUpdate;         // "in 12 m 00 s", "overdue 3 m 00 s", or why there is no due time
    bool nextUpdateOverdue = false;
};

} // namespace warroom
