#pragma once

#include "integrations/channels/channelsettings.h"
#include "integrations/channels/httpexchange.h"
#include "integrations/publishing/publisher.h"

#include <QJsonObject>

namespace warroom {

class Clock;

// Atlassian Statuspage REST API v1 (or a compatible server at the configured base URL):
//  - a message without remoteId creates an incident: GET …/incidents/unresolved first, and if
//    one carries this message's idempotency key in metadata.warroom (an earlier attempt whose
//    answer was lost), that incident is the delivery; otherwise POST …/incidents;
//  - a message with remoteId updates that incident: PATCH …/incidents/{remoteId}.
// Outcome::remoteId is the incident's id. Requests and answers: docs/channels.md.
class StatusPagePublisher final : public Publisher
{
public:
    StatusPagePublisher(StatusPageSettings settings, QNetworkAccessManager &network, int timeoutMs,
                        const Clock &clock,
                        qint64 maxAnswerBytes = HttpClient::kDefaultMaxAnswerBytes);

    Destination destination() const override { return Destination::StatusPage; }
    QString describe() const override;
    void deliver(const Message &message, std::function<void(const Outcome &)> done) override;

    // The request bodies, as sent.
    static QJsonObject createBody(const Message &message, const QStringList &componentIds);
    static QJsonObject updateBody(const Message &message, const QStringList &componentIds);
    // The component status an incident in this state and impact sets (empty: leave them).
    static QString componentStatus(const QString &status, const QString &impact);

private:
    void lookUpThenCreate(const Message &message, std::function<void(const Outcome &)> done);
    void create(const Message &message, std::function<void(const Outcome &)> done);
    void update(const Message &message, std::function<void(const Outcome &)> done);
    HttpRequest request(const QByteArray &verb, const QString &path,
                        const QJsonObject &body = {}) const;

    StatusPageSettings m_settings;
    const Clock &m_clock;
    HttpClient m_http;
};

} // namespace warroom
