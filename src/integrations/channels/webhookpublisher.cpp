#include "integrations/channels/webhookpublisher.h"

#include "core/base/clock.h"
#include "core/comms/destination.h"
#include "integrations/channels/deferredoutcome.h"
#include "integrations/channels/endpointrules.h"
#include "integrations/channels/httpoutcome.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::WebhookPublisher)
};

// The remote's id from a JSON answer {"id": "..."} or {"id": 42}; empty otherwise (an answer
// that is not JSON is fine: the 2xx is what counts).
QString answerId(const HttpAnswer &answer)
{
    if (answer.tooLarge)
        return QString();
    const QJsonValue id = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("id"));
    if (id.isString())
        return http::cleanText(id.toString(), 200);
    if (id.isDouble())
        return QString::number(id.toInteger());
    return QString();
}

} // namespace

WebhookPublisher::WebhookPublisher(WebhookSettings settings, QNetworkAccessManager &network,
                                   int timeoutMs, const Clock &clock, qint64 maxAnswerBytes)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_http(network, timeoutMs, maxAnswerBytes)
{
}

QString WebhookPublisher::describe() const
{
    return Text::tr("webhook at %1").arg(endpoint::shownHost(m_settings.url));
}

QJsonObject WebhookPublisher::payload(const Message &message)
{
    return QJsonObject{
        {QLatin1String("idempotency_key"), message.idempotencyKey},
        {QLatin1String("incident_reference"), message.incidentReference},
        {QLatin1String("incident_id"), message.incidentId},
        {QLatin1String("publication_id"), message.publicationId},
        {QLatin1String("destination"), destination::id(message.destination)},
        {QLatin1String("title"), message.title},
        {QLatin1String("body"), message.body},
        {QLatin1String("status"), message.statusPageStatus},
        {QLatin1String("impact"), message.impact},
    };
}

void WebhookPublisher::deliver(const Message &message, std::function<void(const Outcome &)> done)
{
    if (message.idempotencyKey.isEmpty() ||
        message.idempotencyKey.contains(QRegularExpression(QStringLiteral("[^\\x21-\\x7e]")))) {
        finishLater(&m_http, std::move(done),
                    refusedOutcome(Text::tr("The message's idempotency key is empty or not "
                                            "printable ASCII; it cannot be an HTTP header.")));
        return;
    }
    HttpRequest request;
    request.verb = "POST";
    request.url = m_settings.url;
    request.headers = {{"Content-Type", "application/json"},
                       {"Idempotency-Key", message.idempotencyKey.toLatin1()}};
    request.body = QJsonDocument(payload(message)).toJson(QJsonDocument::Compact);
    m_http.send(request, [this, done](const HttpAnswer &answer) {
        Outcome outcome = http::outcome(answer, m_clock.nowUtc());
        if (outcome.kind == Outcome::Kind::Delivered) {
            outcome.remoteId = answerId(answer);
            outcome.message = Text::tr("Delivered to the webhook (%1).").arg(outcome.message);
        }
        done(outcome);
    });
}

} // namespace warroom
