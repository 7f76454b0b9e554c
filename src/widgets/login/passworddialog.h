#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace warroom {

class ErrorLine;

// Asks for the password of a login on a shared war room server, when the server wanted one it
// did not get or refused the one given ("Password for hana on db.example.com:5432/warroom"), with
// a box to remember it in the desktop keychain (docs/shared-mode.md). The password is only held
// by the dialog and handed to the connection: never saved in the settings, never shown.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    // `login` is "user on host:port/database"; `problem` says why it is asked again (the server
    // refused the password given), empty on the first asking.
    PasswordDialog(const QString &user, const QString &server, const QString &problem,
                   bool keychainAvailable, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace warroom
