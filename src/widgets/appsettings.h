#pragma once

#include <QSettings>
#include <QString>

namespace warroom {

// Every GUI setting with its key and default, in one typed place.
class AppSettings final
{
public:
    QString userName() const;
    void setUserName(const QString &name);

    QString lastDatabasePath() const;
    void setLastDatabasePath(const QString &path);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

private:
    QSettings m_settings;
};

} // namespace warroom
