#include "integrations/channels/channelkeychain.h"

#include <qt6keychain/keychain.h>

namespace warroom {

ChannelKeychain::ChannelKeychain(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

ChannelKeychain::~ChannelKeychain() = default;

void ChannelKeychain::read(const QStringList &names)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_toRead = names;
    m_read.clear();
    readNext();
}

void ChannelKeychain::readNext()
{
    if (m_toRead.isEmpty()) {
        m_busy = false;
        emit readFinished(true, m_read, QString());
        return;
    }
    const QString name = m_toRead.takeFirst();
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, job, name]() {
        switch (job->error()) {
        case QKeychain::NoError:
            if (!job->textData().isEmpty())
                m_read.insert(name, job->textData());
            break;
        case QKeychain::EntryNotFound:
            break;
        default:
            m_busy = false;
            m_toRead.clear();
            m_read.clear();
            emit readFinished(false, {},
                              tr("The desktop keychain cannot be read (%1): channel secrets come "
                                 "only from the environment or the secrets file "
                                 "(docs/channels.md).")
                                  .arg(job->errorString()));
            return;
        }
        readNext();
    });
    job->start();
}

void ChannelKeychain::write(const QHash<QString, QString> &secrets,
                            const QHash<QString, QString> &previous)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_rollingBack = false;
    m_writeError.clear();
    m_toWrite.clear();
    m_undo.clear();
    m_previous = previous;
    QStringList names = secrets.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (secrets.value(name) != previous.value(name))
            m_toWrite.append({name, secrets.value(name)});
    }
    writeNext();
}

void ChannelKeychain::writeNext()
{
    if (m_toWrite.isEmpty()) {
        m_busy = false;
        emit writeFinished(m_writeError);
        return;
    }
    startWrite(m_toWrite.constFirst());
}

void ChannelKeychain::startWrite(const Step &step)
{
    QKeychain::Job *job = nullptr;
    if (step.value.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(m_service, this);
    } else {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setTextData(step.value);
        job = writeJob;
    }
    job->setInsecureFallback(false);
    job->setKey(step.name);
    connect(job, &QKeychain::Job::finished, this, [this, job, step]() {
        const bool done = job->error() == QKeychain::NoError ||
                          (step.value.isEmpty() && job->error() == QKeychain::EntryNotFound);
        m_toWrite.removeFirst();
        if (!done && !m_rollingBack) {
            rollBack(unavailableText(job->errorString()));
            return;
        }
        if (!m_rollingBack)
            m_undo.append({step.name, m_previous.value(step.name)});
        writeNext();
    });
    job->start();
}

// Puts back what was written before the failure: the keychain holds none of the new secrets.
void ChannelKeychain::rollBack(const QString &error)
{
    m_rollingBack = true;
    m_writeError = error;
    m_toWrite = m_undo;
    m_undo.clear();
    writeNext();
}

QString ChannelKeychain::unavailableText(const QString &detail) const
{
    return tr("The desktop keychain did not store the secrets (%1), so nothing was saved. Without "
              "a keychain service (a desktop session with GNOME Keyring or KWallet), give the "
              "secrets in environment variables or in a secrets file of mode 0600 named by "
              "WARROOM_SECRETS_FILE instead (docs/channels.md).")
        .arg(detail);
}

} // namespace warroom
