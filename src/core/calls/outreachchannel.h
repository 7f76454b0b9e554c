#pragma once

#include "core/base/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// How a CSM reached out to a key account. The playbook says phone or Slack, not email.
enum class OutreachChannel {
    Phone,
    Slack,
};

namespace outreachchannel {

QList<OutreachChannel> all();
QString id(OutreachChannel c); // "phone", "slack"
std::optional<OutreachChannel> fromId(const QString &id);
QString validIds();
QString displayName(OutreachChannel c);
// Parses an id; "email" is refused with the playbook's reason, anything else with the valid ids.
Result<OutreachChannel> parse(const QString &id);

} // namespace outreachchannel
} // namespace warroom
