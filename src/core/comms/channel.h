#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// Where an external message goes. The audience (which customers) is a free label on the draft;
// the channel decides the length limits and is part of the signed hash.
enum class Channel {
    StatusPage, // public status page: a short title and an update body
    Email,      // email to affected customers: subject and body
    InApp,      // in-app notice: a banner headline and a few sentences
    KeyAccount, // direct message to a key account's contacts (Slack, or read out on a call)
};

// Length limits in characters (Unicode code points) of the rendered text. War Room's own
// conventions, documented in docs/templates.md; 0 means "no title on this channel".
struct ChannelLimits
{
    int titleMax = 0;
    int bodyMax = 0;
    bool titleRequired = false;
};

namespace channel {

QList<Channel> all();
QString id(Channel c); // "status-page"
std::optional<Channel> fromId(const QString &id);
QString displayName(Channel c);
QString validIds();
ChannelLimits limits(Channel c);

} // namespace channel
} // namespace warroom
