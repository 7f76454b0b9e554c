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

    // Text size on the wall screen, in points; 0 means the platform default.
    double textPointSize() const;
    void setTextPointSize(double points);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

private:
    QSettings m_settings;
};

} // namespace warroom
