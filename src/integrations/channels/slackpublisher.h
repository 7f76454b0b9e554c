#pragma once

#include "integrations/channels/channelsettings.h"
#include "integrations/channels/httpexchange.h"
#include "integrations/publishing/publisher.h"

#include <QJsonObject>

namespace warroom {

class Clock;

// A Slack incoming webhook: POST {"text": fallback, "blocks": [...]} to the webhook URL. Slack
// answers 200 "ok"; its errors are plain words (invalid_payload, no_service,
// channel_is_archived), shown as they come. Incoming webhooks take no idempotency key.
class SlackPublisher final : public Publisher
{
public:
    SlackPublisher(SlackSettings settings, QNetworkAccessManager &network, int timeoutMs,
                   const Clock &clock, qint64 maxAnswerBytes = HttpClient::kDefaultMaxAnswerBytes);

    Destination destination() const override { return Destination::Slack; }
    QString describe() const override;
    void deliver(const Message &message, std::function<void(const Outcome &)> done) override;

    // Slack's mrkdwn escaping: &, < and > as &amp; &lt; &gt; (nothing else is escaped).
    static QString escapeMrkdwn(const QString &text);
    // The payload as sent. A sync (Message::syncEventId) is one line,
    // "*Sync INC-42, 14:15 UTC* — text", as the text and as its section block(s).
    static QJsonObject payload(const Message &message);

    // A section block's text holds at most this many characters; longer bodies take several.
    static constexpr qsizetype kMaxSectionChars = 3000;

private:
    static QJsonObject syncPayload(const Message &message);

    SlackSettings m_settings;
    const Clock &m_clock;
    HttpClient m_http;
};

} // namespace warroom
