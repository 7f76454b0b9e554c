#pragma once

#include "core/base/result.h"

#include <QString>

#include <optional>
#include <type_traits>

namespace warroom {

// Reads the enum columns of one stored row. A value this build does not know (a category, a
// state, a channel added by a newer War Room) is an error naming the table, the row, the column
// and the value, never a default: a database written by a newer version is refused, not misread
// (docs/reliability.md). Decode every column, then ask error() once:
//
//   StoredRow row(QStringLiteral("incidents"), id);
//   row.decode(QStringLiteral("category"), q.value(2), category::fromId, &incident.category);
//   if (const auto error = row.error()) return *error;
class StoredRow final
{
public:
    // The row by its id column; keyColumn names another key ("person_id" of person_roles).
    StoredRow(QString table, qint64 key, QString keyColumn = QStringLiteral("id"));

    // Sets *out to fromId(the stored text: a QVariant of a query, a QJsonValue of a payload); on
    // an unknown value leaves *out alone and records the error (the first one counts).
    template <typename Stored, typename FromId, typename T>
    void decode(const QString &column, const Stored &stored, FromId fromId, T *out)
    {
        QString text;
        if constexpr (std::is_same_v<Stored, QString>)
            text = stored;
        else
            text = stored.toString();
        if (const auto value = fromId(text))
            *out = *value;
        else
            unknown(column, text);
    }

    std::optional<Error> error() const { return m_error; }

private:
    void unknown(const QString &column, const QString &value);

    QString m_table;
    QString m_row;
    std::optional<Error> m_error;
};

} // namespace warroom
