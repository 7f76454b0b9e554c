#include "cli/fieldoptions.h"

#include "cli/clitext.h"
#include "cli/valueparsing.h"

namespace warroom::cli {
namespace {

namespace field = incidentfields;

QString option(const char *field)
{
    return optionNameForField(QString::fromLatin1(field));
}

} // namespace

QString optionNameForField(const QString &field)
{
    QString name = field;
    return name.replace(QLatin1Char('_'), QLatin1Char('-'));
}

QList<QCommandLineOption> incidentFieldOptions()
{
    return {
        {option(field::Title), Text::tr("Short title of what is happening."),
         QStringLiteral("TEXT")},
        {option(field::Category),
         Text::tr("Category from the playbook: %1.").arg(category::validIds()),
         QStringLiteral("ID")},
        {option(field::Severity), Text::tr("SEV1 (worst), SEV2 or SEV3."), QStringLiteral("SEV")},
        {option(field::TaskType), Text::tr("The affected task type, e.g. \"email drafting\"."),
         QStringLiteral("TEXT")},
        {option(field::AffectedUsersPct),
         Text::tr("Share of users affected, 0 to 100 (a plain number)."), QStringLiteral("P")},
        {option(field::EnterpriseAffected), Text::tr("Number of enterprise customers affected."),
         QStringLiteral("N")},
        {option(field::DetectedAt), Text::tr("When it was detected, ISO-8601 with Z or an offset."),
         QStringLiteral("TIME")},
    };
}

bool anyFieldOptionSet(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &o : incidentFieldOptions()) {
        if (parser.isSet(o.names().constFirst()))
            return true;
    }
    return false;
}

Result<void> applyFieldOptions(const QCommandLineParser &parser, IncidentFields &fields)
{
    const auto given = [&](const char *field) { return parser.isSet(option(field)); };
    const auto value = [&](const char *field) { return parser.value(option(field)); };

    if (given(field::Title))
        fields.title = value(field::Title);
    if (given(field::Category)) {
        const Result<warroom::Category> parsed =
            parseCategory(option(field::Category), value(field::Category));
        if (!parsed)
            return parsed.error();
        fields.category = *parsed;
    }
    if (given(field::Severity)) {
        const Result<warroom::Severity> parsed =
            parseSeverity(option(field::Severity), value(field::Severity));
        if (!parsed)
            return parsed.error();
        fields.severity = *parsed;
    }
    if (given(field::TaskType))
        fields.taskType = value(field::TaskType);
    if (given(field::AffectedUsersPct)) {
        const Result<double> parsed =
            parseNumber(option(field::AffectedUsersPct), value(field::AffectedUsersPct));
        if (!parsed)
            return parsed.error();
        fields.affectedUsersPct = *parsed;
    }
    if (given(field::EnterpriseAffected)) {
        const Result<int> parsed =
            parseWholeNumber(option(field::EnterpriseAffected), value(field::EnterpriseAffected));
        if (!parsed)
            return parsed.error();
        fields.enterpriseAffected = *parsed;
    }
    if (given(field::DetectedAt)) {
        const Result<QDateTime> parsed =
            parseTime(option(field::DetectedAt), value(field::DetectedAt));
        if (!parsed)
            return parsed.error();
        fields.detectedAt = *parsed;
    }
    return {};
}

Error withOptionValue(const Error &error, const QCommandLineParser &parser)
{
    if (error.code != Error::Code::InvalidInput || error.field.isEmpty())
        return error;
    const QString name = optionNameForField(error.field);
    // Only field options: asking the parser about an option it does not know prints a warning.
    bool isFieldOption = false;
    for (const QCommandLineOption &o : incidentFieldOptions())
        isFieldOption = isFieldOption || o.names().contains(name);
    if (!isFieldOption || !parser.isSet(name))
        return error;
    Error named = error;
    named.message = QStringLiteral("--%1 \"%2\": %3").arg(name, parser.value(name), error.message);
    return named;
}

} // namespace warroom::cli
