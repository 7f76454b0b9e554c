#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace warroom::utctime {

// Times are stored as milliseconds since the Unix epoch (portable between SQLite and PostgreSQL)
// and shown as ISO-8601 in UTC with a trailing Z.
qint64 toMSecs(const QDateTime &utc);
QDateTime fromMSecs(qint64 msecs);
QString toIso(const QDateTime &utc);
// "10:42 UTC": a time of day on the board and in messages.
QString hhmm(const QDateTime &t);

// Accepts ISO-8601 with a Z or an explicit offset ("2026-11-29T03:15:00Z", "...+01:00");
// a time without zone is refused, because guessing the zone of a detection time is how
// deadlines end up an hour off.
std::optional<QDateTime> parseIso(const QString &text);

} // namespace warroom::utctime
