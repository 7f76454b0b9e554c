#pragma once

#include <QStringList>

namespace warroom {

class SqlDialect;

namespace migrations {

// The author under which the demo builder writes the rows it marks as demo data; only such a row
// can be marked.
inline constexpr char DemoAuthor[] = "War Room demo";

// Version 9: demo data (docs/first-run.md). Incidents, people and key accounts get a `demo` flag
// (0 for every row written before); the "never deleted" and "append-only" guards of an incident's
// rows (its timeline, triggers, drafts, versions, approvals, publications and outbox rows) let a
// delete through only for the rows of a demo incident, so "Remove demo data" can take the demo
// away while every real row stays as protected as before. Only a row written by DemoAuthor can be
// marked, and a mark is never taken back.
QStringList demoSchema(const SqlDialect &dialect);

} // namespace migrations
} // namespace warroom
