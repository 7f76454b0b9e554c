#pragma once

#include "integrations/channels/channelsettings.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace warroom {

class ChannelConfiguration;
class ErrorLine;
class ServerPreference;

// Edit → Preferences…: the language of the interface (used from the next start) and the theme
// (applied on saving), the shared war room server (ServerPreference), then the channel settings
// (docs/channels.md), one group per channel. Each field says where its value comes from: a
// WARROOM_* variable or the secrets file overrides it (the field is read-only and says so), the
// keychain (secrets), the preferences (the rest), or nowhere. Secrets are shown as password fields.
// Saving checks the settings by the same rules as the environment's, with each problem under its
// field, then stores them all or nothing: when the keychain refuses, nothing is saved and the
// dialog stays open with the reason.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(ChannelConfiguration &channels, QWidget *parent = nullptr);

    void accept() override; // checks and saves; closes once saved

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QLabel *origin = nullptr;
        ErrorLine *error = nullptr;
    };
    void addAppearance(QLayout *layout);
    void saveAppearance();
    void fill();
    void showState();
    void fitHeight();
    void showProblems(const QList<SettingProblem> &problems);
    void saved(const QList<SettingProblem> &problems, const QString &error);
    QString originText(const QString &name) const;

    ChannelConfiguration &m_channels;
    QHash<QString, Field> m_fields;  // by variable name
    QComboBox *m_language = nullptr; // item data: the code, empty for the system's
    QComboBox *m_theme = nullptr;    // item data: theme::id()
    ServerPreference *m_server = nullptr;
    QLabel *m_keychainState = nullptr;
    ErrorLine *m_environmentError = nullptr;
    ErrorLine *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace warroom
