#pragma once

#include <QObject>
#include <QString>

namespace warroom {

// The person at this keyboard: the author of every change made through the GUI. Remembered in
// the settings; defaults to the operating-system user name.
class CurrentUser final : public QObject
{
    Q_OBJECT

public:
    explicit CurrentUser(QObject *parent = nullptr);

    QString name() const { return m_name; }
    // Ignores blank names; stores the name for the next start.
    void setName(const QString &name);
    // For this run only (the --as command-line option).
    void overrideName(const QString &name);

signals:
    void nameChanged(const QString &name);

private:
    QString m_name;
};

} // namespace warroom
