#pragma once

#include "integrations/channels/channelsettings.h"
#include "integrations/channels/httpexchange.h"
#include "integrations/publishing/publisher.h"

#include <QJsonObject>

namespace warroom {

class Clock;

// A generic JSON webhook (the product's in-app notice banner, or anything else): POST the
// payload of docs/channels.md with an Idempotency-Key header; any 2xx is a delivery, and an
// answer {"id": ...} gives the remote id.
class WebhookPublisher final : public Publisher
{
public:
    WebhookPublisher(WebhookSettings settings, QNetworkAccessManager &network, int timeoutMs,
                     const Clock &clock,
                     qint64 maxAnswerBytes = HttpClient::kDefaultMaxAnswerBytes);

    Destination destination() const override { return Destination::Webhook; }
    QString describe() const override;
    void deliver(const Message &message, std::function<void(const Outcome &)> done) override;

    static QJsonObject payload(const Message &message);

private:
    WebhookSettings m_settings;
    const Clock &m_clock;
    HttpClient m_http;
};

} // namespace warroom
