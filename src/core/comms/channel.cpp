#include "core/comms/channel.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom::channel {
namespace {

struct ChannelInfo
{
    Channel value;
    const char *id;
    const char *name;
    ChannelLimits limits;
};

// Status page: the title is what people scan in the incident list and on the wall screen.
// Email: 78 is the line length RFC 5322 recommends, and long subjects get cut off in inboxes.
// In-app: a banner headline and about a tweet's worth of text fit on a phone screen.
// Key account: a chat message a CSM can also read out on a call.
constexpr EnumTable<ChannelInfo, 4> kChannels{{{
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
}}};

} // namespace

WARROOM_ENUM_FUNCTIONS(Channel, kChannels, "warroom::Channel")

ChannelLimits limits(Channel c)
{
    return kChannels.row(c).limits;
}

} // namespace warroom::channel
