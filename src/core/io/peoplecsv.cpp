#include "core/io/peoplecsv.h"

#include "core/io/csvcolumns.h"

#include <QCoreApplication>
#include <QHash>

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
    QHash<QString, int> lineOfName;
    const auto readPerson = [&](const CsvRecord &record, const CsvColumns &cols) {
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
            if (const int first = csv::firstLineOf(&lineOfName, key, record.line)) {
                result.problems.append(
                    {record.line, QLatin1String(person::Name),
                     QCoreApplication::translate("warroom::Csv",
                                                 "\"%1\" is listed twice: first on line %2.")
                         .arg(p.name.simplified())
                         .arg(first)});
                valid = false;
            }
        }
        if (valid)
            result.people.append(CsvPerson{record.line, person::normalized(p)});
    };
    csv::importRecords(bytes, columns(), requiredColumns(), &result.problems, readPerson);
    return result;
}

} // namespace warroom::peoplecsv
