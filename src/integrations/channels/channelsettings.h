#pragma once

#include "core/base/result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace warroom {

// Where and how each destination is reached, read from the environment or from the file named by
// WARROOM_SECRETS_FILE (docs/channels.md). A destination with no settings at all is absent (not
// configured); loadChannelSettings() refuses one that is set up only in part or wrongly.
struct StatusPageSettings
{
    QUrl baseUrl; // https://api.statuspage.io, or a compatible server; no trailing slash
    QString pageId;
    QString apiKey;
    QStringList componentIds; // affected components, set to the impact's status
};

struct SlackSettings
{
    QUrl webhookUrl; // a secret: never shown, only its host
};

struct WebhookSettings
{
    QUrl url; // may carry a token: never shown, only its host
};

struct EmailSettings
{
    QUrl smtpUrl;           // smtp://host:port (STARTTLS) or smtps://host:port (TLS from the start)
    bool requireTls = true; // false only for smtp:// to a loopback address
    QString user;           // empty: no login
    QString password;
    QString fromAddress;     // local@domain, the envelope sender
    QString fromDisplayName; // may be empty
};

struct ChannelSettings
{
    std::optional<StatusPageSettings> statusPage;
    std::optional<SlackSettings> slack;
    std::optional<WebhookSettings> webhook;
    std::optional<EmailSettings> email;
    int timeoutSeconds = 30; // per request (HTTP transfer, SMTP session)
};

namespace channelsettings {

inline constexpr int kDefaultTimeoutSeconds = 30;
inline constexpr int kMaxTimeoutSeconds = 300;
inline constexpr qint64 kMaxSecretsFileBytes = 64 * 1024;
inline constexpr char kDefaultStatusPageBaseUrl[] = "https://api.statuspage.io";

// Every variable War Room reads, in the order docs/channels.md lists them.
QStringList variableNames();

} // namespace channelsettings

// Reads the settings from env and, for names env leaves unset or empty, from the file named by
// WARROOM_SECRETS_FILE in env. The error lists every problem, one a line, each naming the
// variable, what is wrong and how to fix it; no value of any variable appears in it.
Result<ChannelSettings> loadChannelSettings(const QProcessEnvironment &env);

} // namespace warroom
