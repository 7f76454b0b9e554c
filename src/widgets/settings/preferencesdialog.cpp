#include "widgets/settings/preferencesdialog.h"

#include "core/base/uilanguage.h"
#include "integrations/channels/channelconfiguration.h"
#include "session/appsettings.h"
#include "widgets/common/errorline.h"
#include "widgets/common/plaintext.h"
#include "widgets/common/theme.h"
#include "widgets/settings/serverpreference.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warroom {

PreferencesDialog::PreferencesDialog(ChannelConfiguration &channels, QWidget *parent)
    : QDialog(parent)
    , m_channels(channels)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Where announcements are delivered. A setting given in a WARROOM_* environment "
           "variable or in the secrets file overrides the one here. Secrets (the API key, the "
           "webhook URLs, the SMTP password) go to the desktop keychain, never into the "
           "database or the settings file."),
        this);
    intro->setWordWrap(true);
    addAppearance(layout);
    m_server = new ServerPreference(this);
    layout->addWidget(m_server);
    connect(m_server, &ServerPreference::problemChanged, this, &PreferencesDialog::fitHeight);
    layout->addWidget(intro);
    m_environmentError =
        new ErrorLine(QStringLiteral("environmentError"), this, ErrorLine::Look::Box);
    layout->addWidget(m_environmentError);
    m_keychainState = new QLabel(this);
    m_keychainState->setObjectName(QStringLiteral("keychainState"));
    m_keychainState->setWordWrap(true);
    layout->addWidget(m_keychainState);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    // The labels of a column share one width, so its fields line up from group to group.
    QList<QLabel *> leftLabels;
    QList<QLabel *> rightLabels;
    const auto group = [&](QVBoxLayout *column, const QString &title,
                           const QList<std::pair<QString, QString>> &fields) {
        auto *box = new QGroupBox(title, this);
        // A grid, not a form: the wrapped lines under a field get the height they need.
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        grid->setVerticalSpacing(2);
        int row = 0;
        for (const auto &[name, label] : fields) {
            Field field;
            field.edit = new QLineEdit(box);
            field.edit->setObjectName(name);
            field.edit->setToolTip(name);
            if (channelsettings::isSecret(name))
                field.edit->setEchoMode(QLineEdit::Password);
            field.origin = new QLabel(box);
            field.origin->setObjectName(QStringLiteral("origin_") + name);
            field.origin->setWordWrap(true);
            field.origin->setEnabled(false); // the palette's quieter text
            field.error = new ErrorLine(QStringLiteral("error_") + name, box);
            auto *labelWidget = new QLabel(label, box);
            labelWidget->setBuddy(field.edit);
            (column == left ? leftLabels : rightLabels).append(labelWidget);
            if (row > 0)
                grid->setRowMinimumHeight(row++, fontMetrics().height() / 2);
            grid->addWidget(labelWidget, row, 0);
            grid->addWidget(field.edit, row++, 1);
            grid->addWidget(field.origin, row++, 1);
            grid->addWidget(field.error, row++, 1);
            m_fields.insert(name, field);
        }
        column->addWidget(box);
    };
    group(left, tr("Status page"),
          {{QStringLiteral("WARROOM_STATUSPAGE_BASE_URL"), tr("API base URL:")},
           {QStringLiteral("WARROOM_STATUSPAGE_PAGE_ID"), tr("Page id:")},
           {QStringLiteral("WARROOM_STATUSPAGE_API_KEY"), tr("API key:")},
           {QStringLiteral("WARROOM_STATUSPAGE_COMPONENT_IDS"), tr("Component ids:")}});
    group(left, tr("Slack"), {{QStringLiteral("WARROOM_SLACK_WEBHOOK_URL"), tr("Webhook URL:")}});
    group(left, tr("Webhook"), {{QStringLiteral("WARROOM_WEBHOOK_URL"), tr("URL:")}});
    group(right, tr("Email"),
          {{QStringLiteral("WARROOM_SMTP_URL"), tr("SMTP server:")},
           {QStringLiteral("WARROOM_SMTP_USER"), tr("User:")},
           {QStringLiteral("WARROOM_SMTP_PASSWORD"), tr("Password:")},
           {QStringLiteral("WARROOM_SMTP_FROM"), tr("From:")}});
    group(right, tr("Delivery"),
          {{QStringLiteral("WARROOM_CHANNEL_TIMEOUT_SECONDS"), tr("Timeout (seconds):")}});
    left->addStretch(1);
    right->addStretch(1);
    for (const QList<QLabel *> &labels : {leftLabels, rightLabels}) {
        int width = 0;
        for (QLabel *label : labels)
            width = qMax(width, label->sizeHint().width());
        for (QLabel *label : labels)
            label->setMinimumWidth(width);
    }
    m_fields.value(QStringLiteral("WARROOM_STATUSPAGE_BASE_URL"))
        .edit->setPlaceholderText(QLatin1String(channelsettings::kDefaultStatusPageBaseUrl));
    m_fields.value(QStringLiteral("WARROOM_STATUSPAGE_COMPONENT_IDS"))
        .edit->setPlaceholderText(tr("id1, id2 (optional)"));
    m_fields.value(QStringLiteral("WARROOM_SMTP_URL"))
        .edit->setPlaceholderText(QStringLiteral("smtp://mail.example.com:587"));
    m_fields.value(QStringLiteral("WARROOM_SMTP_FROM"))
        .edit->setPlaceholderText(QStringLiteral("War Room <alerts@example.com>"));
    m_fields.value(QStringLiteral("WARROOM_CHANNEL_TIMEOUT_SECONDS"))
        .edit->setPlaceholderText(QString::number(channelsettings::kDefaultTimeoutSeconds));

    m_saveError = new ErrorLine(QStringLiteral("saveError"), this, ErrorLine::Look::Box);
    layout->addWidget(m_saveError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_channels, &ChannelConfiguration::loaded, this, &PreferencesDialog::fill);
    connect(&m_channels, &ChannelConfiguration::saveFinished, this, &PreferencesDialog::saved);
    // Wide enough for a variable's name on one line under a field.
    setMinimumWidth(fontMetrics().horizontalAdvance(QString(120, QLatin1Char('x'))));
    fill();
}

