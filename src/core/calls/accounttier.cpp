#include "core/calls/accounttier.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom::accounttier {
namespace {

constexpr EnumTable<EnumRow<AccountTier>, 3> kTiers{{{
    {AccountTier::Enterprise, "enterprise",
     QT_TRANSLATE_NOOP("warroom::AccountTier", "Enterprise")},
    {AccountTier::MidMarket, "mid-market", QT_TRANSLATE_NOOP("warroom::AccountTier", "Mid-market")},
    {AccountTier::Smb, "smb", QT_TRANSLATE_NOOP("warroom::AccountTier", "SMB")},
}}};

} // namespace

WARROOM_ENUM_FUNCTIONS(AccountTier, kTiers, "warroom::AccountTier")

} // namespace warroom::accounttier
