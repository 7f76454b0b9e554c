#include "core/io/accountscsv.h"

#include "core/io/csvcolumns.h"

#include <QCoreApplication>
#include <QHash>

namespace warroom::accountscsv {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Csv)
};

QString contactColumn(int n, const char *suffix)
{
    return QStringLiteral("contact%1_%2").arg(n).arg(QLatin1String(suffix));
}

// Digits only: separators are ambiguous across locales and a comma would split the field.
std::optional<qint64> parseWhole(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9') {
            *ok = false;
            return std::nullopt;
        }
    }
    bool converted = false;
    const qint64 value = text.toLongLong(&converted);
    *ok = converted;
    return converted ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

QStringList columns()
{
    QStringList cols{QLatin1String(keyaccount::Name), QLatin1String(keyaccount::Tier),
                     QLatin1String(keyaccount::Arr), QLatin1String(keyaccount::Rank),
                     QLatin1String(keyaccount::Csm)};
    for (int n = 1; n <= keyaccount::MaxContacts; ++n) {
        for (const char *suffix : {"name", "phone", "slack", "email"})
            cols.append(contactColumn(n, suffix));
    }
    return cols;
}

QStringList requiredColumns()
{
    return {QLatin1String(keyaccount::Name), QLatin1String(keyaccount::Tier),
            QLatin1String(keyaccount::Csm), contactColumn(1, "name")};
}

AccountsCsv parse(const QByteArray &bytes)
{
    AccountsCsv result;
    QHash<QString, int> lineOfName;
    QHash<int, int> lineOfRank;
    const auto readAccount = [&](const CsvRecord &record, const CsvColumns &cols) {
        const auto value = [&](const QString &column) { return cols.value(record, column); };
        const auto problem = [&](const QString &column, const QString &message) {
            result.problems.append({record.line, column, message});
        };
        const int before = int(result.problems.size());

        KeyAccount a;
        a.name = value(QLatin1String(keyaccount::Name));
        a.csm = value(QLatin1String(keyaccount::Csm));
        const QString tierText = value(QLatin1String(keyaccount::Tier));
        if (const auto tier = accounttier::fromId(tierText.toLower()))
            a.tier = *tier;
        else if (tierText.isEmpty())
            problem(QLatin1String(keyaccount::Tier),
                    Text::tr("The tier is required; one of %1.").arg(accounttier::validIds()));
        else
            problem(
                QLatin1String(keyaccount::Tier),
                Text::tr("Unknown tier \"%1\"; one of %2.").arg(tierText, accounttier::validIds()));

        bool ok = true;
        a.arr = parseWhole(value(QLatin1String(keyaccount::Arr)), &ok);
        if (!ok)
            problem(
                QLatin1String(keyaccount::Arr),
                Text::tr("\"%1\" is not an ARR: write whole currency units with digits only, e.g. "
                         "1200000.")
                    .arg(value(QLatin1String(keyaccount::Arr))));
        const std::optional<qint64> rank = parseWhole(value(QLatin1String(keyaccount::Rank)), &ok);
        const bool rankBad = !ok || (rank && (*rank < 1 || *rank > keyaccount::MaxRank));
        if (rankBad)
            problem(QLatin1String(keyaccount::Rank),
                    Text::tr("\"%1\" is not a rank: write a whole number from 1 to %2.")
                        .arg(value(QLatin1String(keyaccount::Rank)))
                        .arg(keyaccount::MaxRank));
        else if (rank)
            a.rank = int(*rank);

        for (int n = 1; n <= keyaccount::MaxContacts; ++n) {
            AccountContact c{value(contactColumn(n, "name")), value(contactColumn(n, "phone")),
                             value(contactColumn(n, "slack")), value(contactColumn(n, "email"))};
            if (!c.name.isEmpty() || !c.phone.isEmpty() || !c.slack.isEmpty() ||
                !c.email.isEmpty() || n == 1)
                a.contacts.append(c);
        }
        for (const Error &error : keyaccount::validate(a)) {
            // A rank problem was already reported in words about the text as written.
            if (error.field == QLatin1String(keyaccount::Rank) && rankBad)
                continue;
            problem(error.field, error.message);
        }

        const QString key = csv::nameKey(a.name);
        if (!key.isEmpty()) {
            if (const int first = csv::firstLineOf(&lineOfName, key, record.line))
                problem(QLatin1String(keyaccount::Name),
                        Text::tr("Customer \"%1\" is listed twice: first on line %2.")
                            .arg(a.name.simplified())
                            .arg(first));
        }
        if (a.rank) {
            if (const int first = csv::firstLineOf(&lineOfRank, *a.rank, record.line))
                problem(
                    QLatin1String(keyaccount::Rank),
                    Text::tr("Rank %1 is given twice: first on line %2.").arg(*a.rank).arg(first));
        }
        if (result.problems.size() == before)
            result.accounts.append(CsvAccount{record.line, keyaccount::normalized(a)});
    };
    csv::importRecords(bytes, columns(), requiredColumns(), &result.problems, readAccount);
    return result;
}

} // namespace warroom::accountscsv