// Language and theme, above the channels: settings of this seat, saved with the rest.
void PreferencesDialog::addAppearance(QLayout *layout)
{
    auto *box = new QGroupBox(tr("Language and appearance"), this);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(2, 1);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // English, the language War Room is written in, first; then the translations.
    QStringList codes = uilanguage::available();
    codes.removeAll(QStringLiteral("en"));
    codes.prepend(QStringLiteral("en"));
    for (const QString &code : codes)
        m_language->addItem(uilanguage::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings().uiLanguage())));
    auto *languageLabel = new QLabel(tr("&Language:"), box);
    languageLabel->setBuddy(m_language);
    auto *languageNote =
        new QLabel(tr("A new language is used from the next start of War Room."), box);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    grid->addWidget(languageLabel, 0, 0);
    grid->addWidget(m_language, 0, 1);
    grid->addWidget(languageNote, 0, 2);

    m_theme = new QComboBox(box);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (theme::Choice choice : {theme::Choice::System, theme::Choice::Light, theme::Choice::Dark})
        m_theme->addItem(plainText(theme::displayName(choice)), theme::id(choice));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(theme::id(theme::current()))));
    auto *themeLabel = new QLabel(tr("A&ppearance:"), box);
    themeLabel->setBuddy(m_theme);
    grid->addWidget(themeLabel, 1, 0);
    grid->addWidget(m_theme, 1, 1);
    layout->addWidget(box);
}

void PreferencesDialog::saveAppearance()
{
    AppSettings().setUiLanguage(m_language->currentData().toString());
    theme::choose(theme::fromId(m_theme->currentData().toString()).value_or(theme::Choice::System));
}

