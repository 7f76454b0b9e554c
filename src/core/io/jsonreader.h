#pragma once

#include "core/base/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace warroom {

// Reads the values of a JSON data file (a playbook, later lint rules) with refusals a person can
// act on: each names the file, the line and the JSON path ("phases[1].obligations[2].owner") of
// the value at fault, says what was found and what is expected. Error::field is the path.
class JsonReader final
{
public:
    // Parses the text. Refuses an empty file, text that is not JSON (naming line and column) and
    // a top level that is not an object. A UTF-8 byte-order mark is accepted.
    static Result<JsonReader> open(const QByteArray &json, const QString &source);

    const QJsonObject &root() const { return m_root; }
    const QString &source() const { return m_source; }

    // A refusal of the value at path; a path that is not in the file (a missing key) is placed
    // on the line of the object that lacks it.
    Error error(const QString &path, const QString &message) const;

    // The value must be an object with no keys but the allowed ones (a typo is refused, not
    // ignored).
    Result<QJsonObject> object(const QJsonValue &value, const QString &path,
                               const QStringList &allowedKeys) const;
    // A non-empty text, trimmed; an absent optional key gives an empty text.
    Result<QString> text(const QJsonObject &o, const QString &path, const QString &key,
                         bool required = true) const;
    Result<QString> textValue(const QJsonValue &value, const QString &path) const;
    // A text of lower-case letters, digits and single dashes.
    Result<QString> identifier(const QJsonObject &o, const QString &path, const QString &key) const;
    // A whole number >= minimum; an absent key gives the fallback, or is refused without one.
    Result<qint64> wholeNumber(const QJsonObject &o, const QString &path, const QString &key,
                               qint64 minimum, std::optional<qint64> fallback = std::nullopt) const;
    Result<QJsonArray> array(const QJsonObject &o, const QString &path, const QString &key,
                             bool required, bool nonEmpty) const;
    // One of the allowed texts; an absent optional key gives an empty text.
    Result<QString> choice(const QJsonObject &o, const QString &path, const QString &key,
                           const QStringList &allowed, bool required = true) const;
    // true or false; an absent key is false.
    Result<bool> flag(const QJsonObject &o, const QString &path, const QString &key) const;

    // "a number", "a text", ... for messages.
    static QString typeName(const QJsonValue &value);

private:
    JsonReader(QString source, QJsonObject root, QHash<QString, int> lines);

    QString m_source;
    QJsonObject m_root;
    QHash<QString, int> m_lines;
};

} // namespace warroom
