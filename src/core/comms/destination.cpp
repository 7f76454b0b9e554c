#include "core/comms/destination.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom::destination {
namespace {

struct DestinationInfo
{
    Destination value;
    const char *id;
    const char *name;
};

constexpr EnumTable<DestinationInfo, 4> kDestinations{{{
    {Destination::StatusPage, "status-page",
     QT_TRANSLATE_NOOP("warroom::Destination", "Status page")},
    {Destination::Slack, "slack",
     QT_TRANSLATE_NOOP("warroom::Destination", "Slack incident channel")},
    {Destination::Webhook, "webhook", QT_TRANSLATE_NOOP("warroom::Destination", "Webhook")},
    {Destination::Email, "email", QT_TRANSLATE_NOOP("warroom::Destination", "Email")},
}}};

} // namespace

WARROOM_ENUM_FUNCTIONS(Destination, kDestinations, "warroom::Destination")

} // namespace warroom::destination
