#include "core/io/csvcolumns.h"

#include <QCoreApplication>

#include <algorithm>

namespace warroom {

namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Csv)
};

} // namespace

CsvColumns::CsvColumns(const CsvTable &table, const QStringList &known, const QStringList &required,
                       QList<CsvProblem> *problems)
{
    const qsizetype before = problems->size();
    QStringList unknown;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).toLower();
        if (name.isEmpty()) {
            problems->append({table.headerLine,
                              {},
                              Text::tr("Column %1 has no name in the header; the columns are %2.")
                                  .arg(i + 1)
                                  .arg(known.join(QStringLiteral(", ")))});
        } else if (!known.contains(name)) {
            unknown.append(table.header.at(i));
        } else if (m_index.contains(name)) {
            problems->append({table.headerLine, table.header.at(i),
                              Text::tr("The column appears twice in the header.")});
        } else {
            m_index.insert(name, i);
        }
    }
    if (!unknown.isEmpty())
        problems->append({table.headerLine, unknown.join(QStringLiteral(", ")),
                          Text::tr("Unknown column(s); the columns are %1.")
                              .arg(known.join(QStringLiteral(", ")))});
    for (const QString &name : required) {
        if (!m_index.contains(name))
            problems->append({table.headerLine, name,
                              Text::tr("The required column is missing from the header.")});
    }
    m_headerValid = problems->size() == before;
}

QString CsvColumns::value(const CsvRecord &record, const QString &column) const
{
    const int index = m_index.value(column, -1);
    if (index < 0 || index >= record.fields.size())
        return {};
    return record.fields.at(index).trimmed();
}

namespace csv {

void importRecords(const QByteArray &bytes, const QStringList &known, const QStringList &required,
                   QList<CsvProblem> *problems,
                   const std::function<void(const CsvRecord &, const CsvColumns &)> &record)
{
    const ReadResult read = csv::read(bytes);
    problems->append(read.problems);
    if (read.table.header.isEmpty())
        return;
    const CsvColumns columns(read.table, known, required, problems);
    if (!columns.headerValid())
        return;
    for (const CsvRecord &r : read.table.records)
        record(r, columns);
    std::stable_sort(problems->begin(), problems->end(),
                     [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
}

} // namespace csv
} // namespace warroom
