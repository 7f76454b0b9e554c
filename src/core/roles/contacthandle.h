#pragma once

#include <QString>

namespace warroom::contacthandle {

// Each check returns an empty string when the handle is acceptable (an empty handle is), or why
// not, in words a user can act on.
QString phoneProblem(const QString &phone);
QString slackProblem(const QString &slack);
QString emailProblem(const QString &email);

// Slack handles are stored with one leading "@", whether or not it was typed.
QString normalizedSlack(const QString &slack);

inline constexpr int MinPhoneDigits = 7;
inline constexpr int MaxPhoneDigits = 15; // E.164
inline constexpr int MaxHandleLength = 120;

} // namespace warroom::contacthandle
