#pragma once

#include "core/comms/delivery.h"
#include "integrations/publishing/publisher.h"

#include <QList>
#include <QString>

namespace warroom::rendering {

// One piece of what a destination shows, exactly as it is sent.
struct Part
{
    enum class Kind {
        IncidentName,   // status page: the incident's name (sent when the incident is created)
        IncidentUpdate, // status page: the update's body
        IncidentState,  // status page: status and impact words
        SlackText,      // Slack: the payload's `text` (notifications, and clients without blocks)
        SlackTitle,     // Slack: the title's section block
        SlackSection,   // Slack: one section block of the body
        SlackContext,   // Slack: the context block (reference and status)
        EmailSubject,   // email: the Subject header's text
        EmailPlainText, // email: the text/plain part
        EmailHtml,      // email: the text/html part (HTML source)
        WebhookJson,    // webhook: the JSON payload, indented
    };
    Kind kind = Kind::IncidentUpdate;
    QString label; // "Incident name", "Body, section 2 of 3"
    QString text;
};

// What one destination will show for one message. Built only from the publishers' own helpers
// (StatusPagePublisher::createBody, SlackPublisher::payload, EmailPublisher::subjectFor,
// mail::plainTextBody and mail::htmlBody, WebhookPublisher::payload), the functions the
// publishers build their requests with, so the preview cannot differ from what is delivered.
struct Rendering
{
    Destination destination = Destination::StatusPage;
    QList<Part> parts;

    QList<Part> partsOf(Part::Kind kind) const;
};

Rendering render(const Publisher::Message &message);

// The message an outbox row for `target` carries: the fields the outbox sender fills from the
// row, which SignOffGate writes from the draft's rendered title and body and, for the status
// page only, the incident's status (delivery::statusPageStatus) and severity
// (delivery::statusPageImpact).
Publisher::Message messageFor(qint64 incidentId, const QString &title, const QString &body,
                              const QString &incidentStatusId, const QString &severityId,
                              const DeliveryTarget &target);

} // namespace warroom::rendering
