#include "integrations/channels/channelrendering.h"

#include "integrations/channels/emailpublisher.h"
#include "integrations/channels/mailmessage.h"
#include "integrations/channels/slackpublisher.h"
#include "integrations/channels/statuspagepublisher.h"
#include "integrations/channels/webhookpublisher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace warroom::rendering {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ChannelRendering)
};

void renderStatusPage(const Publisher::Message &message, Rendering &out)
{
    // The create request carries every field a reader sees; an update sends the same body and
    // status, and the incident keeps the name it was created with.
    const QJsonObject incident =
        StatusPagePublisher::createBody(message, {}).value(QLatin1String("incident")).toObject();
    out.parts.append({Part::Kind::IncidentName, Text::tr("Incident name"),
                      incident.value(QLatin1String("name")).toString()});
    QString state = incident.value(QLatin1String("status")).toString();
    if (incident.contains(QLatin1String("impact_override")))
        state +=
            QStringLiteral(" · ") +
            Text::tr("impact %1").arg(incident.value(QLatin1String("impact_override")).toString());
    out.parts.append({Part::Kind::IncidentState, Text::tr("Status"), state});
    out.parts.append({Part::Kind::IncidentUpdate, Text::tr("Update"),
                      incident.value(QLatin1String("body")).toString()});
}

void renderSlack(const Publisher::Message &message, Rendering &out)
{
    const QJsonObject payload = SlackPublisher::payload(message);
    out.parts.append({Part::Kind::SlackText, Text::tr("Notification text"),
                      payload.value(QLatin1String("text")).toString()});
    const QJsonArray blocks = payload.value(QLatin1String("blocks")).toArray();
    QList<QString> sections;
    bool titled = !message.title.isEmpty();
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        if (block.value(QLatin1String("type")).toString() == QLatin1String("context")) {
            const QJsonArray elements = block.value(QLatin1String("elements")).toArray();
            out.parts.append({Part::Kind::SlackContext, Text::tr("Footer"),
                              elements.at(0).toObject().value(QLatin1String("text")).toString()});
            continue;
        }
        const QString text =
            block.value(QLatin1String("text")).toObject().value(QLatin1String("text")).toString();
        if (titled) {
            out.parts.append({Part::Kind::SlackTitle, Text::tr("Title"), text});
            titled = false;
        } else {
            sections.append(text);
        }
    }
    // The body's sections go before the footer, numbered when there are several.
    const qsizetype footer = out.parts.size() - 1;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString label =
            sections.size() == 1
                ? Text::tr("Body")
                : Text::tr("Body, section %1 of %2").arg(i + 1).arg(sections.size());
        out.parts.insert(footer + i, Part{Part::Kind::SlackSection, label, sections.at(i)});
    }
}

void renderEmail(const Publisher::Message &message, Rendering &out)
{
    out.parts.append(
        {Part::Kind::EmailSubject, Text::tr("Subject"), EmailPublisher::subjectFor(message)});
    out.parts.append({Part::Kind::EmailPlainText, Text::tr("Plain text"),
                      mail::plainTextBody(message.title, message.body)});
    out.parts.append(
        {Part::Kind::EmailHtml, Text::tr("HTML"), mail::htmlBody(message.title, message.body)});
}

void renderWebhook(const Publisher::Message &message, Rendering &out)
{
    // The row's idempotency key and publication id exist only once it is queued.
    QJsonObject payload = WebhookPublisher::payload(message);
    payload.remove(QLatin1String("idempotency_key"));
    payload.remove(QLatin1String("publication_id"));
    out.parts.append({Part::Kind::WebhookJson,
                      Text::tr("JSON payload (the idempotency key and publication id are added "
                               "when it is queued)"),
                      QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented))});
}

} // namespace

QList<Part> Rendering::partsOf(Part::Kind kind) const
{
    QList<Part> out;
    for (const Part &part : parts) {
        if (part.kind == kind)
            out.append(part);
    }
    return out;
}

Rendering render(const Publisher::Message &message)
{
    Rendering out;
    out.destination = message.destination;
    switch (message.destination) {
    case Destination::StatusPage:
        renderStatusPage(message, out);
        break;
    case Destination::Slack:
        renderSlack(message, out);
        break;
    case Destination::Email:
        renderEmail(message, out);
        break;
    case Destination::Webhook:
        renderWebhook(message, out);
        break;
    }
    return out;
}

Publisher::Message messageFor(qint64 incidentId, const QString &title, const QString &body,
                              const QString &incidentStatusId, const QString &severityId,
                              const DeliveryTarget &target)
{
    Publisher::Message message;
    message.incidentId = incidentId;
    message.incidentReference = QStringLiteral("INC-%1").arg(incidentId); // as OutboxSender
    message.destination = target.destination;
    message.recipient = target.recipient;
    message.title = title;
    message.body = body;
    // Every row of a publication carries the incident's status and impact
    // (OutboxStore::insertRows): the status page sets them, Slack's footer and the webhook's
    // fields show them.
    message.statusPageStatus = delivery::statusPageStatus(incidentStatusId);
    message.impact = delivery::statusPageImpact(severityId);
    return message;
}

} // namespace warroom::rendering
