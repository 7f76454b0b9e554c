#include "cli/valueparsing.h"

#include "cli/clitext.h"
#include "core/base/utctime.h"

#include <QRegularExpression>

#include <cmath>

namespace warroom::cli {
namespace {

// QString's own number parsing accepts surrounding spaces, signs and "nan"/"inf"; the command
// line deserves stricter rules, so the shape is checked first.
bool looksLikeDecimal(const QString &text)
{
    static const QRegularExpression decimal(QStringLiteral("^-?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    return decimal.match(text).hasMatch();
}

bool looksLikeWholeNumber(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral("^-?\\d+$"));
    return whole.match(text).hasMatch();
}

} // namespace

Result<qint64> parseIncidentId(const QString &text)
{
    bool ok = false;
    const qint64 id = looksLikeWholeNumber(text) ? text.toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return Error::invalid(
            QStringLiteral("id"),
            Text::tr("Incident id \"%1\" is not a positive whole number; run 'warroomctl list' to "
                     "see the ids.")
                .arg(text));
    return id;
}

Result<double> parseNumber(const QString &option, const QString &text)
{
    bool ok = false;
    const double value = looksLikeDecimal(text) ? text.toDouble(&ok) : 0.0;
    if (!ok || !std::isfinite(value))
        return Error::invalid(
            option, Text::tr("--%1 \"%2\" is not a number; write a plain decimal number such as "
                             "12.5 (no %-sign, no units).")
                        .arg(option, text));
    return value;
}

Result<int> parseWholeNumber(const QString &option, const QString &text)
{
    bool ok = false;
    const int value = looksLikeWholeNumber(text) ? text.toInt(&ok) : 0;
    if (!ok)
        return Error::invalid(
            option,
            Text::tr("--%1 \"%2\" is not a whole number; write it like 3.").arg(option, text));
    return value;
}

Result<QDateTime> parseTime(const QString &option, const QString &text)
{
    const std::optional<QDateTime> parsed = utctime::parseIso(text);
    if (!parsed)
        return Error::invalid(
            option, Text::tr("--%1 \"%2\" is not an ISO-8601 time with a zone; write it like "
                             "2026-11-29T03:15:00Z or 2026-11-29T04:15:00+01:00.")
                        .arg(option, text));
    return *parsed;
}

Result<Category> parseCategory(const QString &option, const QString &text)
{
    const std::optional<Category> category = category::fromId(text);
    if (!category)
        return Error::invalid(option,
                              Text::tr("--%1 \"%2\" is not a known category; use one of: %3.")
                                  .arg(option, text, category::validIds()));
    return *category;
}

Result<Severity> parseSeverity(const QString &option, const QString &text)
{
    const std::optional<Severity> severity = severity::fromId(text);
    if (!severity)
        return Error::invalid(
            option, Text::tr("--%1 \"%2\" is not a known severity; use SEV1, SEV2 or SEV3 (SEV1 is "
                             "the worst; see 'warroomctl declare --help').")
                        .arg(option, text));
    return *severity;
}

Result<IncidentStatus> parseStatus(const QString &text)
{
    const std::optional<IncidentStatus> status = incidentstatus::fromId(text);
    if (!status)
        return Error::invalid(QStringLiteral("status"),
                              Text::tr("\"%1\" is not a known status; use one of: %2.")
                                  .arg(text, incidentstatus::validIds()));
    return *status;
}

Error withObligationId(Error error, const QString &obligationId)
{
    const QString id = obligationId.trimmed();
    if (!id.isEmpty() && !error.message.contains(id))
        error.message += QStringLiteral(" (%1)").arg(id);
    return error;
}

} // namespace warroom::cli
