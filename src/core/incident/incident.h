#pragma once

#include "core/base/result.h"
#include "core/incident/category.h"
#include "core/incident/incidentstatus.h"
#include "core/incident/severity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace warroom {

struct StatusChange
{
    IncidentStatus from = IncidentStatus::Investigating; // meaningless for the first entry
    IncidentStatus to = IncidentStatus::Investigating;
    QDateTime at;
    QString author;
};

// The fields a person declares and edits. Everything else on an Incident is kept by storage.
struct IncidentFields
{
    QString title;
    Category category = Category::Outage;
    Severity severity = Severity::Sev2;
    QString taskType;
    double affectedUsersPct = 0.0;
    int enterpriseAffected = 0;
    QDateTime detectedAt; // UTC

    bool operator==(const IncidentFields &) const = default;
};

struct Incident
{
    qint64 id = 0;
    IncidentFields fields;
    IncidentStatus status = IncidentStatus::Investigating;
    QDateTime declaredAt;
    QString declaredBy;
    QDateTime updatedAt;
    // Oldest first; the first entry is the declaration into "investigating".
    QList<StatusChange> statusHistory;

    bool isActive() const { return incidentstatus::isActive(status); }
    bool isOpen() const { return incidentstatus::isOpen(status); }
};

namespace incidentfields {

// Field identifiers used in error messages, JSON and the "field_changed" timeline event.
inline constexpr auto Title = "title";
inline constexpr auto Category = "category";
inline constexpr auto Severity = "severity";
inline constexpr auto TaskType = "task_type";
inline constexpr auto AffectedUsersPct = "affected_users_pct";
inline constexpr auto EnterpriseAffected = "enterprise_affected";
inline constexpr auto DetectedAt = "detected_at";

inline constexpr int MaxTitleLength = 200;
inline constexpr int MaxTaskTypeLength = 120;
// Detection clocks drift; a detected-at time this far ahead of "now" is still accepted.
inline constexpr qint64 AllowedClockSkewSecs = 300;

// All problems with the fields, in field order; empty when they are valid.
QList<Error> validate(const IncidentFields &fields, const QDateTime &nowUtc);

// One JSON value per field, keyed by the identifiers above (the shape in docs/cli.md).
QJsonObject toJson(const IncidentFields &fields);

// The fields whose values differ, as {field: [old, new]} in JSON form.
QJsonObject diff(const IncidentFields &before, const IncidentFields &after);

} // namespace incidentfields
} // namespace warroom
