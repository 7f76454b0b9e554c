#include "integrations/channels/channelsettings.h"

#include "integrations/channels/endpointrules.h"
#include "integrations/channels/mailaddress.h"
#include "integrations/channels/secretsfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ChannelSettings)
};

const QString kBaseUrl = QStringLiteral("WARROOM_STATUSPAGE_BASE_URL");
const QString kPageId = QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID");
const QString kApiKey = QStringLiteral("WARROOM_STATUSPAGE_API_KEY");
const QString kComponentIds = QStringLiteral("WARROOM_STATUSPAGE_COMPONENT_IDS");
const QString kSlackUrl = QStringLiteral("WARROOM_SLACK_WEBHOOK_URL");
const QString kWebhookUrl = QStringLiteral("WARROOM_WEBHOOK_URL");
const QString kSmtpUrl = QStringLiteral("WARROOM_SMTP_URL");
const QString kSmtpUser = QStringLiteral("WARROOM_SMTP_USER");
const QString kSmtpPassword = QStringLiteral("WARROOM_SMTP_PASSWORD");
const QString kSmtpFrom = QStringLiteral("WARROOM_SMTP_FROM");
const QString kTimeout = QStringLiteral("WARROOM_CHANNEL_TIMEOUT_SECONDS");
const QString kSecretsFile = QStringLiteral("WARROOM_SECRETS_FILE");

// The merged NAME → value view (environment over file) and the problems found while reading it.
class Reader
{
public:
    explicit Reader(QHash<QString, QString> values)
        : m_values(std::move(values))
    {
    }

    QString value(const QString &name) const { return m_values.value(name); }
    bool has(const QString &name) const { return !m_values.value(name).isEmpty(); }
    bool anyOf(const QStringList &names) const
    {
        return std::any_of(names.begin(), names.end(), [this](const QString &n) { return has(n); });
    }

    void problem(const QString &name, const QString &text) { m_problems.append({name, text}); }

    // A destination is set up in part: name the missing variable and the ones that are set.
    void missing(const QString &name, const QStringList &group)
    {
        QStringList set;
        for (const QString &n : group)
            if (has(n))
                set.append(n);
        problem(name, Text::tr("%1 is not set, but %2 is: set %1 too, or unset the others to "
                               "leave this channel unconfigured.")
                          .arg(name, set.join(QLatin1String(", "))));
    }

    std::optional<QUrl> url(const QString &name, bool smtp)
    {
        const QUrl url(value(name), QUrl::StrictMode);
        const auto why = smtp ? endpoint::smtpProblem(url) : endpoint::httpProblem(url);
        if (!why)
            return url;
        problem(name, Text::tr("%1 %2.").arg(name, *why));
        return std::nullopt;
    }

    const QList<SettingProblem> &problems() const { return m_problems; }

private:
    QHash<QString, QString> m_values;
    QList<SettingProblem> m_problems;
};

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern;
}

std::optional<StatusPageSettings> statusPage(Reader &r)
{
    const QStringList group{kBaseUrl, kPageId, kApiKey, kComponentIds};
    if (!r.anyOf(group))
        return std::nullopt;
    StatusPageSettings settings;
    if (!r.has(kPageId))
        r.missing(kPageId, group);
    else if (!idPattern().match(r.value(kPageId)).hasMatch())
        r.problem(kPageId, Text::tr("%1 must be the page id from the Statuspage API page "
                                    "(letters, digits, - and _ only).")
                               .arg(kPageId));
    if (!r.has(kApiKey))
        r.missing(kApiKey, group);
    else if (r.value(kApiKey).contains(QRegularExpression(QStringLiteral("[\\s\\x00-\\x1f]"))))
        r.problem(kApiKey, Text::tr("%1 contains spaces or control characters; copy the key "
                                    "again from the Statuspage API page.")
                               .arg(kApiKey));
    settings.pageId = r.value(kPageId);
    settings.apiKey = r.value(kApiKey);

    const QString base = r.has(kBaseUrl)
                             ? r.value(kBaseUrl)
                             : QLatin1String(channelsettings::kDefaultStatusPageBaseUrl);
    Reader baseReader({{kBaseUrl, base}});
    if (auto url = baseReader.url(kBaseUrl, false)) {
        QString path = url->path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url->setPath(path);
        if (url->hasQuery())
            r.problem(
                kBaseUrl,
                Text::tr("%1 must not have a ?query; give the API's base URL, "
                         "for example %2.")
                    .arg(kBaseUrl, QLatin1String(channelsettings::kDefaultStatusPageBaseUrl)));
        settings.baseUrl = *url;
    } else {
        r.problem(kBaseUrl, baseReader.problems().constFirst().text);
    }

    for (const QString &id : r.value(kComponentIds).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed();
        if (!idPattern().match(trimmed).hasMatch()) {
            r.problem(kComponentIds, Text::tr("%1 must be a comma-separated list of component "
                                              "ids (letters, digits, - and _ only).")
                                         .arg(kComponentIds));
            break;
        }
        if (!settings.componentIds.contains(trimmed))
            settings.componentIds.append(trimmed);
    }
    return settings;
}

