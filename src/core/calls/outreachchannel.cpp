#include "core/calls/outreachchannel.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom::outreachchannel {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::OutreachChannel)
};

constexpr EnumTable<EnumRow<OutreachChannel>, 2> kChannels{{{
    {OutreachChannel::Phone, "phone", QT_TRANSLATE_NOOP("warroom::OutreachChannel", "Phone")},
    {OutreachChannel::Slack, "slack", QT_TRANSLATE_NOOP("warroom::OutreachChannel", "Slack")},
}}};

} // namespace

WARROOM_ENUM_FUNCTIONS(OutreachChannel, kChannels, "warroom::OutreachChannel")

Result<OutreachChannel> parse(const QString &text)
{
    const QString id = text.trimmed().toLower();
    if (const auto c = fromId(id))
        return *c;
    if (id == QLatin1String("email") || id == QLatin1String("e-mail"))
        return Error::invalid(
            QStringLiteral("channel"),
            Text::tr(
                "Email is not an outreach channel for key accounts: the playbook says to contact "
                "the top customers' primary contacts by phone or Slack, not email, so they hear "
                "it from a person now rather than find it in an inbox later. Use phone or slack."));
    return Error::invalid(
        QStringLiteral("channel"),
        Text::tr("Unknown outreach channel \"%1\"; use phone or slack.").arg(text.trimmed()));
}

} // namespace warroom::outreachchannel
