#include "session/appsettings.h"

namespace warroom {
namespace key {
constexpr auto UserName = "user/name";
constexpr auto Geometry = "mainWindow/geometry";
constexpr auto SplitterState = "mainWindow/splitter";
constexpr auto TextPointSize = "view/textPointSize";
constexpr auto ObligationNotifications = "playbook/notifications";
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

bool AppSettings::obligationNotifications() const
{
    return m_settings.value(QLatin1String(key::ObligationNotifications), true).toBool();
}

void AppSettings::setObligationNotifications(bool enabled)
{
    m_settings.setValue(QLatin1String(key::ObligationNotifications), enabled);
}

} // namespace warroom
