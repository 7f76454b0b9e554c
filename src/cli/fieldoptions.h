#pragma once

#include "core/base/result.h"
#include "core/incident/incident.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace warroom::cli {

// The options that set incident fields, shared by `declare` and `edit`. Option names are the
// field identifiers with dashes: --task-type sets task_type.
QList<QCommandLineOption> incidentFieldOptions();
QString optionNameForField(const QString &field);

bool anyFieldOptionSet(const QCommandLineParser &parser);
// Copies every field option given on the command line into fields. A value that cannot be read
// at all ("abc" for a number, an unknown category) is refused here; whether a readable value is
// allowed (0-100 %, not in the future) is left to the incident rules in storage.
Result<void> applyFieldOptions(const QCommandLineParser &parser, IncidentFields &fields);
// Puts the option and the value the user typed in front of a refusal of the incident rules, so
// the message names what to fix: `--affected-users-pct "150": Share of users ...`.
Error withOptionValue(const Error &error, const QCommandLineParser &parser);

} // namespace warroom::cli
