#include "integrations/channels/endpointrules.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace warroom::endpoint {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ChannelSettings)
};

std::optional<QString> commonProblem(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Text::tr("is not an absolute URL with a host name");
    if (!url.userInfo().isEmpty())
        return Text::tr("carries a user name or password; put credentials in their own "
                        "variables, never in the URL");
    if (url.hasFragment())
        return Text::tr("has a #fragment, which no server sees; remove it");
    return std::nullopt;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

std::optional<QString> httpProblem(const QUrl &url)
{
    if (auto problem = commonProblem(url))
        return problem;
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return Text::tr("uses plain http:// to a host that is not this machine; use https:// "
                        "(plain http is accepted only for 127.0.0.0/8, ::1 and localhost)");
    }
    return Text::tr("must start with https:// (or http:// to this machine)");
}

std::optional<QString> smtpProblem(const QUrl &url)
{
    if (auto problem = commonProblem(url))
        return problem;
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))
        return Text::tr("must be smtp://host:port (STARTTLS) or smtps://host:port (TLS)");
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return Text::tr("must name only the server, smtp://host:port, without a path");
    if (url.hasQuery())
        return Text::tr("must name only the server, smtp://host:port, without a ?query");
    return std::nullopt;
}

QString shownHost(const QUrl &url)
{
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() != -1)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

} // namespace warroom::endpoint
