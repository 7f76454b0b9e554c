#pragma once

#include <QSettings>
#include <QString>

namespace warroom {

// Every GUI setting with its key and default, in one typed place.
class AppSettings final
{
public:
    // The name the user gave for themselves; empty until they have answered (first start).
    QString userName() const;
    void setUserName(const QString &name);

    // Text size on the wall screen, in points; 0 means the platform default.
    double textPointSize() const;
    void setTextPointSize(double points);

    // Desktop notifications when a playbook obligation becomes due soon or overdue (default on).
    bool obligationNotifications() const;
    void setObligationNotifications(bool enabled);

    // The language of the user interface chosen in Preferences: a code such as "de" or "zh_CN",
    // empty for the system's (core/base/uilanguage.h). Read at start-up.
    QString uiLanguage() const;
    void setUiLanguage(const QString &code);

    // The colour theme: "system" (the default), "light" or "dark" (widgets/common/theme.h).
    QString theme() const;
    void setTheme(const QString &theme);

    // The shared war room server chosen in Preferences (docs/shared-mode.md): a URL without any
    // password (the caller checks it with ServerUrl) and a schema, both empty for none. Read at
    // start-up, after --db/--server and WARROOM_SERVER.
    QString serverUrl() const;
    QString serverSchema() const;
    void setServer(const QString &url, const QString &schema);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    // Where the main window splits the incident list from the incident (QSplitter::saveState).
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    // Whether the main window shows the incident list beside the incident (default shown).
    bool incidentListShown() const;
    void setIncidentListShown(bool shown);

private:
    QSettings m_settings;
};

} // namespace warroom
