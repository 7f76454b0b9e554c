#include "integrations/channels/mailaddress.h"

#include <QRegularExpression>

namespace warroom::mail {

bool isAddress(const QString &text)
{
    // Deliberately narrower than RFC 5321 (no quoted local parts, no address literals): what a
    // team configures as a sender or lists as a customer contact.
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
        "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
        "[A-Za-z0-9])?)*$"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

std::optional<Mailbox> parseMailbox(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isAddress(trimmed))
        return Mailbox{QString(), trimmed};
    static const QRegularExpression named(QStringLiteral("^([^<>\"\\r\\n]*)<([^<>]*)>$"));
    const auto match = named.match(trimmed);
    if (!match.hasMatch() || !isAddress(match.captured(2)))
        return std::nullopt;
    QString name = match.captured(1).trimmed();
    if (name.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]"))))
        return std::nullopt;
    return Mailbox{name, match.captured(2)};
}

} // namespace warroom::mail
