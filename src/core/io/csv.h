#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace warroom {

// One thing wrong with a CSV file, located by the physical line (1-based, the header is line 1)
// on which the offending record starts, and by column name when one column is at fault.
struct CsvProblem
{
    int line = 0; // 0: the file as a whole
    QString column;
    QString message;

    bool operator==(const CsvProblem &) const = default;
};

struct CsvRecord
{
    int line = 0; // where the record starts; a quoted field may span several lines
    QStringList fields;
};

struct CsvTable
{
    QStringList header; // as written, trimmed
    int headerLine = 0;
    QList<CsvRecord> records; // blank lines skipped; only records with as many fields as the header
};

// What an import did: records added, existing ones updated, and (for a list that a file
// replaces, like the key accounts) earlier records the file no longer lists.
struct CsvImportSummary
{
    int added = 0;
    int updated = 0;
    int unlisted = 0;
};

namespace csv {

// Larger files are refused before parsing: a directory of people or accounts is far smaller.
inline constexpr qsizetype MaxFileBytes = 10 * 1024 * 1024;

struct ReadResult
{
    CsvTable table;
    QList<CsvProblem> problems;
};

// Reads an RFC 4180 file: comma-separated, fields optionally in double quotes, a quote inside a
// quoted field doubled, line breaks inside quoted fields kept (as \n), records ended by CRLF or
// LF. The bytes must be UTF-8, with or without a byte order mark; UTF-16/32 byte order marks,
// invalid UTF-8 and NUL bytes are refused. Syntax and encoding problems stop the reading (what
// follows cannot be trusted); a record with the wrong number of fields is reported and skipped.
ReadResult read(const QByteArray &bytes);

// The bytes of a CSV file to import, refusing a missing, unreadable or oversized file (larger
// than MaxFileBytes, checked before reading). The one way the GUI and warroomctl read a CSV file.
Result<QByteArray> readFile(const QString &path);

// "line 4, column phone: ..." for one problem; the whole list one per line, at most `limit`
// of them followed by how many more there are.
QString describe(const CsvProblem &problem);
QString describeAll(const QList<CsvProblem> &problems, int limit = 25);

// The key under which names are compared for duplicates: whitespace collapsed, case folded.
QString nameKey(const QString &name);

} // namespace csv
} // namespace warroom
