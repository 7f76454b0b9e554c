#pragma once

#include "core/base/result.h"
#include "core/calls/accounttier.h"

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// A customer's primary contact, reached by phone or Slack during an incident.
struct AccountContact
{
    QString name;
    QString phone;
    QString slack;
    QString email;

    bool operator==(const AccountContact &) const = default;
};

// A customer on the key-account list. The top ones by rank (then ARR) are called in an incident.
struct KeyAccount
{
    qint64 id = 0;
    QString name;
    AccountTier tier = AccountTier::Enterprise;
    std::optional<qint64> arr; // annual recurring revenue, whole currency units
    std::optional<int> rank;   // 1 = most important
    QList<AccountContact> contacts;
    qint64 csmId = 0;   // the owning customer success manager in the people directory
    QString csm;        // their name
    bool listed = true; // false once an import no longer lists it (kept: incidents refer to it)

    bool operator==(const KeyAccount &) const = default;
};

namespace keyaccount {

// Field identifiers in errors, JSON and CSV columns.
inline constexpr auto Name = "name";
inline constexpr auto Tier = "tier";
inline constexpr auto Arr = "arr";
inline constexpr auto Rank = "rank";
inline constexpr auto Csm = "csm";
inline constexpr auto Contacts = "contacts";

inline constexpr int MaxNameLength = 200;
inline constexpr int MaxContacts = 3;
inline constexpr int MaxRank = 100000;
inline constexpr qint64 MaxArr = 1'000'000'000'000'000LL;
// The playbook: "contact top 10 customer primary contacts".
inline constexpr int DefaultOutreachCount = 10;

// All problems, in field order; empty when valid. An account needs a name, an owning CSM, a rank
// or an ARR (to be ordered for outreach), and at least one contact reachable by phone or Slack.
QList<Error> validate(const KeyAccount &account);
KeyAccount normalized(KeyAccount account);

// The outreach order: ranked accounts by rank, then unranked ones by ARR (highest first), then
// name.
bool outreachBefore(const KeyAccount &a, const KeyAccount &b);
// The first `count` accounts in outreach order.
QList<KeyAccount> proposeTop(QList<KeyAccount> accounts, int count = DefaultOutreachCount);

} // namespace keyaccount
} // namespace warroom
