#include "integrations/channels/httpoutcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace warroom::http {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::HttpOutcome)
};

using Kind = Outcome::Kind;

Outcome make(Kind kind, const QString &message, int retryAfter = 0)
{
    Outcome outcome;
    outcome.kind = kind;
    outcome.message = message;
    outcome.retryAfterSeconds = retryAfter;
    return outcome;
}

QString fieldText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            const QString text = fieldText(item);
            if (!text.isEmpty())
                parts.append(text);
        }
        return parts.join(QLatin1String("; "));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"message", "error", "detail"}) {
            const QString text = fieldText(object.value(QLatin1String(key)));
            if (!text.isEmpty())
                return text;
        }
    }
    return QString();
}

bool retryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return false;
    default:
        // Refused, reset, DNS failure, TLS handshake cut short, a garbled answer, a proxy that
        // is down: the network may well be better on the next attempt.
        return true;
    }
}

QString withRemote(const QString &head, const QByteArray &body)
{
    const QString remote = remoteText(body);
    return remote.isEmpty() ? head : Text::tr("%1: %2").arg(head, remote);
}

} // namespace

QString cleanText(const QString &text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars + 1));
    bool space = false;
    for (const QChar c : text) {
        const bool blank = c.isSpace() || c.category() == QChar::Other_Control ||
                           c.category() == QChar::Other_Format;
        if (blank) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
        if (out.size() > maxChars)
            break;
    }
    if (out.size() > maxChars) {
        out.truncate(maxChars);
        if (out.at(out.size() - 1).isHighSurrogate())
            out.chop(1);
        out += QChar(0x2026);
    }
    return out;
}

QString remoteText(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        for (const char *key : {"error", "message", "errors", "error_description", "detail"}) {
            const QString text = fieldText(object.value(QLatin1String(key)));
            if (!text.isEmpty())
                return cleanText(text);
        }
    }
    // Not JSON, or JSON without an error field: the start of what was said (Slack answers
    // plain words such as "invalid_payload").
    return cleanText(QString::fromUtf8(body.left(4 * kMaxRemoteTextChars)));
}

int retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return 0;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return int(std::clamp<qlonglong>(seconds, 0, kMaxRetryAfterSeconds));
    // An HTTP date (RFC 9110 IMF-fixdate) ends in "GMT", which Qt's RFC 2822 reader does not take.
    QString date = text;
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid() || !now.isValid())
        return 0;
    return int(std::clamp<qint64>(now.secsTo(when), 0, kMaxRetryAfterSeconds));
}

bool isSuccess(const HttpAnswer &answer)
{
    // A 2xx whose transfer broke off is not a success: the status came, the answer did not. One
    // cut off for its size is (the remote has said yes; what follows is only a body).
    return answer.status >= 200 && answer.status < 300 &&
           (answer.error == QNetworkReply::NoError || answer.tooLarge);
}

Outcome outcome(const HttpAnswer &answer, const QDateTime &now)
{
    const int status = answer.status;
    if (status == 0) {
        if (!answer.certificateProblem.isEmpty())
            return make(Kind::Refused,
                        Text::tr("The server's TLS certificate is not trusted (%1). Retrying "
                                 "cannot fix this: install a valid certificate on the server or "
                                 "add its CA to this machine's trust store.")
                            .arg(cleanText(answer.certificateProblem)));
        if (answer.timedOut)
            return make(Kind::RetryLater,
                        Text::tr("No answer from the server in time; will try again."));
        if (!retryableNetworkError(answer.error))
            return make(
                Kind::Refused,
                Text::tr("The request cannot be sent: %1.").arg(cleanText(answer.errorText)));
        return make(Kind::RetryLater, Text::tr("Could not reach the server (%1); will try again.")
                                          .arg(cleanText(answer.errorText)));
    }
    const QString head = Text::tr("HTTP %1").arg(status);
    if (isSuccess(answer))
        return make(Kind::Delivered, head);
    if (status >= 200 && status < 300)
        return make(Kind::RetryLater,
                    Text::tr("%1, but the connection broke before the whole answer arrived (%2); "
                             "will try again.")
                        .arg(head, cleanText(answer.errorText)));
    if (status == 408 || status == 420 || status == 429 || status >= 500)
        return make(Kind::RetryLater, withRemote(head, answer.body),
                    retryAfterSeconds(answer.retryAfter, now));
    if (status >= 300 && status < 400)
        return make(Kind::Refused,
                    Text::tr("%1: the server redirects elsewhere, and War Room does not follow "
                             "redirects; configure the final URL.")
                        .arg(head));
    return make(Kind::Refused, withRemote(head, answer.body));
}

} // namespace warroom::http
