#pragma once

#include "core/io/csv.h"

#include <QHash>

#include <functional>

namespace warroom {

// The columns of a CSV table, checked against the columns an import knows: names compare
// case-insensitively, in any order; unknown, repeated and missing required columns are problems
// of the header line, so a typo in a column name cannot silently drop a whole column of data.
class CsvColumns final
{
public:
    CsvColumns(const CsvTable &table, const QStringList &known, const QStringList &required,
               QList<CsvProblem> *problems);

    bool has(const QString &column) const { return m_index.contains(column); }
    // False when the header had problems: the records are then not worth checking one by one.
    bool headerValid() const { return m_headerValid; }
    // The field of that column, trimmed; empty when the file has no such column.
    QString value(const CsvRecord &record, const QString &column) const;

private:
    QHash<QString, int> m_index;
    bool m_headerValid = true;
};

namespace csv {

// The frame of every import: reads the bytes, checks the header against the import's columns,
// calls `record` for each record, then orders the problems by line. When the file cannot be
// read or its header is wrong, the records are not worth checking one by one: `record` is not
// called and the problems stay in the order found.
void importRecords(const QByteArray &bytes, const QStringList &known, const QStringList &required,
                   QList<CsvProblem> *problems,
                   const std::function<void(const CsvRecord &, const CsvColumns &)> &record);

// For "listed twice" checks: the line on which `key` was first seen, or 0 the first time (the
// key is then remembered at `line`).
template <typename Key> int firstLineOf(QHash<Key, int> *lines, const Key &key, int line)
{
    const int first = lines->value(key);
    if (first == 0)
        lines->insert(key, line);
    return first;
}

} // namespace csv

} // namespace warroom
