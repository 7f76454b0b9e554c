#pragma once

#include "core/io/csv.h"

#include <QHash>

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

} // namespace warroom
