#include "core/calls/accounttier.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace warroom::accounttier {
namespace {

struct TierInfo
{
    AccountTier tier;
    const char *id;
    const char *name;
};

constexpr std::array<TierInfo, 3> kTiers{{
    {AccountTier::Enterprise, "enterprise",
     QT_TRANSLATE_NOOP("warroom::AccountTier", "Enterprise")},
    {AccountTier::MidMarket, "mid-market", QT_TRANSLATE_NOOP("warroom::AccountTier", "Mid-market")},
    {AccountTier::Smb, "smb", QT_TRANSLATE_NOOP("warroom::AccountTier", "SMB")},
}};

} // namespace

QList<AccountTier> all()
{
    QList<AccountTier> result;
    for (const auto &info : kTiers)
        result.append(info.tier);
    return result;
}

QString id(AccountTier t)
{
    return QString::fromLatin1(kTiers[static_cast<size_t>(t)].id);
}

std::optional<AccountTier> fromId(const QString &text)
{
    for (const auto &info : kTiers) {
        if (text == QLatin1String(info.id))
            return info.tier;
    }
    return std::nullopt;
}

QString displayName(AccountTier t)
{
    return QCoreApplication::translate("warroom::AccountTier", kTiers[static_cast<size_t>(t)].name);
}

QString validIds()
{
    QStringList ids;
    for (const auto &info : kTiers)
        ids.append(QString::fromLatin1(info.id));
    return ids.join(QStringLiteral(", "));
}

} // namespace warroom::accounttier
