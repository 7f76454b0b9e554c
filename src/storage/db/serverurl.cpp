#include "storage/db/serverurl.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ServerUrl)
};

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

Error bad(const QString &text, const QString &problem)
{
    return Error::invalid(
        QStringLiteral("server"),
        Text::tr("The server address \"%1\" cannot be used: %2 Write it as "
                 "postgresql://user@host:port/database (optionally ?sslmode=verify-full).")
            .arg(text, problem));
}

} // namespace

Result<ServerUrl> ServerUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return bad(text, Text::tr("it is empty."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return bad(text, Text::tr("it is not a valid URL (%1).").arg(url.errorString()));
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return bad(
            text, Text::tr("it starts with \"%1:\" instead of \"postgresql:\".").arg(url.scheme()));
    // A password is a ":" in the part before the last "@" (QUrl drops an empty one), never the
    // ":" of a port or of an IPv6 host.
    const qsizetype userStart = trimmed.indexOf(QLatin1String("//")) + 2;
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    const bool colonInUser =
        userStart >= 2 && at > userStart && trimmed.mid(userStart, at - userStart).contains(u':');
    if (!url.password().isEmpty() || colonInUser) {
        // The refusal may go to a terminal or a log: it never repeats the password.
        QString shown = trimmed;
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'), userStart);
        if (userStart >= 2 && colon > 0 && colon < at)
            shown.replace(colon + 1, at - colon - 1, QStringLiteral("…"));
        return bad(shown, Text::tr("it contains a password. Remove it from the address and put "
                                   "it in ~/.pgpass or PGPASSWORD instead."));
    }
    ServerUrl server;
    server.user = url.userName();
    if (server.user.isEmpty())
        return bad(text, Text::tr("it names no user (the part before \"@\")."));
    server.host = url.host();
    if (server.host.isEmpty())
        return bad(text, Text::tr("it names no host (the part after \"@\")."));
    const int port = url.port(-1);
    if (port == 0)
        return bad(text, Text::tr("port 0 is not a port a server listens on."));
    if (port > 0)
        server.port = port;
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty())
        return bad(text, Text::tr("it names no database (the part after the last \"/\")."));
    if (path.contains(QLatin1Char('/')))
        return bad(text, Text::tr("the database name \"%1\" contains \"/\".").arg(path));
    server.database = path;
    if (url.hasFragment())
        return bad(text, Text::tr("it has a \"#\" part, which means nothing here."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return bad(
                text,
                Text::tr("the parameter \"%1\" is not supported (only sslmode is).").arg(key));
        if (!sslModes().contains(value))
            return bad(text, Text::tr("sslmode \"%1\" is not one of %2.")
                                 .arg(value, sslModes().join(QStringLiteral(", "))));
        server.sslMode = value;
    }
    return server;
}

QString ServerUrl::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

} // namespace warroom
