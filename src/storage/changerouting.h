#pragma once

#include "storage/db/changesignal.h"

#include <QStringList>

namespace warroom {

// Which of a Workspace's stores read again after other connections changed some tables
// ("refresh only what changed"). A change the signal cannot name (SQLite's data_version) or a
// table no store claims refreshes every store: an unknown table must never be a silent
// never-refresh.
struct StoresToRefresh
{
    bool incidents = false; // incidents, their timeline, triggers and outbox
    bool people = false;
    bool accounts = false;
    bool templates = false;
    bool drafts = false;

    static StoresToRefresh forChanges(const ChangedTables &changes);
    // The tables each store reads, for the stores' own refresh and for the test that every
    // table of the schema belongs to one.
    static QStringList incidentTables();
    static QStringList peopleTables();
    static QStringList accountTables();
    static QStringList templateTables();
    static QStringList draftTables();
};

} // namespace warroom
