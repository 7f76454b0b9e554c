#include "integrations/channels/smtptransfer.h"

#include "integrations/channels/httpoutcome.h"

#include <QCoreApplication>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace warroom::smtp {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::EmailPublisher)
};

using Kind = Outcome::Kind;

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMail(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t chunk = std::min(left, size * count);
    std::memcpy(buffer, upload->data->constData() + upload->offset, chunk);
    upload->offset += qsizetype(chunk);
    return chunk;
}

int progress(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic_bool *>(userData)->load() ? 1 : 0;
}

Outcome outcome(Kind kind, const QString &message, const QString &remoteId = {})
{
    Outcome outcome;
    outcome.kind = kind;
    outcome.message = message;
    outcome.remoteId = remoteId;
    return outcome;
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Outcome send(const Job &job, const std::atomic_bool &cancel)
{
    initialiseCurl();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return outcome(Kind::RetryLater, Text::tr("Could not start the mail transfer (libcurl)."));
    const QByteArray from = '<' + job.fromAddress + '>';
    std::unique_ptr<curl_slist, ListDeleter> recipients(
        curl_slist_append(nullptr, QByteArray('<' + job.toAddress + '>').constData()));
    Upload upload{&job.mail, 0};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, job.url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    // smtp:// to loopback goes without TLS: the traffic never leaves the machine, and a local
    // relay's self-signed certificate would fail verification.
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(job.requireTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!job.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, job.user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, job.password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readMail);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(job.mail.size()));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(job.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(job.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &cancel);

    const CURLcode result = curl_easy_perform(c);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);

    if (result == CURLE_OK)
        return outcome(Kind::Delivered,
                       Text::tr("The mail server accepted the message (SMTP %1).").arg(code),
                       job.messageId);

    const QString curlText = http::cleanText(
        QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(result)));
    switch (result) {
    case CURLE_LOGIN_DENIED:
        return outcome(Kind::Refused, Text::tr("The mail server refused the login (%1); check "
                                               "WARROOM_SMTP_USER and WARROOM_SMTP_PASSWORD.")
                                          .arg(curlText));
    case CURLE_USE_SSL_FAILED:
        return outcome(Kind::Refused, Text::tr("The mail server does not offer STARTTLS (%1); "
                                               "War Room sends mail only encrypted: use smtps:// "
                                               "or a server that offers STARTTLS.")
                                          .arg(curlText));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
        return outcome(Kind::Refused, Text::tr("The mail server's TLS certificate is not trusted "
                                               "(%1). Retrying cannot fix this.")
                                          .arg(curlText));
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return outcome(Kind::Refused,
                       Text::tr("WARROOM_SMTP_URL cannot be used (%1).").arg(curlText));
    case CURLE_ABORTED_BY_CALLBACK:
        return outcome(Kind::RetryLater,
                       Text::tr("The mail transfer was stopped because War Room is closing."));
    default:
        break;
    }
    if (code >= 500 && code < 600)
        return outcome(
            Kind::Refused,
            Text::tr("The mail server refused the message (SMTP %1: %2).").arg(code).arg(curlText));
    if (code >= 400 && code < 500)
        return outcome(Kind::RetryLater,
                       Text::tr("The mail server deferred the message (SMTP %1: %2); will try "
                                "again.")
                           .arg(code)
                           .arg(curlText));
    return outcome(
        Kind::RetryLater,
        Text::tr("Could not deliver to the mail server (%1); will try again.").arg(curlText));
}

} // namespace warroom::smtp
