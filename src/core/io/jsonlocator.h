#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace warroom::jsonlocator {

// QJsonDocument forgets where values stood in the text; error messages about a data file should
// still name the line. Maps every value's path ("phases[0].obligations[2].owner"; "" for the
// root) to the 1-based line it starts on. Expects text QJsonDocument accepted; on anything else
// it stops early and returns what it found so far.
QHash<QString, int> valueLines(const QByteArray &json);

// Appends a key or an index to a path in the notation above.
QString child(const QString &path, const QString &key);
QString element(const QString &path, qsizetype index);

// 1-based line and column of a byte offset, for JSON syntax errors.
struct Position
{
    int line = 1;
    int column = 1;
};
Position positionOf(const QByteArray &text, qsizetype offset);

} // namespace warroom::jsonlocator
