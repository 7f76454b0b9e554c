#pragma once

#include <QObject>
#include <QString>

namespace warroom {

// The person at this keyboard: the author of every change made through the GUI. Remembered in
// the settings; empty until the user has said who they are (the first start asks, see
// widgets/firstrun/), so no change is ever recorded under a made-up name.
class CurrentUser final : public QObject
{
    Q_OBJECT

public:
    explicit CurrentUser(QObject *parent = nullptr);

    QString name() const { return m_name; }
    // False on a first start, before the user has given a name (and without --as).
    bool known() const { return !m_name.isEmpty(); }
    // The login name of the operating-system account (USER, else USERNAME); may be empty.
    static QString osLogin();
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
