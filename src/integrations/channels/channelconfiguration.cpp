#include "integrations/channels/channelconfiguration.h"

#include "integrations/channels/channelkeychain.h"

namespace warroom {

ChannelConfiguration::ChannelConfiguration(QProcessEnvironment environment, QSettings &settings,
                                           ChannelKeychain &keychain, const Clock &clock,
                                           QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_settings(settings)
    , m_keychain(keychain)
    , m_clock(clock)
{
    connect(&m_keychain, &ChannelKeychain::readFinished, this, &ChannelConfiguration::keychainRead);
    connect(&m_keychain, &ChannelKeychain::writeFinished, this,
            &ChannelConfiguration::keychainWritten);
}

void ChannelConfiguration::load()
{
    m_state = State::Loading;
    m_environmentProblem.clear();
    Result<EnvironmentChannelValues> environment = environmentChannelValues(m_environment);
    if (environment) {
        m_environmentValues = environment.value();
    } else {
        // The variables alone still say which fields the environment holds.
        m_environmentProblem = environment.error().message;
        QProcessEnvironment withoutFile = m_environment;
        withoutFile.remove(QStringLiteral("WARROOM_SECRETS_FILE"));
        m_environmentValues = environmentChannelValues(withoutFile).value();
    }
    m_stored = storedchannelsettings::read(m_settings);
    QStringList secrets;
    for (const QString &name : channelsettings::secretNames())
        if (!m_environmentValues.values.contains(name))
            secrets.append(name);
    m_keychain.read(secrets);
}

void ChannelConfiguration::keychainRead(bool available, const QHash<QString, QString> &secrets,
                                        const QString &problem)
{
    if (m_state != State::Loading)
        return;
    m_keychainAvailable = available;
    m_keychainProblem = problem;
    m_secrets = secrets;
    m_values = layerChannelValues(m_environmentValues, m_stored, m_secrets);
    m_state = State::Ready;
    emit loaded();
    apply();
}

QHash<QString, QString> ChannelConfiguration::editable(const QHash<QString, QString> &edited) const
{
    QHash<QString, QString> values;
    for (const QString &name : channelsettings::variableNames()) {
        if (m_environmentValues.values.contains(name))
            continue;
        values.insert(name, edited.value(name).trimmed());
    }
    return values;
}

ChannelSettingsCheck ChannelConfiguration::check(const QHash<QString, QString> &edited) const
{
    QHash<QString, QString> merged = m_environmentValues.values;
    const QHash<QString, QString> own = editable(edited);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        if (!it.value().isEmpty())
            merged.insert(it.key(), it.value());
    return checkChannelSettings(merged);
}

void ChannelConfiguration::save(const QHash<QString, QString> &edited)
{
    if (m_state != State::Ready) {
        emit saveFinished({}, tr("The channel settings are still being read or saved; save again "
                                 "in a moment."));
        return;
    }
    const ChannelSettingsCheck checked = check(edited);
    if (!checked.problems.isEmpty()) {
        emit saveFinished(checked.problems, QString());
        return;
    }
    m_saving = editable(edited);
    m_state = State::Saving;
    QHash<QString, QString> secrets;
    for (const QString &name : channelsettings::secretNames())
        if (m_saving.contains(name))
            secrets.insert(name, m_saving.value(name));
    m_keychain.write(secrets, m_secrets);
}

void ChannelConfiguration::keychainWritten(const QString &error)
{
    if (m_state != State::Saving)
        return;
    if (!m_rollbackError.isEmpty()) {
        // The keychain holds the old secrets again after QSettings refused the rest.
        m_state = State::Ready;
        emit saveFinished({}, std::exchange(m_rollbackError, QString()));
        return;
    }
    QHash<QString, QString> secrets;
    for (const QString &name : channelsettings::secretNames())
        if (const QString value = m_saving.value(name); !value.isEmpty())
            secrets.insert(name, value);
    if (!error.isEmpty()) {
        m_state = State::Ready;
        emit saveFinished({}, error);
        return;
    }
    if (Result<void> written = storedchannelsettings::write(m_settings, m_saving); !written) {
        // All or nothing: put the keychain back as it was.
        m_rollbackError = written.error().message;
        QHash<QString, QString> previous;
        for (const QString &name : channelsettings::secretNames())
            if (m_saving.contains(name))
                previous.insert(name, m_secrets.value(name));
        m_keychain.write(previous, secrets);
        return;
    }
    for (const QString &name : channelsettings::secretNames())
        if (m_saving.contains(name))
            m_secrets.remove(name);
    m_secrets.insert(secrets);
    m_stored = storedchannelsettings::read(m_settings);
    m_values = layerChannelValues(m_environmentValues, m_stored, m_secrets);
    m_state = State::Ready;
    emit saveFinished({}, QString());
    apply();
}

void ChannelConfiguration::apply()
{
    if (!m_environmentProblem.isEmpty())
        m_setup = channelSetupFromSettings(
            Error::invalid(QStringLiteral("WARROOM_SECRETS_FILE"), m_environmentProblem), m_clock);
    else
        m_setup = channelSetupFromSettings(channelSettingsFromValues(m_values.values), m_clock);
    emit setupChanged(m_setup);
}

QString ChannelConfiguration::secretsLocation() const
{
    QString where;
    if (m_state == State::Loading)
        where = tr("the desktop keychain (still being read)");
    else if (m_keychainAvailable)
        where = tr("the desktop keychain");
    else
        where = tr("no keychain: %1").arg(m_keychainProblem);
    const QString file = m_environment.value(QStringLiteral("WARROOM_SECRETS_FILE"));
    if (!file.isEmpty())
        where = tr("%1; the secrets file %2, which overrides it").arg(where, file);
    return where;
}

} // namespace warroom
