#include "integrations/channels/storedchannelsettings.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ChannelSettings)
};

const QString kGroup = QStringLiteral("channels");

QString key(const QString &name)
{
    return kGroup + QLatin1Char('/') + name;
}

} // namespace

LayeredChannelValues layerChannelValues(const EnvironmentChannelValues &environment,
                                        const QHash<QString, QString> &settings,
                                        const QHash<QString, QString> &keychain)
{
    LayeredChannelValues layered;
    for (const QString &name : channelsettings::variableNames()) {
        const bool secret = channelsettings::isSecret(name);
        const QString saved = (secret ? keychain.value(name) : settings.value(name)).trimmed();
        if (const QString value = environment.values.value(name); !value.isEmpty()) {
            layered.values.insert(name, value);
            layered.origins.insert(name, environment.fromFile.contains(name)
                                             ? SettingOrigin::SecretsFile
                                             : SettingOrigin::Environment);
        } else if (!saved.isEmpty()) {
            layered.values.insert(name, saved);
            layered.origins.insert(name,
                                   secret ? SettingOrigin::Keychain : SettingOrigin::Settings);
        }
    }
    return layered;
}

QHash<QString, QString> storedchannelsettings::read(const QSettings &settings)
{
    QHash<QString, QString> values;
    for (const QString &name : channelsettings::variableNames()) {
        if (channelsettings::isSecret(name))
            continue;
        const QString value = settings.value(key(name)).toString().trimmed();
        if (!value.isEmpty())
            values.insert(name, value);
    }
    return values;
}

namespace {

void put(QSettings &settings, const QHash<QString, QString> &values)
{
    for (const QString &name : channelsettings::variableNames()) {
        if (channelsettings::isSecret(name))
            continue;
        const QString value = values.value(name).trimmed();
        if (value.isEmpty())
            settings.remove(key(name));
        else
            settings.setValue(key(name), value);
    }
}

} // namespace

Result<void> storedchannelsettings::write(QSettings &settings,
                                          const QHash<QString, QString> &values)
{
    const QHash<QString, QString> previous = read(settings);
    put(settings, values);
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return {};
    // Not even in this process's view of the settings.
    put(settings, previous);
    return Error::invalid(kGroup, Text::tr("The channel settings could not be written to %1 "
                                           "(the disk is full or the file is not writable); "
                                           "make it writable and save again.")
                                      .arg(settings.fileName()));
}

} // namespace warroom
