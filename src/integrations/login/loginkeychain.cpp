#include "integrations/login/loginkeychain.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::LoginKeychain)
};

// Runs the job and waits for its answer (QtKeychain always answers: D-Bus has its own timeout).
void runToEnd(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    if (!finished) // an answer given at once needs no waiting
        loop.exec();
}

} // namespace

LoginKeychain::LoginKeychain(QString service)
    : m_service(std::move(service))
{
}

QString LoginKeychain::key(const QString &user, const QString &host, int port,
                           const QString &database)
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

LoginKeychain::Answer LoginKeychain::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runToEnd(job);
    switch (job.error()) {
    case QKeychain::NoError:
        return {job.textData(), {}};
    case QKeychain::EntryNotFound:
        return {};
    default:
        return {{},
                Text::tr("The desktop keychain cannot be read (%1): the password is asked for "
                         "instead.")
                    .arg(job.errorString())};
    }
}

QString LoginKeychain::write(const QString &key, const QString &password) const
{
    if (password.isEmpty()) {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(key);
        runToEnd(job);
        if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
            return {};
        return Text::tr("The desktop keychain did not forget the password of %1 (%2).")
            .arg(key, job.errorString());
    }
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return {};
    return Text::tr("The desktop keychain did not store the password of %1 (%2): it will be asked "
                    "for at the next start. Without a keychain service (a desktop session with "
                    "GNOME Keyring or KWallet), put it in ~/.pgpass instead (docs/shared-mode.md).")
        .arg(key, job.errorString());
}

} // namespace warroom
