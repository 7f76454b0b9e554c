#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// Where the outreach to one key account stands. The latest call_attempt event sets it.
enum class CallStatus {
    NotStarted,
    Calling,
    Reached,
    LeftMessage,
    Unreachable,
    Declined, // the contact declined to talk
};

namespace callstatus {

QList<CallStatus> all();
QString
id(CallStatus s); // "not-started", "calling", "reached", "left-message", "unreachable", "declined"
std::optional<CallStatus> fromId(const QString &id);
QString displayName(CallStatus s);
QString validIds();
// The keys a CSM presses on the call list to set the status: a digit '0'..'5', or a letter
// (n, c, r, m for left message, u, d), either case.
QChar shortcutKey(CallStatus s);
QChar shortcutLetter(CallStatus s);
std::optional<CallStatus> fromShortcutKey(QChar key);
// Whether the status records contact with the customer having been attempted (everything but
// not-started; "calling" is an attempt under way).
bool isAttempt(CallStatus s);

} // namespace callstatus
} // namespace warroom