QString PreferencesDialog::originText(const QString &name) const
{
    switch (m_channels.values().origin(name)) {
    case SettingOrigin::Environment:
        return tr("Set by %1 in the environment, which overrides it here; change or unset the "
                  "variable to edit it.")
            .arg(name);
    case SettingOrigin::SecretsFile:
        return tr("Set in the secrets file (WARROOM_SECRETS_FILE), which overrides it here; "
                  "edit that file to change it.");
    case SettingOrigin::Keychain:
        return tr("Stored in the desktop keychain.");
    case SettingOrigin::Settings:
        return tr("Saved in the preferences.");
    case SettingOrigin::NotSet:
        break;
    }
    return tr("Not set.");
}

void PreferencesDialog::fill()
{
    const bool ready = m_channels.state() == ChannelConfiguration::State::Ready;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const SettingOrigin origin = m_channels.values().origin(it.key());
        const bool overridden =
            origin == SettingOrigin::Environment || origin == SettingOrigin::SecretsFile;
        // A secret set elsewhere is not copied into this window at all.
        const bool hidden = overridden && channelsettings::isSecret(it.key());
        it->edit->setText(hidden ? QString() : m_channels.values().values.value(it.key()));
        if (hidden)
            it->edit->setPlaceholderText(tr("(set, not shown)"));
        it->edit->setReadOnly(overridden);
        it->edit->setEnabled(ready);
        it->origin->setText(ready ? originText(it.key()) : QString());
        it->error->showMessage(QString());
    }
    m_environmentError->showMessage(m_channels.environmentProblem());
    showState();
    fitHeight();
}

void PreferencesDialog::showState()
{
    const bool ready = m_channels.state() == ChannelConfiguration::State::Ready;
    if (!ready)
        m_keychainState->setText(tr("Reading the settings and the keychain…"));
    else if (m_channels.keychainAvailable())
        m_keychainState->setText(tr("Secrets are stored in the desktop keychain."));
    else
        m_keychainState->setText(tr("No keychain. %1 The other settings can still be saved here.")
                                     .arg(m_channels.keychainProblem()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ready);
}

void PreferencesDialog::accept()
{
    if (m_saving)
        return;
    QHash<QString, QString> edited;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it->edit->isReadOnly())
            edited.insert(it.key(), it->edit->text());
    }
    m_saveError->showMessage(QString());
    const ChannelSettingsCheck checked = m_channels.check(edited);
    showProblems(checked.problems);
    const bool serverUsable = m_server->checkBeforeSave();
    if (!checked.problems.isEmpty() || !serverUsable) {
        fitHeight();
        return;
    }
    saveAppearance(); // nothing there can be refused
    m_server->save();
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_keychainState->setText(tr("Saving…"));
    m_channels.save(edited);
}

void PreferencesDialog::showProblems(const QList<SettingProblem> &problems)
{
    QHash<QString, QStringList> byField;
    for (const SettingProblem &problem : problems)
        byField[problem.name].append(problem.text);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it->error->showMessage(byField.value(it.key()).join(QLatin1Char('\n')));
    QWidget *first = nullptr;
    for (const SettingProblem &problem : problems) {
        if (m_fields.contains(problem.name)) {
            first = m_fields.value(problem.name).edit;
            break;
        }
    }
    if (first)
        first->setFocus();
    fitHeight();
}

// The lines under the fields come and go: the window grows (or shrinks) to show them whole.
void PreferencesDialog::fitHeight()
{
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0 && needed != height())
        resize(width(), needed);
}

void PreferencesDialog::saved(const QList<SettingProblem> &problems, const QString &error)
{
    if (!m_saving)
        return;
    m_saving = false;
    if (problems.isEmpty() && error.isEmpty()) {
        QDialog::accept();
        return;
    }
    showState();
    showProblems(problems);
    m_saveError->showMessage(error);
}

} // namespace warroom
