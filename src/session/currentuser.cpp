#include "session/currentuser.h"

#include "session/appsettings.h"

namespace warroom {

CurrentUser::CurrentUser(QObject *parent)
    : QObject(parent)
    , m_name(AppSettings().userName())
{
}

QString CurrentUser::osLogin()
{
    const QString user = qEnvironmentVariable("USER").trimmed();
    return user.isEmpty() ? qEnvironmentVariable("USERNAME").trimmed() : user;
}

void CurrentUser::setName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == m_name)
        return;
    m_name = trimmed;
    AppSettings().setUserName(trimmed);
    emit nameChanged(m_name);
}

void CurrentUser::overrideName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == m_name)
        return;
    m_name = trimmed;
    emit nameChanged(m_name);
}

} // namespace warroom
