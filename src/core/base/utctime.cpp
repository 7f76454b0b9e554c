#include "core/base/utctime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace warroom::utctime {

qint64 toMSecs(const QDateTime &utc)
{
    return utc.toMSecsSinceEpoch();
}

QDateTime fromMSecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString hhmm(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("HH:mm 'UTC'"));
}

QString toIso(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parseIso(const QString &text)
{
    static const QRegularExpression hasZone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    const QString trimmed = text.trimmed();
    if (!hasZone.match(trimmed).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace warroom::utctime
