#pragma once

#include "core/base/result.h"
#include "core/incident/category.h"
#include "core/incident/incidentstatus.h"
#include "core/incident/severity.h"

#include <QDateTime>
#include <QString>

namespace warroom::cli {

// Turns command-line text into domain values. Each refusal names what was given, where, and how
// to write it instead; nothing is ever read as 0 or as a default by accident.

Result<qint64> parseIncidentId(const QString &text);
// An obligation refusal names the obligation by its title; for scripts the id follows in
// parentheses ("... (first-announcement)") unless the message already names it.
Error withObligationId(Error error, const QString &obligationId);
// A finite decimal number ("12.5"); the range is the incident rules' business.
Result<double> parseNumber(const QString &option, const QString &text);
// A whole number, no sign games: "3", not "3.0" or "3 customers".
Result<int> parseWholeNumber(const QString &option, const QString &text);
// ISO-8601 with Z or an explicit offset; returned in UTC.
Result<QDateTime> parseTime(const QString &option, const QString &text);
Result<Category> parseCategory(const QString &option, const QString &text);
Result<Severity> parseSeverity(const QString &option, const QString &text);
Result<IncidentStatus> parseStatus(const QString &text);

} // namespace warroom::cli
