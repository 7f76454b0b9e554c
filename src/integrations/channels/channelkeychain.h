#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace QKeychain {
class Job;
}

namespace warroom {

// The channel secrets in the desktop keychain (the Secret Service: GNOME Keyring, KWallet)
// through QtKeychain, one entry per secret under the service name, keyed by the variable name
// (docs/channels.md). QtKeychain's jobs are asynchronous: read() and write() return at once and
// answer with a signal, so the GUI thread never waits. QtKeychain's plaintext fallback is never
// enabled: without a keychain, secrets come from the environment or the 0600 secrets file.
// Secrets never appear in a message.
class ChannelKeychain final : public QObject
{
    Q_OBJECT

public:
    static constexpr char kDefaultService[] = "War Room";

    explicit ChannelKeychain(QString service = QString::fromLatin1(kDefaultService),
                             QObject *parent = nullptr);
    ~ChannelKeychain() override;

    // Reads the secrets named; answers with readFinished. One read or write at a time.
    void read(const QStringList &names);
    // Stores each secret of `secrets` that differs from `previous` (an empty value deletes the
    // entry); answers with writeFinished. When one write fails, the ones already written are put
    // back to `previous`, so the keychain holds all of the new secrets or none of them.
    void write(const QHash<QString, QString> &secrets, const QHash<QString, QString> &previous);
    bool busy() const { return m_busy; }

signals:
    // available is false when no keychain service answers (no D-Bus session, no Secret Service):
    // then secrets is empty and problem says what is missing. A secret not stored is absent.
    void readFinished(bool available, const QHash<QString, QString> &secrets,
                      const QString &problem);
    // An empty error: every secret is stored. Otherwise what failed and what to do instead.
    void writeFinished(const QString &error);

private:
    struct Step
    {
        QString name;
        QString value; // empty: delete
    };
    void readNext();
    void writeNext();
    void rollBack(const QString &error);
    void startWrite(const Step &step);
    QString unavailableText(const QString &detail) const;

    QString m_service;
    bool m_busy = false;
    QStringList m_toRead;
    QHash<QString, QString> m_read;
    QList<Step> m_toWrite;
    QHash<QString, QString> m_previous;
    QList<Step> m_undo; // what puts back the entries written so far
    bool m_rollingBack = false;
    QString m_writeError;
};

} // namespace warroom
