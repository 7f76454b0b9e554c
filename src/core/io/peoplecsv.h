#pragma once

#include "core/io/csv.h"
#include "core/roles/person.h"

namespace warroom {

struct CsvPerson
{
    int line = 0;
    Person person; // normalized
};

struct PeopleCsv
{
    QList<CsvPerson> people;
    QList<CsvProblem> problems; // import nothing unless empty
};

namespace peoplecsv {

// name (required), phone, slack, email, roles (role ids separated by ";"). docs/csv-formats.md.
QStringList columns();
QStringList requiredColumns();

// Reads and checks the whole file: encoding, syntax, columns, every value, duplicate names
// (compared case-insensitively, whitespace collapsed).
PeopleCsv parse(const QByteArray &bytes);

} // namespace peoplecsv
} // namespace warroom
