#include "integrations/channels/statuspagepublisher.h"

#include "core/base/clock.h"
#include "integrations/channels/deferredoutcome.h"
#include "integrations/channels/endpointrules.h"
#include "integrations/channels/httpoutcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::StatusPagePublisher)
};

using Kind = Publisher::Outcome::Kind;

const QStringList kStatuses{QStringLiteral("investigating"), QStringLiteral("identified"),
                            QStringLiteral("monitoring"), QStringLiteral("resolved")};
const QStringList kImpacts{QStringLiteral("none"), QStringLiteral("minor"), QStringLiteral("major"),
                           QStringLiteral("critical")};

// What Statuspage gives as ids (and the path of a PATCH can take without escaping).
bool isIncidentId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

// Why the message cannot go to a status page as it is (nullopt when it can).
std::optional<QString> messageProblem(const Publisher::Message &message)
{
    if (!kStatuses.contains(message.statusPageStatus))
        return Text::tr("The status page needs a status of %1; this message has none of them.")
            .arg(kStatuses.join(QLatin1String(", ")));
    if (!message.impact.isEmpty() && !kImpacts.contains(message.impact))
        return Text::tr("The status page's impact is one of %1; this message has another.")
            .arg(kImpacts.join(QLatin1String(", ")));
    if (!message.remoteId.isEmpty() && !isIncidentId(message.remoteId))
        return Text::tr("The stored status page incident id is not one Statuspage gives "
                        "(letters, digits, - and _); the outbox row needs a new id or none.");
    if (message.idempotencyKey.isEmpty())
        return Text::tr("The message has no idempotency key; the outbox must give every row one.");
    return std::nullopt;
}

void addComponents(QJsonObject &incident, const Publisher::Message &message,
                   const QStringList &componentIds)
{
    if (componentIds.isEmpty())
        return;
    incident.insert(QLatin1String("component_ids"), QJsonArray::fromStringList(componentIds));
    const QString status =
        StatusPagePublisher::componentStatus(message.statusPageStatus, message.impact);
    if (status.isEmpty())
        return;
    QJsonObject components;
    for (const QString &id : componentIds)
        components.insert(id, status);
    incident.insert(QLatin1String("components"), components);
}

// The id of the incident in `answer` (a JSON object), or why there is none.
Result<QString> incidentId(const QByteArray &answer)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(QString(), Text::tr("the answer is not JSON (%1 at byte %2)")
                                             .arg(error.errorString())
                                             .arg(error.offset));
    const QJsonValue id = document.object().value(QLatin1String("id"));
    if (!document.isObject() || !id.isString() || !isIncidentId(id.toString()))
        return Error::invalid(QString(), Text::tr("the answer is not an incident with an id"));
    return id.toString();
}

} // namespace

StatusPagePublisher::StatusPagePublisher(StatusPageSettings settings,
                                         QNetworkAccessManager &network, int timeoutMs,
                                         const Clock &clock, qint64 maxAnswerBytes)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_http(network, timeoutMs, maxAnswerBytes)
{
}

QString StatusPagePublisher::describe() const
{
    return Text::tr("status page %1 at %2")
        .arg(m_settings.pageId, endpoint::shownHost(m_settings.baseUrl));
}

QString StatusPagePublisher::componentStatus(const QString &status, const QString &impact)
{
    if (status == QLatin1String("resolved"))
        return QStringLiteral("operational");
    if (impact == QLatin1String("critical"))
        return QStringLiteral("major_outage");
    if (impact == QLatin1String("major"))
        return QStringLiteral("partial_outage");
    if (impact == QLatin1String("minor"))
        return QStringLiteral("degraded_performance");
    if (impact == QLatin1String("none"))
        return QStringLiteral("operational");
    return QString();
}

QJsonObject StatusPagePublisher::createBody(const Message &message, const QStringList &componentIds)
{
    QJsonObject incident;
    incident.insert(QLatin1String("name"),
                    message.title.isEmpty() ? message.incidentReference : message.title);
    incident.insert(QLatin1String("status"), message.statusPageStatus);
    incident.insert(QLatin1String("body"), message.body);
    if (!message.impact.isEmpty())
        incident.insert(QLatin1String("impact_override"), message.impact);
    incident.insert(
        QLatin1String("metadata"),
        QJsonObject{{QLatin1String("warroom"),
                     QJsonObject{{QLatin1String("idempotency_key"), message.idempotencyKey},
                                 {QLatin1String("incident"), message.incidentReference}}}});
    addComponents(incident, message, componentIds);
    return QJsonObject{{QLatin1String("incident"), incident}};
}

QJsonObject StatusPagePublisher::updateBody(const Message &message, const QStringList &componentIds)
{
    QJsonObject incident;
    incident.insert(QLatin1String("status"), message.statusPageStatus);
    incident.insert(QLatin1String("body"), message.body);
    if (!message.impact.isEmpty())
        incident.insert(QLatin1String("impact_override"), message.impact);
    addComponents(incident, message, componentIds);
    return QJsonObject{{QLatin1String("incident"), incident}};
}

