#include "integrations/channels/slackpublisher.h"

#include "core/base/clock.h"
#include "core/base/utctime.h"
#include "integrations/channels/endpointrules.h"
#include "integrations/channels/httpoutcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::SlackPublisher)
};

QJsonObject mrkdwnSection(const QString &text)
{
    return QJsonObject{
        {QLatin1String("type"), QLatin1String("section")},
        {QLatin1String("text"), QJsonObject{{QLatin1String("type"), QLatin1String("mrkdwn")},
                                            {QLatin1String("text"), text}}}};
}

// Pieces of at most `limit` characters, cut at a line break or a space where one is near.
QStringList pieces(const QString &text, qsizetype limit)
{
    QStringList out;
    QString rest = text;
    while (rest.size() > limit) {
        qsizetype cut = rest.lastIndexOf(QLatin1Char('\n'), limit - 1);
        if (cut < limit / 2)
            cut = rest.lastIndexOf(QLatin1Char(' '), limit - 1);
        if (cut < limit / 2)
            cut = limit;
        // Never between an &amp; entity's characters or a surrogate pair.
        const qsizetype amp = rest.lastIndexOf(QLatin1Char('&'), cut - 1);
        if (amp >= 0 && amp > cut - 5 && rest.indexOf(QLatin1Char(';'), amp) >= cut)
            cut = amp;
        if (rest.at(cut - 1).isHighSurrogate())
            --cut;
        out.append(rest.left(cut));
        rest = rest.mid(cut);
        if (rest.startsWith(QLatin1Char('\n')) || rest.startsWith(QLatin1Char(' ')))
            rest.remove(0, 1);
    }
    if (!rest.isEmpty())
        out.append(rest);
    return out;
}

} // namespace

SlackPublisher::SlackPublisher(SlackSettings settings, QNetworkAccessManager &network,
                               int timeoutMs, const Clock &clock, qint64 maxAnswerBytes)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_http(network, timeoutMs, maxAnswerBytes)
{
}

QString SlackPublisher::describe() const
{
    return Text::tr("Slack incoming webhook at %1").arg(endpoint::shownHost(m_settings.webhookUrl));
}

QString SlackPublisher::escapeMrkdwn(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

QJsonObject SlackPublisher::payload(const Message &message)
{
    if (message.syncEventId != 0)
        return syncPayload(message);
    const QString reference = escapeMrkdwn(message.incidentReference);
    const QString title = escapeMrkdwn(message.title);
    const QString body = escapeMrkdwn(message.body);

    QString fallback = reference;
    if (!title.isEmpty())
        fallback += QLatin1String(": ") + title;
    fallback += QLatin1Char('\n') + body;

    QJsonArray blocks;
    if (!title.isEmpty())
        blocks.append(mrkdwnSection(QLatin1Char('*') + title + QLatin1Char('*')));
    for (const QString &piece : pieces(body, kMaxSectionChars))
        blocks.append(mrkdwnSection(piece));
    QString context = reference;
    if (!message.statusPageStatus.isEmpty())
        context += QStringLiteral(" · ") + escapeMrkdwn(message.statusPageStatus);
    blocks.append(
        QJsonObject{{QLatin1String("type"), QLatin1String("context")},
                    {QLatin1String("elements"),
                     QJsonArray{QJsonObject{{QLatin1String("type"), QLatin1String("mrkdwn")},
                                            {QLatin1String("text"), context}}}}});
    return QJsonObject{{QLatin1String("text"), fallback}, {QLatin1String("blocks"), blocks}};
}

QJsonObject SlackPublisher::syncPayload(const Message &message)
{
    // "*Sync INC-42, 14:15 UTC* — text": the sync's words as posted, under who-and-when.
    const QString heading =
        Text::tr("Sync %1, %2")
            .arg(escapeMrkdwn(message.incidentReference), utctime::hhmm(message.syncPostedAt));
    const QString text =
        QLatin1Char('*') + heading + QStringLiteral("* — ") + escapeMrkdwn(message.body);
    QJsonArray blocks;
    const QStringList parts = pieces(text, kMaxSectionChars);
    for (const QString &piece : parts)
        blocks.append(mrkdwnSection(piece));
    return QJsonObject{{QLatin1String("text"), text}, {QLatin1String("blocks"), blocks}};
}

void SlackPublisher::deliver(const Message &message, std::function<void(const Outcome &)> done)
{
    HttpRequest request;
    request.verb = "POST";
    request.url = m_settings.webhookUrl;
    request.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    request.body = QJsonDocument(payload(message)).toJson(QJsonDocument::Compact);
    m_http.send(request, [this, done](const HttpAnswer &answer) {
        Outcome outcome = http::outcome(answer, m_clock.nowUtc());
        if (outcome.kind == Outcome::Kind::Delivered)
            outcome.message = Text::tr("Posted to the Slack channel (%1).").arg(outcome.message);
        done(outcome);
    });
}

} // namespace warroom
