#pragma once

#include <QList>
#include <QString>

namespace warroom::announcementkind {

// What an announcement is, recorded on templates, drafts and the announcement_published event
// ("kind"), so the playbook engine can tell a first announcement from a progress update.
inline constexpr auto Initial = "initial";   // first external announcement / incident notice
inline constexpr auto Update = "update";     // progress update (every 30 minutes)
inline constexpr auto Resolved = "resolved"; // "resolved" announcement
inline constexpr auto CustomerEmail = "customer-email"; // proactive email to all affected customers
inline constexpr auto RefundNotice = "refund-notice";   // over-charge: refund and its timeline
inline constexpr auto BillingFixed = "billing-fixed";   // under-charge: fixed, no back-billing
inline constexpr auto DataIncident = "data-incident";   // data-related incident notice
inline constexpr auto OwnershipStatement =
    "ownership-statement";                       // output error caused customer loss
inline constexpr auto Postmortem = "postmortem"; // external postmortem (within 72 h)

QList<QString> all();
bool isKnown(const QString &kind);
QString displayName(const QString &kind);
QString validIds();

} // namespace warroom::announcementkind
