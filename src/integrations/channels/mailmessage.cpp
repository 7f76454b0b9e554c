#include "integrations/channels/mailmessage.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace warroom::mail {
namespace {

constexpr qsizetype kBase64LineBytes = 57; // 76 base64 characters a line
// 52 base64 characters, 64 with =?UTF-8?B?…?=: the first word fits after "Subject: " in 78.
constexpr qsizetype kEncodedWordBytes = 39;

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray base64Lines(const QByteArray &bytes)
{
    QByteArray out;
    for (qsizetype at = 0; at < bytes.size(); at += kBase64LineBytes)
        out += bytes.mid(at, kBase64LineBytes).toBase64() + "\r\n";
    return out;
}

QString withCrLf(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text;
}

QByteArray part(const char *type, const QString &text)
{
    return QByteArray("Content-Type: ") + type + "; charset=UTF-8\r\n" +
           "Content-Transfer-Encoding: base64\r\n\r\n" + base64Lines(withCrLf(text).toUtf8());
}

} // namespace

QString messageIdFor(const QString &idempotencyKey, const QString &fromAddress)
{
    const QByteArray hash =
        QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString domain = fromAddress.section(QLatin1Char('@'), -1);
    return QLatin1Char('<') + QString::fromLatin1(hash.left(32)) + QLatin1String(".warroom@") +
           domain + QLatin1Char('>');
}

QByteArray encodeHeaderText(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    QList<QByteArray> words;
    QByteArray chunk;
    // Split between whole characters (never inside a surrogate pair or a UTF-8 sequence).
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            length = 2;
        QString character = text.mid(i, length);
        i += length - 1;
        if (character.at(0).unicode() < 0x20)
            character = QStringLiteral(" "); // no control characters in a header
        const QByteArray utf8 = character.toUtf8();
        if (chunk.size() + utf8.size() > kEncodedWordBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += utf8;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (const QByteArray &word : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime &when)
{
    const QLocale c = QLocale::c();
    return c.toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000";
}

QString plainTextBody(const QString &title, const QString &body)
{
    return title.isEmpty() ? body : title + QLatin1String("\n\n") + body;
}

QString htmlBody(const QString &title, const QString &body)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
    html += QLatin1String("</head><body>\n");
    if (!title.isEmpty())
        html += QLatin1String("<h1>") + title.toHtmlEscaped() + QLatin1String("</h1>\n");
    QString normalised = body;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList paragraphs = normalised.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QString trimmed = paragraph.trimmed();
        if (trimmed.isEmpty())
            continue;
        html += QLatin1String("<p>") +
                trimmed.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>\n")) +
                QLatin1String("</p>\n");
    }
    html += QLatin1String("</body></html>\n");
    return html;
}

QByteArray composeMail(const MailContent &content)
{
    const QByteArray boundary = "=_warroom_" + QCryptographicHash::hash(content.messageId.toUtf8(),
                                                                        QCryptographicHash::Sha256)
                                                   .toHex()
                                                   .left(24);
    QByteArray from = content.fromAddress.toLatin1();
    if (!content.fromDisplayName.isEmpty()) {
        QString name = content.fromDisplayName;
        name.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        const QByteArray encoded =
            isPlainAscii(name) ? '"' + name.toLatin1() + '"' : encodeHeaderText(name);
        from = encoded + " <" + from + '>';
    }
    QByteArray mail;
    mail += "Date: " + rfc5322Date(content.date) + "\r\n";
    mail += "Message-ID: " + content.messageId.toLatin1() + "\r\n";
    mail += "From: " + from + "\r\n";
    mail += "To: " + content.to.toLatin1() + "\r\n";
    mail += "Subject: " + encodeHeaderText(content.subject) + "\r\n";
    mail += "MIME-Version: 1.0\r\n";
    mail += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    mail += "\r\n";
    mail +=
        "--" + boundary + "\r\n" + part("text/plain", plainTextBody(content.title, content.body));
    mail += "--" + boundary + "\r\n" + part("text/html", htmlBody(content.title, content.body));
    mail += "--" + boundary + "--\r\n";
    return mail;
}

} // namespace warroom::mail
