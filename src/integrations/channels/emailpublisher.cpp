#include "integrations/channels/emailpublisher.h"

#include "core/base/clock.h"
#include "integrations/channels/deferredoutcome.h"
#include "integrations/channels/endpointrules.h"
#include "integrations/channels/mailaddress.h"
#include "integrations/channels/mailmessage.h"
#include "integrations/channels/smtptransfer.h"

#include <QCoreApplication>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::EmailPublisher)
};

} // namespace

EmailPublisher::EmailPublisher(EmailSettings settings, int timeoutSeconds, const Clock &clock)
    : m_settings(std::move(settings))
    , m_timeoutSeconds(timeoutSeconds)
    , m_clock(clock)
{
    smtp::initialiseCurl();
    m_pool.setMaxThreadCount(kMaxParallelTransfers);
}

EmailPublisher::~EmailPublisher()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

QString EmailPublisher::describe() const
{
    return Text::tr("email via %1").arg(endpoint::shownHost(m_settings.smtpUrl));
}

QString EmailPublisher::subjectFor(const Message &message)
{
    const QString title =
        message.title.isEmpty() ? Text::tr("Incident update") : message.title.simplified();
    return QLatin1Char('[') + message.incidentReference + QLatin1String("] ") + title;
}

void EmailPublisher::deliver(const Message &message, std::function<void(const Outcome &)> done)
{
    if (!mail::isAddress(message.recipient)) {
        finishLater(&m_context, std::move(done),
                    refusedOutcome(Text::tr("The recipient is not an email address War Room can "
                                            "send to (local@domain); correct the contact.")));
        return;
    }
    if (message.idempotencyKey.isEmpty()) {
        finishLater(&m_context, std::move(done),
                    refusedOutcome(Text::tr("The message has no idempotency key; the outbox must "
                                            "give every row one.")));
        return;
    }
    mail::MailContent content;
    content.fromDisplayName = m_settings.fromDisplayName;
    content.fromAddress = m_settings.fromAddress;
    content.to = message.recipient;
    content.subject = subjectFor(message);
    content.title = message.title;
    content.body = message.body;
    content.messageId = mail::messageIdFor(message.idempotencyKey, m_settings.fromAddress);
    content.date = m_clock.nowUtc();

    smtp::Job job;
    QUrl url = m_settings.smtpUrl;
    url.setPath(QString());
    job.url = url.toEncoded();
    job.requireTls = m_settings.requireTls;
    job.user = m_settings.user.toUtf8();
    job.password = m_settings.password.toUtf8();
    job.fromAddress = m_settings.fromAddress.toLatin1();
    job.toAddress = message.recipient.toLatin1();
    job.mail = mail::composeMail(content);
    job.messageId = content.messageId;
    job.timeoutSeconds = m_timeoutSeconds;

    m_pool.start(
        [job = std::move(job), cancel = m_cancel, context = &m_context, done = std::move(done)] {
            // The pool is waited for before m_context goes, so the context outlives this call.
            finishLater(context, done, smtp::send(job, *cancel));
        });
}

} // namespace warroom
