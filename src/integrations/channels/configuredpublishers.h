#pragma once

#include "core/base/result.h"
#include "integrations/channels/channelsettings.h"
#include "integrations/publishing/publisher.h"

#include <QNetworkAccessManager>
#include <QSet>

#include <memory>

namespace warroom {

class Clock;
class EmailPublisher;
class SlackPublisher;
class StatusPagePublisher;
class WebhookPublisher;

// The publishers the settings configure, sharing one network access manager; nullptr for a
// destination that is not configured. Made, used and destroyed on one thread.
class ConfiguredPublishers final : public Publishers
{
public:
    ConfiguredPublishers(const ChannelSettings &settings, const Clock &clock);
    ~ConfiguredPublishers() override;

    Publisher *publisher(Destination destination) override;

private:
    QNetworkAccessManager m_network; // first: outlives the publishers' requests
    std::unique_ptr<StatusPagePublisher> m_statusPage;
    std::unique_ptr<SlackPublisher> m_slack;
    std::unique_ptr<WebhookPublisher> m_webhook;
    std::unique_ptr<EmailPublisher> m_email;
};

// The factory of the outbox's Publishers, from the channel settings in env (and the secrets file
// it names); the settings' error when they cannot be used. clock must outlive every Publishers
// the factory makes.
Result<PublishersFactory> publishersFromEnvironment(const QProcessEnvironment &env,
                                                    const Clock &clock);

// The destinations the settings set up.
QSet<Destination> configuredDestinations(const ChannelSettings &settings);

// What a program (warroom, warroomctl) delivers with. When the settings cannot be used, nothing
// is configured and `problem` says why (every variable at fault and how to fix it): the program
// still runs, its rows wait, and it shows the problem rather than failing every command.
struct ChannelSetup
{
    PublishersFactory publishers;
    QSet<Destination> deliverable;
    QString problem;
};
ChannelSetup channelSetupFromEnvironment(const QProcessEnvironment &env, const Clock &clock);
// The same from settings already read (ChannelConfiguration's layers).
ChannelSetup channelSetupFromSettings(const Result<ChannelSettings> &settings, const Clock &clock);

} // namespace warroom
