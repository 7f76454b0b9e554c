#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace warroom {

struct HttpRequest
{
    QByteArray verb; // GET, POST, PATCH
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// What came back, or why nothing did. Kept as plain data so the outcome rules
// (httpoutcome.h) are one pure function the tests can reach.
struct HttpAnswer
{
    int status = 0; // the HTTP status code; 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;          // Qt's description, with the URL taken out (it may hold a secret)
    bool timedOut = false;      // no progress within the transfer timeout
    bool tooLarge = false;      // the answer passed the size limit and was cut off
    QString certificateProblem; // the TLS certificate errors, when the peer was not trusted
    QByteArray retryAfter;      // the Retry-After header
    QByteArray contentType;     // the Content-Type header
    QByteArray body;            // at most the size limit
};

// Sends one request at a time per call and answers through a callback, always from the event
// loop (never from inside send()). TLS verification stays on; redirects are not followed (a
// redirect would carry the Authorization header elsewhere). Destroying the client aborts what it
// has in flight and drops their callbacks.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    HttpClient(QNetworkAccessManager &network, int timeoutMs, qint64 maxAnswerBytes,
               QObject *parent = nullptr);

    void send(const HttpRequest &request, std::function<void(const HttpAnswer &)> done);

    static constexpr qint64 kDefaultMaxAnswerBytes = 1024 * 1024;

private:
    QNetworkAccessManager &m_network;
    int m_timeoutMs;
    qint64 m_maxAnswerBytes;
};

} // namespace warroom
