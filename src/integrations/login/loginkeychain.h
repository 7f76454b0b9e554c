#pragma once

#include <QString>

namespace warroom {

// The passwords of shared war room servers in the desktop keychain (the Secret Service: GNOME
// Keyring, KWallet) through QtKeychain, one entry per login keyed by user@host:port/database
// (docs/shared-mode.md, "Where the password comes from"). QtKeychain's plaintext fallback is never
// enabled: without a keychain the password is asked for at each start (or comes from libpq's own
// places). A password never appears in a message.
//
// The calls wait for the keychain's answer in a local event loop (the keychain answers over
// D-Bus): they are for start-up, before the main window exists, not for a running window.
class LoginKeychain final
{
public:
    static constexpr char kDefaultService[] = "War Room server logins";

    explicit LoginKeychain(QString service = QString::fromLatin1(kDefaultService));

    // The key of a login: "user@host:port/database".
    static QString key(const QString &user, const QString &host, int port, const QString &database);

    struct Answer
    {
        QString password; // empty: none stored (or no keychain)
        QString problem;  // empty: the keychain answered; otherwise why it could not
    };
    // The stored password of the login, if any.
    Answer read(const QString &key) const;
    // Stores the password (an empty one removes the entry): empty when done, else why not.
    QString write(const QString &key, const QString &password) const;

private:
    QString m_service;
};

} // namespace warroom