void StatusPagePublisher::deliver(const Message &message, std::function<void(const Outcome &)> done)
{
    if (auto problem = messageProblem(message)) {
        finishLater(&m_http, std::move(done), refusedOutcome(*problem));
        return;
    }
    if (message.remoteId.isEmpty())
        lookUpThenCreate(message, std::move(done));
    else
        update(message, std::move(done));
}

HttpRequest StatusPagePublisher::request(const QByteArray &verb, const QString &path,
                                         const QJsonObject &body) const
{
    HttpRequest request;
    request.verb = verb;
    request.url = m_settings.baseUrl;
    QString base = m_settings.baseUrl.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    request.url.setPath(base + QLatin1String("/v1/pages/") + m_settings.pageId + path);
    request.headers = {{"Authorization", "OAuth " + m_settings.apiKey.toUtf8()},
                       {"Accept", "application/json"}};
    if (!body.isEmpty()) {
        request.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request;
}

void StatusPagePublisher::lookUpThenCreate(const Message &message,
                                           std::function<void(const Outcome &)> done)
{
    m_http.send(
        request("GET", QStringLiteral("/incidents/unresolved")),
        [this, message, done](const HttpAnswer &answer) {
            if (!http::isSuccess(answer)) {
                Outcome outcome = http::outcome(answer, m_clock.nowUtc());
                outcome.message =
                    Text::tr("Looking the incident up by its key before creating it: %1")
                        .arg(outcome.message);
                done(outcome);
                return;
            }
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
            if (answer.tooLarge || error.error != QJsonParseError::NoError || !document.isArray()) {
                done(refusedOutcome(
                    Text::tr("The list of unresolved incidents is not what the Statuspage API "
                             "answers (a JSON array of incidents); check "
                             "WARROOM_STATUSPAGE_BASE_URL.")));
                return;
            }
            for (const QJsonValue &item : document.array()) {
                const QJsonObject incident = item.toObject();
                const QJsonValue key = incident.value(QLatin1String("metadata"))
                                           .toObject()
                                           .value(QLatin1String("warroom"))
                                           .toObject()
                                           .value(QLatin1String("idempotency_key"));
                const QJsonValue id = incident.value(QLatin1String("id"));
                if (key.toString() == message.idempotencyKey && id.isString() &&
                    isIncidentId(id.toString())) {
                    Outcome outcome;
                    outcome.kind = Kind::Delivered;
                    outcome.remoteId = id.toString();
                    outcome.message = Text::tr("An earlier attempt had created incident %1; not "
                                               "created again.")
                                          .arg(outcome.remoteId);
                    done(outcome);
                    return;
                }
            }
            create(message, done);
        });
}

void StatusPagePublisher::create(const Message &message, std::function<void(const Outcome &)> done)
{
    m_http.send(
        request("POST", QStringLiteral("/incidents"), createBody(message, m_settings.componentIds)),
        [this, done](const HttpAnswer &answer) {
            Outcome outcome = http::outcome(answer, m_clock.nowUtc());
            if (outcome.kind != Kind::Delivered) {
                done(outcome);
                return;
            }
            const QJsonValue given =
                QJsonDocument::fromJson(answer.body).object().value(QLatin1String("id"));
            if (!answer.tooLarge && given.isString() && !given.toString().isEmpty() &&
                !isIncidentId(given.toString())) {
                // Not a Statuspage id: a retry would look for it in vain and create another.
                done(refusedOutcome(Text::tr("%1, but the incident id in the answer is not one "
                                             "Statuspage gives (letters, digits, - and _); check "
                                             "WARROOM_STATUSPAGE_BASE_URL.")
                                        .arg(outcome.message)));
                return;
            }
            const auto id = answer.tooLarge ? Result<QString>(Error::invalid(
                                                  QString(), Text::tr("the answer is too large")))
                                            : incidentId(answer.body);
            if (!id) {
                // The incident was most likely created; the next attempt finds it by its key.
                outcome.kind = Kind::RetryLater;
                outcome.message = Text::tr("%1, but %2; the next attempt looks the incident up by "
                                           "its idempotency key.")
                                      .arg(outcome.message, id.error().message);
                done(outcome);
                return;
            }
            outcome.remoteId = *id;
            outcome.message = Text::tr("Created status page incident %1.").arg(*id);
            done(outcome);
        });
}

void StatusPagePublisher::update(const Message &message, std::function<void(const Outcome &)> done)
{
    m_http.send(request("PATCH", QLatin1String("/incidents/") + message.remoteId,
                        updateBody(message, m_settings.componentIds)),
                [this, remoteId = message.remoteId, done](const HttpAnswer &answer) {
                    Outcome outcome = http::outcome(answer, m_clock.nowUtc());
                    if (outcome.kind == Kind::Delivered) {
                        // The id is the one updated; the answer's body adds nothing the outbox
                        // needs.
                        outcome.remoteId = remoteId;
                        outcome.message =
                            Text::tr("Updated status page incident %1.").arg(remoteId);
                    }
                    done(outcome);
                });
}

} // namespace warroom