template <typename Settings> std::optional<Settings> webhookLike(Reader &r, const QString &name)
{
    if (!r.has(name))
        return std::nullopt;
    Settings settings;
    if (auto url = r.url(name, false))
        settings = Settings{*url};
    return settings;
}

std::optional<EmailSettings> email(Reader &r)
{
    const QStringList group{kSmtpUrl, kSmtpUser, kSmtpPassword, kSmtpFrom};
    if (!r.anyOf(group))
        return std::nullopt;
    EmailSettings settings;
    if (!r.has(kSmtpUrl)) {
        r.missing(kSmtpUrl, group);
    } else if (auto url = r.url(kSmtpUrl, true)) {
        url->setPath(QString());
        settings.smtpUrl = *url;
        settings.requireTls =
            url->scheme() == QLatin1String("smtps") || !endpoint::isLoopbackHost(url->host());
    }
    if (r.has(kSmtpUser) != r.has(kSmtpPassword))
        r.missing(r.has(kSmtpUser) ? kSmtpPassword : kSmtpUser, {kSmtpUser, kSmtpPassword});
    settings.user = r.value(kSmtpUser);
    settings.password = r.value(kSmtpPassword);
    if (!r.has(kSmtpFrom)) {
        r.missing(kSmtpFrom, group);
    } else if (auto from = mail::parseMailbox(r.value(kSmtpFrom))) {
        settings.fromAddress = from->address;
        settings.fromDisplayName = from->displayName;
    } else {
        r.problem(kSmtpFrom, Text::tr("%1 is not an email address; write it as "
                                      "alerts@example.com or \"War Room <alerts@example.com>\".")
                                 .arg(kSmtpFrom));
    }
    return settings;
}

int timeoutSeconds(Reader &r)
{
    if (!r.has(kTimeout))
        return channelsettings::kDefaultTimeoutSeconds;
    bool ok = false;
    const int seconds = r.value(kTimeout).trimmed().toInt(&ok);
    if (ok && seconds >= 1 && seconds <= channelsettings::kMaxTimeoutSeconds)
        return seconds;
    r.problem(kTimeout, Text::tr("%1 must be a whole number of seconds from 1 to %2 (default "
                                 "%3).")
                            .arg(kTimeout)
                            .arg(channelsettings::kMaxTimeoutSeconds)
                            .arg(channelsettings::kDefaultTimeoutSeconds));
    return channelsettings::kDefaultTimeoutSeconds;
}

} // namespace

QStringList channelsettings::variableNames()
{
    return {kBaseUrl, kPageId,   kApiKey,       kComponentIds, kSlackUrl, kWebhookUrl,
            kSmtpUrl, kSmtpUser, kSmtpPassword, kSmtpFrom,     kTimeout};
}

QStringList channelsettings::secretNames()
{
    return {kApiKey, kSlackUrl, kWebhookUrl, kSmtpPassword};
}

bool channelsettings::isSecret(const QString &name)
{
    return secretNames().contains(name);
}

Result<EnvironmentChannelValues> environmentChannelValues(const QProcessEnvironment &env)
{
    const QStringList names = channelsettings::variableNames();
    EnvironmentChannelValues result;
    if (const QString file = env.value(kSecretsFile); !file.isEmpty()) {
        auto fromFile = readSecretsFile(file, names, channelsettings::kMaxSecretsFileBytes);
        if (!fromFile)
            return fromFile.error();
        for (auto it = fromFile->cbegin(); it != fromFile->cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            result.values.insert(it.key(), it.value());
            result.fromFile.insert(it.key());
        }
    }
    for (const QString &name : names) {
        if (const QString value = env.value(name).trimmed(); !value.isEmpty()) {
            result.values.insert(name, value);
            result.fromFile.remove(name);
        }
    }
    return result;
}

ChannelSettingsCheck checkChannelSettings(const QHash<QString, QString> &values)
{
    Reader reader(values);
    ChannelSettings settings;
    settings.statusPage = statusPage(reader);
    settings.slack = webhookLike<SlackSettings>(reader, kSlackUrl);
    settings.webhook = webhookLike<WebhookSettings>(reader, kWebhookUrl);
    settings.email = email(reader);
    settings.timeoutSeconds = timeoutSeconds(reader);
    ChannelSettingsCheck check;
    check.problems = reader.problems();
    if (check.problems.isEmpty())
        check.settings = settings;
    return check;
}

Result<ChannelSettings> channelSettingsFromValues(const QHash<QString, QString> &values)
{
    ChannelSettingsCheck check = checkChannelSettings(values);
    if (check.settings)
        return *check.settings;
    QStringList lines;
    for (const SettingProblem &problem : std::as_const(check.problems))
        lines.append(problem.text);
    return Error::invalid(check.problems.constFirst().name, lines.join(QLatin1Char('\n')));
}

Result<ChannelSettings> loadChannelSettings(const QProcessEnvironment &env)
{
    auto values = environmentChannelValues(env);
    if (!values)
        return values.error();
    return channelSettingsFromValues(values->values);
}

} // namespace warroom
