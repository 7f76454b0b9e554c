#include "core/incident/incident.h"

#include "core/base/inputlimits.h"
#include "core/base/utctime.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace warroom::incidentfields {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::IncidentFields)
};

} // namespace

QList<Error> validate(const IncidentFields &f, const QDateTime &nowUtc)
{
    QList<Error> errors;
    const auto field = [](const char *name) { return QString::fromLatin1(name); };

    if (f.title.trimmed().isEmpty())
        errors.append(Error::invalid(field(Title), Text::tr("Title must not be empty.")));
    else if (inputlimits::characters(f.title) > MaxTitleLength)
        errors.append(Error::invalid(
            field(Title), Text::tr("Title is longer than %1 characters.").arg(MaxTitleLength)));
    else if (inputlimits::firstControlCharacter(f.title, false) >= 0)
        errors.append(Error::invalid(
            field(Title), Text::tr("Title must be one line without control characters.")));

    if (inputlimits::characters(f.taskType) > MaxTaskTypeLength)
        errors.append(Error::invalid(
            field(TaskType),
            Text::tr("Affected task type is longer than %1 characters.").arg(MaxTaskTypeLength)));

    if (!std::isfinite(f.affectedUsersPct) || f.affectedUsersPct < 0.0 ||
        f.affectedUsersPct > 100.0)
        errors.append(
            Error::invalid(field(AffectedUsersPct),
                           Text::tr("Share of users affected must be between 0 and 100 percent.")));

    if (f.enterpriseAffected < 0)
        errors.append(Error::invalid(
            field(EnterpriseAffected),
            Text::tr("Number of enterprise customers affected cannot be negative.")));

    if (!f.detectedAt.isValid())
        errors.append(Error::invalid(field(DetectedAt),
                                     Text::tr("Detected-at time is missing or not a valid time.")));
    else if (f.detectedAt.toUTC() < inputlimits::earliestAcceptedTime())
        errors.append(Error::invalid(
            field(DetectedAt), Text::tr("Detected-at time %1 is before %2; check the year.")
                                   .arg(utctime::toIso(f.detectedAt),
                                        utctime::toIso(inputlimits::earliestAcceptedTime()))));
    else if (f.detectedAt.toUTC() > nowUtc.addSecs(AllowedClockSkewSecs))
        errors.append(Error::invalid(
            field(DetectedAt), Text::tr("Detected-at time %1 is in the future (now is %2).")
                                   .arg(utctime::toIso(f.detectedAt), utctime::toIso(nowUtc))));
    return errors;
}

QJsonObject toJson(const IncidentFields &f)
{
    return QJsonObject{
        {QLatin1String(Title), f.title},
        {QLatin1String(Category), category::id(f.category)},
        {QLatin1String(Severity), severity::id(f.severity)},
        {QLatin1String(TaskType), f.taskType},
        {QLatin1String(AffectedUsersPct), f.affectedUsersPct},
        {QLatin1String(EnterpriseAffected), f.enterpriseAffected},
        {QLatin1String(DetectedAt), utctime::toIso(f.detectedAt)},
    };
}

QJsonObject diff(const IncidentFields &before, const IncidentFields &after)
{
    const QJsonObject a = toJson(before);
    const QJsonObject b = toJson(after);
    QJsonObject changes;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonArray{it.value(), b.value(it.key())});
    }
    return changes;
}

} // namespace warroom::incidentfields
