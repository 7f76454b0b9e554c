#pragma once

#include <QString>

#include <optional>

namespace warroom::mail {

// An address as War Room sends to it: local@domain, printable ASCII without spaces, quotes,
// angle brackets or line breaks (nothing that could end a header or an SMTP command early).
bool isAddress(const QString &text);

struct Mailbox
{
    QString displayName; // may be empty
    QString address;
};

// "alerts@example.com" or "War Room <alerts@example.com>"; nullopt otherwise.
std::optional<Mailbox> parseMailbox(const QString &text);

} // namespace warroom::mail
