#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace warroom::inputlimits {

// Limits on what War Room accepts from outside, and the helpers that check them
// (docs/reliability.md, "Bounded input").

// Characters as a reader counts them: Unicode code points, so that an emoji or a CJK extension
// character is one character, not two UTF-16 units. Every maximum length in War Room counts
// these.
qsizetype characters(QStringView text);

// The longest name of a person War Room stores: authors of changes, role holders, people in the
// directory.
inline constexpr int MaxPersonNameLength = 120;

// What is wrong with an author ("who made the change"), or an empty string: it must not be
// empty, must be at most MaxPersonNameLength characters and must be one line without control
// characters. Every store checks its authors with this, the last guard behind the CLI and the
// GUI's input fields.
QString authorProblem(const QString &author);

// The offset of the first control character (U+0000–U+001F, U+007F) in text, tab excepted and,
// when multiLine, line feed and carriage return too; -1 when there is none.
qsizetype firstControlCharacter(QStringView text, bool multiLine);

// The earliest time War Room accepts for anything that happened (2000-01-01T00:00:00Z): an
// earlier year is a typo, not an incident. The latest is "now" plus the allowed clock skew
// (incidentfields::AllowedClockSkewSecs).
QDateTime earliestAcceptedTime();

} // namespace warroom::inputlimits
