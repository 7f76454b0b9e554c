#include "core/calls/outreachchannel.h"

#include <QCoreApplication>

namespace warroom::outreachchannel {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warroom::OutreachChannel", text);
}

} // namespace

QList<OutreachChannel> all()
{
    return {OutreachChannel::Phone, OutreachChannel::Slack};
}

QString id(OutreachChannel c)
{
    switch (c) {
    case OutreachChannel::Phone:
        return QStringLiteral("phone");
    case OutreachChannel::Slack:
        return QStringLiteral("slack");
    }
    Q_UNREACHABLE();
}

QString displayName(OutreachChannel c)
{
    switch (c) {
    case OutreachChannel::Phone:
        return tr("Phone");
    case OutreachChannel::Slack:
        return tr("Slack");
    }
    Q_UNREACHABLE();
}

Result<OutreachChannel> parse(const QString &text)
{
    const QString id = text.trimmed().toLower();
    for (OutreachChannel c : all()) {
        if (id == outreachchannel::id(c))
            return c;
    }
    if (id == QLatin1String("email") || id == QLatin1String("e-mail"))
        return Error::invalid(
            QStringLiteral("channel"),
            tr("Email is not an outreach channel for key accounts: the playbook says to contact "
               "the top customers' primary contacts by phone or Slack, not email, so they hear "
               "it from a person now rather than find it in an inbox later. Use phone or slack."));
    return Error::invalid(
        QStringLiteral("channel"),
        tr("Unknown outreach channel \"%1\"; use phone or slack.").arg(text.trimmed()));
}

} // namespace warroom::outreachchannel
