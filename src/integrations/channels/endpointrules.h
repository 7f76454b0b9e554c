#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace warroom::endpoint {

// 127.0.0.0/8, ::1 and "localhost": the only hosts plain http:// and smtp:// without TLS may reach.
bool isLoopbackHost(const QString &host);

// Why url cannot be a War Room HTTP endpoint (nullopt when it can): it must be an absolute
// https:// URL with a host, without user name, password or fragment; http:// only to loopback.
// The reason never repeats the URL (webhook URLs are secrets).
std::optional<QString> httpProblem(const QUrl &url);

// The same for an SMTP server: smtp://host[:port] or smtps://host[:port], nothing else.
std::optional<QString> smtpProblem(const QUrl &url);

// What describe() shows of a URL: its host and port, never the path or query.
QString shownHost(const QUrl &url);

} // namespace warroom::endpoint
