#include "core/comms/channel.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace warroom::channel {
namespace {

struct ChannelInfo
{
    Channel channel;
    const char *id;
    const char *name;
    ChannelLimits limits;
};

// Status page: the title is what people scan in the incident list and on the wall screen.
// Email: 78 is the line length RFC 5322 recommends, and long subjects get cut off in inboxes.
// In-app: a banner headline and about a tweet's worth of text fit on a phone screen.
// Key account: a chat message a CSM can also read out on a call.
constexpr std::array<ChannelInfo, 4> kChannels{{
    {Channel::StatusPage,
     "status-page",
     QT_TRANSLATE_NOOP("warroom::Channel", "Status page"),
     {80, 5000, true}},
    {Channel::Email,
     "email",
     QT_TRANSLATE_NOOP("warroom::Channel", "Email to affected customers"),
     {78, 20000, true}},
    {Channel::InApp,
     "in-app",
     QT_TRANSLATE_NOOP("warroom::Channel", "In-app notice"),
     {60, 280, true}},
    {Channel::KeyAccount,
     "key-account",
     QT_TRANSLATE_NOOP("warroom::Channel", "Key-account message"),
     {120, 3000, false}},
}};

const ChannelInfo &infoFor(Channel c)
{
    return kChannels[static_cast<size_t>(c)];
}

} // namespace

QList<Channel> all()
{
    QList<Channel> result;
    for (const auto &info : kChannels)
        result.append(info.channel);
    return result;
}

QString id(Channel c)
{
    return QString::fromLatin1(infoFor(c).id);
}

std::optional<Channel> fromId(const QString &text)
{
    for (const auto &info : kChannels) {
        if (text == QLatin1String(info.id))
            return info.channel;
    }
    return std::nullopt;
}

QString displayName(Channel c)
{
    return QCoreApplication::translate("warroom::Channel", infoFor(c).name);
}

QString validIds()
{
    QStringList ids;
    for (const auto &info : kChannels)
        ids.append(QString::fromLatin1(info.id));
    return ids.join(QStringLiteral(", "));
}

ChannelLimits limits(Channel c)
{
    return infoFor(c).limits;
}

} // namespace warroom::channel
