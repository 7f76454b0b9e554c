#include "integrations/channels/httpexchange.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>
#include <QStringList>

#include <memory>

namespace warroom {
namespace {

// The state of one request while it runs.
struct Exchange
{
    QUrl url;
    HttpAnswer answer;
    bool abortedForSize = false;
};

QString withoutUrl(QString text, const QUrl &url)
{
    // Qt's error texts sometimes quote the URL; a webhook URL is a secret.
    const QStringList forms{url.toString(), url.toDisplayString(),
                            QString::fromUtf8(url.toEncoded())};
    for (const QString &form : forms)
        text.replace(form, url.host());
    if (url.path().size() > 1)
        text.replace(url.path(), QString());
    return text;
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager &network, int timeoutMs, qint64 maxAnswerBytes,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timeoutMs(timeoutMs)
    , m_maxAnswerBytes(maxAnswerBytes)
{
}

void HttpClient::send(const HttpRequest &request, std::function<void(const HttpAnswer &)> done)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);

    QNetworkReply *reply =
        request.body.isNull() && request.verb == "GET"
            ? m_network.get(networkRequest)
            : m_network.sendCustomRequest(networkRequest, request.verb, request.body);
    reply->setParent(this);
    auto exchange = std::make_shared<Exchange>();
    exchange->url = request.url;
    const qint64 limit = m_maxAnswerBytes;

    auto cutOff = [reply, exchange] {
        exchange->answer.tooLarge = true;
        exchange->abortedForSize = true;
        // Not from inside the reply's own signal: Qt reports the error twice then.
        QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, limit, cutOff] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit)
            cutOff();
    });
    connect(reply, &QIODevice::readyRead, this, [reply, exchange, limit, cutOff] {
        if (exchange->abortedForSize)
            return;
        exchange->answer.body += reply->read(limit + 1 - exchange->answer.body.size());
        if (exchange->answer.body.size() > limit) {
            exchange->answer.body.truncate(limit);
            cutOff();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [exchange](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        exchange->answer.certificateProblem = texts.join(QLatin1String("; "));
    });
    connect(reply, &QNetworkReply::finished, this, [reply, exchange, limit, done] {
        HttpAnswer &answer = exchange->answer;
        if (!exchange->abortedForSize && reply->isOpen() && answer.body.size() <= limit) {
            answer.body += reply->read(limit + 1 - answer.body.size());
            if (answer.body.size() > limit) {
                answer.body.truncate(limit);
                answer.tooLarge = true;
            }
        }
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        answer.status = status.isValid() ? status.toInt() : 0;
        answer.error = reply->error();
        answer.errorText = withoutUrl(reply->errorString(), exchange->url);
        answer.timedOut =
            reply->error() == QNetworkReply::TimeoutError ||
            (reply->error() == QNetworkReply::OperationCanceledError && !exchange->abortedForSize);
        answer.retryAfter = reply->rawHeader("Retry-After");
        answer.contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        done(answer);
    });
}

} // namespace warroom
