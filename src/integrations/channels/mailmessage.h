#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace warroom::mail {

// One email as War Room sends it: multipart/alternative with a text/plain and a text/html part,
// both UTF-8 and base64, CRLF line ends, headers per RFC 5322 (non-ASCII words per RFC 2047).
struct MailContent
{
    QString fromDisplayName; // may be empty
    QString fromAddress;
    QString to;
    QString subject;
    QString title;     // may be empty; the HTML part shows it as a heading
    QString body;      // plain text; paragraphs are separated by blank lines
    QString messageId; // "<...@...>", see messageIdFor()
    QDateTime date;
};

// "<hex@domain>": the same idempotency key always gives the same Message-ID, so a message sent
// twice after an unclear failure is recognisable as one by the receiving systems.
QString messageIdFor(const QString &idempotencyKey, const QString &fromAddress);

// The header value: ASCII text as is, anything else as RFC 2047 "=?UTF-8?B?...?=" words (each at
// most 75 characters, split between whole characters), folded onto continuation lines.
QByteArray encodeHeaderText(const QString &text);

// "Mon, 30 Nov 2026 03:52:05 +0000".
QByteArray rfc5322Date(const QDateTime &when);

// The text/plain part: the title, a blank line and the body (the body alone without a title).
QString plainTextBody(const QString &title, const QString &body);

// The body as HTML: escaped, one <p> per paragraph, <br> for single line breaks.
QString htmlBody(const QString &title, const QString &body);

// The whole message, ready for SMTP DATA.
QByteArray composeMail(const MailContent &content);

} // namespace warroom::mail
