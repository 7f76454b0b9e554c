#pragma once

#include "integrations/publishing/publisher.h"

#include <QByteArray>

#include <atomic>

namespace warroom::smtp {

// Unqualified in the definitions, so lupdate files their strings under the right context.
using Outcome = Publisher::Outcome;

// One message to one recipient over libcurl's SMTP support.
struct Job
{
    QByteArray url;         // smtp://host:port or smtps://host:port
    bool requireTls = true; // STARTTLS (or smtps) required; false only for smtp:// to loopback
    QByteArray user;        // empty: no login
    QByteArray password;
    QByteArray fromAddress;  // envelope sender
    QByteArray toAddress;    // envelope recipient
    QByteArray mail;         // the whole message (mailmessage.h)
    QString messageId;       // the Delivered outcome's remoteId
    int timeoutSeconds = 30; // the whole session
};

// curl_global_init, once per process; call it from the thread that makes the first publisher
// (libcurl wants it done before any other thread uses curl).
void initialiseCurl();

// Runs one SMTP session and blocks until it ends; made for a worker thread. Stops early (as
// RetryLater) when cancel becomes true. Peer verification stays on.
//  250 accepted                                            Delivered (remoteId = Message-ID)
//  login denied, 5xx to MAIL/RCPT/DATA, no STARTTLS offered, certificate not trusted   Refused
//  no connection, timeout, connection lost, 4xx                                RetryLater
// The message includes curl's own error text.
Outcome send(const Job &job, const std::atomic_bool &cancel);

} // namespace warroom::smtp
