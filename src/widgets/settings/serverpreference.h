#pragma once

#include <QGroupBox>

class QLineEdit;

namespace warroom {

class ErrorLine;

// Preferences' "Shared war room server": the server URL and schema this seat opens from the next
// start when neither the command line nor WARROOM_SERVER names a database (docs/shared-mode.md).
// Checked as the user types (ServerUrl, the schema rules), the problem shown under the fields;
// saved in the settings without any password (a URL with one is refused).
class ServerPreference final : public QGroupBox
{
    Q_OBJECT

public:
    explicit ServerPreference(QWidget *parent = nullptr);

    // The problem with what is typed, empty when it can be saved (an empty URL: no server).
    QString problem() const;
    // Shows the problem and puts the focus on the URL; false when there is one.
    bool checkBeforeSave();
    // Stores the URL and schema (only when problem() is empty).
    void save() const;

signals:
    // The line under the fields appeared, changed or went: the dialog fits its height again.
    void problemChanged();

private:
    void recheck();

    QLineEdit *m_url = nullptr;
    QLineEdit *m_schema = nullptr;
    ErrorLine *m_error = nullptr;
    QString m_shown;
};

} // namespace warroom
