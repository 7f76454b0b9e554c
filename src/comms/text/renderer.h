#pragma once

#include "comms/text/placeholders.h"
#include "core/incident/incident.h"
#include "core/roles/roles.h"

#include <QDateTime>
#include <QHash>

namespace warroom {

// Placeholder name → the text it stands for. A name without a value (or with an empty one) is
// left in the text as written and listed as unfilled.
using PlaceholderValues = QHash<QString, QString>;

// One substituted placeholder: where it was in the source and where its value is in the output.
struct RenderedSpan
{
    qsizetype sourceStart = 0;
    qsizetype sourceEnd = 0;
    qsizetype outStart = 0;
    qsizetype outEnd = 0;
};

struct RenderResult
{
    QString text;
    // All offsets below are source offsets.
    QList<PlaceholderToken> unfilled; // known names without a value
    QList<PlaceholderToken> unknown;  // names War Room does not know (likely typos)
    QList<PlaceholderProblem> problems;
    QList<RenderedSpan> substitutions;

    // Nothing left to fill or fix: the text can be published.
    bool complete() const { return unfilled.isEmpty() && unknown.isEmpty() && problems.isEmpty(); }
    // Maps an offset in text back to the source. An offset inside a substituted value maps to
    // the placeholder's start (or, for the end of a span, to its end).
    qsizetype toSource(qsizetype outOffset, bool spanEnd = false) const;
};

RenderResult render(const QString &source, const PlaceholderValues &values);

// The values War Room knows for an incident at a moment (see placeholders::catalog()).
PlaceholderValues placeholderValues(const Incident &incident, const QList<RoleAssignment> &roles,
                                    const QDateTime &nowUtc);

namespace placeholders {

// How often the playbook has external updates follow one another.
inline constexpr int UpdateIntervalMinutes = 30;

// "investigating", "root cause identified, fix in progress", ... for announcements.
QString statusPhrase(IncidentStatus status);
// The status as a status page heading: "Investigating", "Identified", "Monitoring",
// "Restored", "Resolved".
QString statusTitle(IncidentStatus status);

} // namespace placeholders
} // namespace warroom
