#pragma once

#include "core/base/result.h"

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QSet>
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
// The variables that hold secrets (the Statuspage API key, the Slack and generic webhook URLs,
// the SMTP password): kept in the keychain or the environment, never in QSettings or the database.
QStringList secretNames();
bool isSecret(const QString &name);

} // namespace channelsettings

// The settings the environment gives: NAME → value from env and, for names env leaves unset or
// empty, from the file named by WARROOM_SECRETS_FILE (fromFile names those). Values are trimmed;
// empty ones are left out. The error is the secrets file's (not 0600, unreadable, malformed).
struct EnvironmentChannelValues
{
    QHash<QString, QString> values;
    QSet<QString> fromFile;
};
Result<EnvironmentChannelValues> environmentChannelValues(const QProcessEnvironment &env);

// One thing wrong with the settings: the variable at fault and what to do, without its value.
struct SettingProblem
{
    QString name;
    QString text;
};

// The settings made of NAME → value (wherever each value came from), checked by one set of
// rules: every problem found, or the settings when there is none.
struct ChannelSettingsCheck
{
    std::optional<ChannelSettings> settings;
    QList<SettingProblem> problems;
};
ChannelSettingsCheck checkChannelSettings(const QHash<QString, QString> &values);
// The same, with every problem in the error, one a line.
Result<ChannelSettings> channelSettingsFromValues(const QHash<QString, QString> &values);

// Reads the settings from env and, for names env leaves unset or empty, from the file named by
// WARROOM_SECRETS_FILE in env. The error lists every problem, one a line, each naming the
// variable, what is wrong and how to fix it; no value of any variable appears in it.
Result<ChannelSettings> loadChannelSettings(const QProcessEnvironment &env);

} // namespace warroom
