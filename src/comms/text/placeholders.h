#pragma once

#include <QList>
#include <QString>

namespace warroom {

// Placeholder syntax (docs/templates.md): `{{name}}`, the name in lowercase letters, digits and
// underscores, starting with a letter; spaces just inside the braces are allowed
// (`{{ task_type }}`). A placeholder lies on one line and cannot contain another. There is no
// escape: an announcement never needs a literal "{{", so any "{{" or "}}" that is not part of a
// well-formed placeholder is reported.
struct PlaceholderToken
{
    qsizetype start = 0; // offset of the first '{'
    qsizetype end = 0;   // one past the last '}'
    QString name;
};

struct PlaceholderProblem
{
    enum class Kind { Empty, Unclosed, Nested, InvalidName, StrayClose };
    Kind kind = Kind::Empty;
    qsizetype start = 0;
    qsizetype end = 0;
    QString message;
};

struct PlaceholderScan
{
    QList<PlaceholderToken> tokens;
    QList<PlaceholderProblem> problems;
};

// Offsets are QString (UTF-16) offsets into text.
PlaceholderScan scanPlaceholders(const QString &text);

// One placeholder War Room knows. Those marked fromIncident are filled from the incident; the
// others are written by the person drafting (they stay unfilled until replaced by words).
struct PlaceholderInfo
{
    QString name;
    QString description;
    bool fromIncident = false;
};

namespace placeholders {

inline constexpr int MaxNameLength = 64;

const QList<PlaceholderInfo> &catalog();
bool isKnown(const QString &name);
bool isValidName(const QString &name);
// The known name closest to a misspelt one (at most two edits away), or an empty string.
QString closestKnown(const QString &name);

} // namespace placeholders
} // namespace warroom
