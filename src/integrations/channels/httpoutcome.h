#pragma once

#include "integrations/channels/httpexchange.h"
#include "integrations/publishing/publisher.h"

#include <QDateTime>

namespace warroom::http {

// Unqualified in the definitions, so lupdate files their strings under the right context.
using Outcome = Publisher::Outcome;

inline constexpr int kMaxRetryAfterSeconds = 3600;
inline constexpr qsizetype kMaxRemoteTextChars = 300;

// The rules every HTTP channel shares, in one place (docs/channels.md, "What an answer means"):
//  2xx                                       Delivered (RetryLater if the answer broke off)
//  408, 420, 429, 5xx                        RetryLater (with Retry-After when given)
//  timeout, refused, reset, DNS, TLS failure RetryLater
//  TLS certificate not trusted               Refused: retrying cannot make a certificate valid
//  3xx (redirects are not followed), 401, 403, 404, 422 and every other 4xx: Refused
// The message carries the remote's own words (remoteText) after the status.
Outcome outcome(const HttpAnswer &answer, const QDateTime &now);

bool isSuccess(const HttpAnswer &answer);

// Retry-After in seconds: a number of seconds or an HTTP date (counted from now), bounded to
// 0..kMaxRetryAfterSeconds; 0 when absent or unreadable.
int retryAfterSeconds(const QByteArray &value, const QDateTime &now);

// What the remote said, fit for a message: a JSON answer's "error", "message" or "errors" field
// (a string or a list of strings), else the start of the body; control characters replaced,
// white space collapsed, at most kMaxRemoteTextChars characters.
QString remoteText(const QByteArray &body);

// Text from outside made safe to show: no control characters, collapsed white space, bounded.
QString cleanText(const QString &text, qsizetype maxChars = kMaxRemoteTextChars);

} // namespace warroom::http
