#pragma once

#include "core/comms/outboxqueue.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace warroom {

class CurrentUser;
class ErrorLine;
class Workspace;

// Where each delivery of a published draft stands (status page, Slack, webhook, each email
// recipient: queued, sending, sent, retrying at, failed with the remote's words, posted by hand),
// and what a team without that channel set up does instead: copy the exact text that was
// approved, post it by hand, and record that it was posted by whom (docs/outbox.md). A failed
// row can be sent again. Everything is read from the outbox and written through its store; the
// board follows from the timeline events that writes.
class DeliveriesDialog final : public QDialog
{
    Q_OBJECT

public:
    DeliveriesDialog(Workspace &workspace, CurrentUser &user, qint64 incidentId, qint64 draftId,
                     QWidget *parent = nullptr);

    // Asks before recording a manual post; by default a question box. Tests answer it.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    int rowCount() const { return int(m_rows.size()); }
    void selectRow(int row);

public slots:
    void reload();
    void copySelected();
    void recordPostedByHand();
    void retrySelected();

private:
    const OutboxRow *selected() const;
    void updateButtons();

    Workspace &m_workspace;
    CurrentUser &m_user;
    qint64 m_incidentId;
    qint64 m_draftId;
    QList<OutboxRow> m_rows;
    Confirm m_confirm;
    ErrorLine *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_byHand = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace warroom
