#include "core/io/peoplecsv.h"

#include "core/io/csvcolumns.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace warroom::peoplecsv {

QStringList columns()
{
    return {QLatin1String(person::Name), QLatin1String(person::Phone), QLatin1String(person::Slack),
            QLatin1String(person::Email), QLatin1String(person::Roles)};
}

QStringList requiredColumns()
{
    return {QLatin1String(person::Name)};
}

PeopleCsv parse(const QByteArray &bytes)
{
    PeopleCsv result;
    csv::ReadResult read = csv::read(bytes);
    result.problems = read.problems;
    if (read.table.header.isEmpty())
        return result;
    const CsvColumns cols(read.table, columns(), requiredColumns(), &result.problems);
    if (!cols.headerValid())
        return result;

    QHash<QString, int> lineOfName;
    for (const CsvRecord &record : std::as_const(read.table.records)) {
        Person p;
        p.name = cols.value(record, QLatin1String(person::Name));
        p.phone = cols.value(record, QLatin1String(person::Phone));
        p.slack = cols.value(record, QLatin1String(person::Slack));
        p.email = cols.value(record, QLatin1String(person::Email));
        bool valid = true;
        if (Result<QList<Role>> roles =
                person::parseRoles(cols.value(record, QLatin1String(person::Roles)));
            roles) {
            p.roles = roles.value();
        } else {
            result.problems.append({record.line, roles.error().field, roles.error().message});
            valid = false;
        }
        for (const Error &error : person::validate(p)) {
            result.problems.append({record.line, error.field, error.message});
            valid = false;
        }
        const QString key = csv::nameKey(p.name);
        if (!key.isEmpty()) {
            if (const int first = lineOfName.value(key); first > 0) {
                result.problems.append(
                    {record.line, QLatin1String(person::Name),
                     QCoreApplication::translate("warroom::Csv",
                                                 "\"%1\" is listed twice: first on line %2.")
                         .arg(p.name.simplified())
                         .arg(first)});
                valid = false;
            } else {
                lineOfName.insert(key, record.line);
            }
        }
        if (valid)
            result.people.append(CsvPerson{record.line, person::normalized(p)});
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
    return result;
}

} // namespace warroom::peoplecsv
