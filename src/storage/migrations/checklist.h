#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace warroom::migrations {

// The SQL list of a CHECK (column IN (...)) over stored identifiers: "'a', 'b', 'c'".
inline QString checkList(const QStringList &ids)
{
    QStringList quoted;
    for (QString id : ids)
        quoted.append(QLatin1Char('\'') + id.replace(QLatin1Char('\''), QStringLiteral("''")) +
                      QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

// The CHECK list of a column holding an enum: checkList(category::all(), category::id). The
// migrations written so far spell their lists out (a step never changes once released); a step
// that adds a value to an enum rebuilds the column's CHECK from the enum with this, so the
// enum's table stays the one source (docs/architecture.md, "A new category, channel or kind").
template <typename E, typename Id> QString checkList(const QList<E> &values, Id id)
{
    QStringList ids;
    for (const E &value : values)
        ids.append(id(value));
    return checkList(ids);
}

} // namespace warroom::migrations
