#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// Where a delivery goes: one service War Room talks to. A draft's Channel (the audience and its
// length limits) maps to one or more destinations when it is published; each destination and
// recipient is one outbox row (docs/channels.md).
enum class Destination {
    StatusPage, // Atlassian Statuspage REST API v1 (or a compatible server)
    Slack,      // a Slack incoming webhook: the incident channel
    Webhook,    // a generic JSON webhook (the product's in-app notice banner, or anything else)
    Email,      // SMTP, one message per recipient
};

namespace destination {

QList<Destination> all();
QString id(Destination d); // "status-page"
std::optional<Destination> fromId(const QString &id);
QString displayName(Destination d);
QString validIds();

} // namespace destination
} // namespace warroom
