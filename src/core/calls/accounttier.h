#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// The customer segment of a key account, as the customer success team files it.
enum class AccountTier {
    Enterprise,
    MidMarket,
    Smb,
};

namespace accounttier {

QList<AccountTier> all();
QString id(AccountTier t); // "enterprise", "mid-market", "smb"
std::optional<AccountTier> fromId(const QString &id);
QString displayName(AccountTier t);
QString validIds();

} // namespace accounttier
} // namespace warroom
