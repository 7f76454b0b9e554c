#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// The incident categories of the playbook, including the agent-specific forms SaaS tools lack.
enum class Category {
    BehaviorAnomaly,     // agent behaviour anomaly / quality decline while the service is "up"
    Outage,              // system outage
    UpstreamUnavailable, // upstream model API unavailable
    BillingOvercharge,   // token billing over-charge
    BillingUndercharge,  // token billing under-charge
    OutputErrorLoss,     // model output error causing customer loss
    DataLeak,            // customer data leak or compliance event
};

namespace category {

QList<Category> all();
// Stable identifier used on the command line, in JSON and in the database ("behavior-anomaly").
QString id(Category c);
std::optional<Category> fromId(const QString &id);
// Human-readable name for the GUI.
QString displayName(Category c);
// Comma-separated list of valid identifiers, for error messages.
QString validIds();

} // namespace category
} // namespace warroom
