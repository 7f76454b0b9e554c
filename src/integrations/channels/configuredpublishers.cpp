#include "integrations/channels/configuredpublishers.h"

#include "integrations/publishing/nopublishers.h"

#include "integrations/channels/emailpublisher.h"
#include "integrations/channels/slackpublisher.h"
#include "integrations/channels/statuspagepublisher.h"
#include "integrations/channels/webhookpublisher.h"

namespace warroom {

ConfiguredPublishers::ConfiguredPublishers(const ChannelSettings &settings, const Clock &clock)
{
    const int timeoutMs = settings.timeoutSeconds * 1000;
    if (settings.statusPage)
        m_statusPage = std::make_unique<StatusPagePublisher>(*settings.statusPage, m_network,
                                                             timeoutMs, clock);
    if (settings.slack)
        m_slack = std::make_unique<SlackPublisher>(*settings.slack, m_network, timeoutMs, clock);
    if (settings.webhook)
        m_webhook =
            std::make_unique<WebhookPublisher>(*settings.webhook, m_network, timeoutMs, clock);
    if (settings.email)
        m_email = std::make_unique<EmailPublisher>(*settings.email, settings.timeoutSeconds, clock);
}

ConfiguredPublishers::~ConfiguredPublishers() = default;

Publisher *ConfiguredPublishers::publisher(Destination destination)
{
    switch (destination) {
    case Destination::StatusPage:
        return m_statusPage.get();
    case Destination::Slack:
        return m_slack.get();
    case Destination::Webhook:
        return m_webhook.get();
    case Destination::Email:
        return m_email.get();
    }
    return nullptr;
}

Result<PublishersFactory> publishersFromEnvironment(const QProcessEnvironment &env,
                                                    const Clock &clock)
{
    auto settings = loadChannelSettings(env);
    if (!settings)
        return settings.error();
    return PublishersFactory([settings = *settings, &clock]() -> std::unique_ptr<Publishers> {
        return std::make_unique<ConfiguredPublishers>(settings, clock);
    });
}

QSet<Destination> configuredDestinations(const ChannelSettings &settings)
{
    QSet<Destination> configured;
    if (settings.statusPage)
        configured.insert(Destination::StatusPage);
    if (settings.slack)
        configured.insert(Destination::Slack);
    if (settings.webhook)
        configured.insert(Destination::Webhook);
    if (settings.email)
        configured.insert(Destination::Email);
    return configured;
}

ChannelSetup channelSetupFromEnvironment(const QProcessEnvironment &env, const Clock &clock)
{
    return channelSetupFromSettings(loadChannelSettings(env), clock);
}

ChannelSetup channelSetupFromSettings(const Result<ChannelSettings> &settings, const Clock &clock)
{
    if (!settings)
        return ChannelSetup{noPublishers(), {}, settings.error().message};
    return ChannelSetup{
        PublishersFactory([s = settings.value(), &clock]() -> std::unique_ptr<Publishers> {
            return std::make_unique<ConfiguredPublishers>(s, clock);
        }),
        configuredDestinations(settings.value()), QString()};
}

} // namespace warroom
