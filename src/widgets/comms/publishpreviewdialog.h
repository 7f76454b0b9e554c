#pragma once

#include "core/comms/delivery.h"
#include "integrations/channels/channellimits.h"
#include "integrations/channels/channelrendering.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace warroom {

// One column of the preview: one planned destination (every email recipient gets the same text,
// so email is one column showing the first recipient and the count).
struct PublishPreview
{
    QString title; // "Status page"
    QString where; // "lena@globex.example and 7 more (8 recipients)"
    rendering::Rendering rendering;
    QList<channellimits::Check> checks;
};

// What publishing a draft will send, side by side as each destination will show it (status
// page, Slack mrkdwn, email subject, text and HTML, webhook JSON), each with its length limits
// checked. Publish is disabled, with the reason and the fix, while a hard limit fails; soft
// limits only warn. Replaces the plain confirmation of the Publish step (docs/channels.md).
class PublishPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    PublishPreviewDialog(const QString &summary, const QList<PublishPreview> &columns,
                         QWidget *parent = nullptr);

    // The columns for the deliveries SignOffGate::plannedDeliveries returns, in its order, with
    // the message each outbox row will carry (rendering::messageFor).
    static QList<PublishPreview> columnsFor(const QList<DeliveryTarget> &planned, qint64 incidentId,
                                            const QString &title, const QString &body,
                                            const QString &incidentStatusId,
                                            const QString &severityId);

    QPushButton *publishButton() const { return m_publish; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString summary() const;
    // Why Publish is disabled (each failing hard limit and its fix), or empty.
    QString blockedReason() const { return m_blockedReason; }
    const QList<PublishPreview> &columns() const { return m_columns; }

private:
    QWidget *column(const PublishPreview &preview);

    QList<PublishPreview> m_columns;
    QString m_blockedReason;
    QLabel *m_summary = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace warroom
