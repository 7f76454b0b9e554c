#pragma once

#include "integrations/channels/channelsettings.h"

#include <QHash>
#include <QSettings>
#include <QString>

namespace warroom {

// Where a channel setting's value comes from, strongest first (docs/channels.md).
enum class SettingOrigin {
    Environment, // a WARROOM_* variable: overrides everything, read-only in the preferences
    SecretsFile, // the 0600 file named by WARROOM_SECRETS_FILE: likewise
    Keychain,    // a secret saved in the desktop keychain
    Settings,    // a non-secret setting saved in QSettings
    NotSet,
};

// The settings of every layer merged, variable by variable: the environment (and the secrets
// file) over what the preferences saved: non-secret settings from QSettings, secrets from the
// keychain.
struct LayeredChannelValues
{
    QHash<QString, QString> values;
    QHash<QString, SettingOrigin> origins;

    SettingOrigin origin(const QString &name) const
    {
        return origins.value(name, SettingOrigin::NotSet);
    }
};
LayeredChannelValues layerChannelValues(const EnvironmentChannelValues &environment,
                                        const QHash<QString, QString> &settings,
                                        const QHash<QString, QString> &keychain);

// The non-secret channel settings saved in QSettings (group "channels", one key per variable
// name). Secrets are never read from there nor written there: a secret name found in the file
// (edited by hand) is ignored.
namespace storedchannelsettings {

QHash<QString, QString> read(const QSettings &settings);
// Replaces the saved non-secret settings with `values` (an empty value removes the key); secret
// names in `values` are left out. The error when the settings file cannot be written.
Result<void> write(QSettings &settings, const QHash<QString, QString> &values);

} // namespace storedchannelsettings

} // namespace warroom
