#pragma once

#include "integrations/channels/configuredpublishers.h"
#include "integrations/channels/storedchannelsettings.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QSettings>

namespace warroom {

class ChannelKeychain;
class Clock;

// The GUI's channel settings in three layers (docs/channels.md): the environment and the 0600
// secrets file over everything, then what the preferences saved: non-secret settings in QSettings
// and secrets in the desktop keychain. load() reads them asynchronously (the keychain answers
// later) and emits setupChanged with what the program delivers with; save() writes the
// preferences all or nothing and emits it again.
class ChannelConfiguration final : public QObject
{
    Q_OBJECT

public:
    enum class State { Loading, Ready, Saving };

    // settings, keychain and clock must outlive this object.
    ChannelConfiguration(QProcessEnvironment environment, QSettings &settings,
                         ChannelKeychain &keychain, const Clock &clock, QObject *parent = nullptr);

    // Reads every layer; emits loaded, then setupChanged.
    void load();
    State state() const { return m_state; }

    const LayeredChannelValues &values() const { return m_values; }
    // Why the secrets file is not read (it is not 0600, ...): empty when it is fine or unused.
    const QString &environmentProblem() const { return m_environmentProblem; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    // Why the keychain cannot be used; empty while it can.
    const QString &keychainProblem() const { return m_keychainProblem; }
    // Where the secrets are kept, in words for Help → Diagnostics…: the keychain (or why not) and
    // the secrets file when WARROOM_SECRETS_FILE names one.
    QString secretsLocation() const;
    // What the program delivers with now.
    const ChannelSetup &setup() const { return m_setup; }

    // The merged settings if `edited` (NAME → value for the settings the preferences may change:
    // those the environment does not set) were saved, checked by loadChannelSettings' rules.
    ChannelSettingsCheck check(const QHash<QString, QString> &edited) const;
    // Checks, then stores the secrets of `edited` in the keychain and the rest in QSettings, all
    // or nothing: when the keychain refuses, QSettings is not touched. Answers with saveFinished
    // (problems: the check's; error: why nothing was stored); on success setupChanged follows.
    void save(const QHash<QString, QString> &edited);

signals:
    void loaded();
    void setupChanged(const warroom::ChannelSetup &setup);
    void saveFinished(const QList<warroom::SettingProblem> &problems, const QString &error);

private:
    void keychainRead(bool available, const QHash<QString, QString> &secrets,
                      const QString &problem);
    void keychainWritten(const QString &error);
    void apply();
    QHash<QString, QString> editable(const QHash<QString, QString> &edited) const;

    QProcessEnvironment m_environment;
    QSettings &m_settings;
    ChannelKeychain &m_keychain;
    const Clock &m_clock;
    State m_state = State::Loading;
    EnvironmentChannelValues m_environmentValues;
    QString m_environmentProblem;
    QHash<QString, QString> m_stored;  // QSettings
    QHash<QString, QString> m_secrets; // keychain
    bool m_keychainAvailable = false;
    QString m_keychainProblem;
    LayeredChannelValues m_values;
    ChannelSetup m_setup;
    QHash<QString, QString> m_saving; // what save() is writing
    QString m_rollbackError;          // QSettings refused: why, while the keychain is put back
};

} // namespace warroom
