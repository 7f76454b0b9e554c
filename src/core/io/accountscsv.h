#pragma once

#include "core/calls/keyaccount.h"
#include "core/io/csv.h"

namespace warroom {

struct CsvAccount
{
    int line = 0;
    KeyAccount account; // normalized; csm holds the name as written, csmId is not resolved yet
};

struct AccountsCsv
{
    QList<CsvAccount> accounts;
    QList<CsvProblem> problems; // import nothing unless empty
};

namespace accountscsv {

// name, tier, arr, rank, csm, and contactN_name/_phone/_slack/_email for N = 1..3.
// Required: name, tier, csm, contact1_name. docs/csv-formats.md.
QStringList columns();
QStringList requiredColumns();

// Reads and checks the whole file: encoding, syntax, columns, every value, duplicate customers
// (names compared case-insensitively, whitespace collapsed) and duplicate ranks. Whether each
// CSM is in the people directory is for the importer to check, which knows the directory.
AccountsCsv parse(const QByteArray &bytes);

} // namespace accountscsv
} // namespace warroom
