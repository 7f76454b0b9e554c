#include "session/appsettings.h"

namespace warroom {
namespace key {
constexpr auto UserName = "user/name";
constexpr auto Geometry = "mainWindow/geometry";
constexpr auto SplitterState = "mainWindow/splitter";
constexpr auto IncidentListShown = "mainWindow/incidentListShown";
constexpr auto TextPointSize = "view/textPointSize";
constexpr auto ObligationNotifications = "playbook/notifications";
constexpr auto UiLanguage = "view/language";
constexpr auto Theme = "view/theme";
constexpr auto ServerUrl = "server/url";
constexpr auto ServerSchema = "server/schema";
} // namespace key

QString AppSettings::userName() const
{
    return m_settings.value(QLatin1String(key::UserName)).toString().trimmed();
}

void AppSettings::setUserName(const QString &name)
{
    m_settings.setValue(QLatin1String(key::UserName), name);
}

double AppSettings::textPointSize() const
{
    return m_settings.value(QLatin1String(key::TextPointSize), 0.0).toDouble();
}

void AppSettings::setTextPointSize(double points)
{
    m_settings.setValue(QLatin1String(key::TextPointSize), points);
}

QString AppSettings::uiLanguage() const
{
    return m_settings.value(QLatin1String(key::UiLanguage)).toString();
}

void AppSettings::setUiLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(QLatin1String(key::UiLanguage));
    else
        m_settings.setValue(QLatin1String(key::UiLanguage), code);
}

QString AppSettings::theme() const
{
    return m_settings.value(QLatin1String(key::Theme), QStringLiteral("system")).toString();
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings.setValue(QLatin1String(key::Theme), theme);
}

QString AppSettings::serverUrl() const
{
    return m_settings.value(QLatin1String(key::ServerUrl)).toString();
}

QString AppSettings::serverSchema() const
{
    return m_settings.value(QLatin1String(key::ServerSchema)).toString();
}

void AppSettings::setServer(const QString &url, const QString &schema)
{
    const auto store = [this](const char *name, const QString &value) {
        if (value.isEmpty())
            m_settings.remove(QLatin1String(name));
        else
            m_settings.setValue(QLatin1String(name), value);
    };
    store(key::ServerUrl, url);
    store(key::ServerSchema, schema);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(QLatin1String(key::Geometry)).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QLatin1String(key::Geometry), geometry);
}

QByteArray AppSettings::mainSplitterState() const
{
    return m_settings.value(QLatin1String(key::SplitterState)).toByteArray();
}

void AppSettings::setMainSplitterState(const QByteArray &state)
{
    m_settings.setValue(QLatin1String(key::SplitterState), state);
}

bool AppSettings::incidentListShown() const
{
    return m_settings.value(QLatin1String(key::IncidentListShown), true).toBool();
}

void AppSettings::setIncidentListShown(bool shown)
{
    m_settings.setValue(QLatin1String(key::IncidentListShown), shown);
}

bool AppSettings::obligationNotifications() const
{
    return m_settings.value(QLatin1String(key::ObligationNotifications), true).toBool();
}

void AppSettings::setObligationNotifications(bool enabled)
{
    m_settings.setValue(QLatin1String(key::ObligationNotifications), enabled);
}

} // namespace warroom
