#include "widgets/comms/deliveriesdialog.h"

#include "core/comms/delivery.h"
#include "session/currentuser.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/outboxstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"
#include "widgets/common/errorline.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warroom {

DeliveriesDialog::DeliveriesDialog(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                                   qint64 draftId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_incidentId(incidentId)
    , m_draftId(draftId)
{
    // The draft's number within its incident, as the list shows it.
    const Result<Draft> draft = m_workspace.drafts().draft(draftId);
    setWindowTitle(tr("Deliveries of draft #%1").arg(draft ? qint64(draft->number) : draftId));
    setObjectName(QStringLiteral("deliveriesDialog"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
    auto *layout = new QVBoxLayout(this);
    m_error = new ErrorLine(QStringLiteral("deliveriesError"), this, ErrorLine::Look::Box);
    layout->addWidget(m_error);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_table->setAccessibleName(tr("Deliveries"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between rows
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Where"), tr("State"), tr("Last answer")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyText"));
    m_copy->setToolTip(tr("The exact title and text that were approved, for posting by hand."));
    m_byHand = buttons->addButton(tr("Record as &posted by hand…"), QDialogButtonBox::ActionRole);
    m_byHand->setObjectName(QStringLiteral("postedByHand"));
    m_retry = buttons->addButton(tr("&Send again"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryDelivery"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &DeliveriesDialog::copySelected);
    connect(m_byHand, &QPushButton::clicked, this, &DeliveriesDialog::recordPostedByHand);
    connect(m_retry, &QPushButton::clicked, this, &DeliveriesDialog::retrySelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DeliveriesDialog::updateButtons);
    // The sender works on another thread; what it records reaches this process as timeline
    // events of the incident.
    connect(&m_workspace.incidents(), &IncidentStore::timelineAppended, this, [this](qint64 id) {
        if (id == m_incidentId)
            reload();
    });
    resize(760, 360);
    reload();
}

void DeliveriesDialog::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    Result<QList<Publication>> publications = m_workspace.drafts().publications(m_incidentId);
    Result<QList<OutboxRow>> rows = m_workspace.outbox().rows(m_incidentId);
    if (!publications || !rows) {
        m_error->showMessage(!publications ? publications.error().message : rows.error().message);
        return;
    }
    m_error->showMessage(QString());
    QSet<qint64> ofDraft;
    for (const Publication &p : *publications) {
        if (p.draftId == m_draftId)
            ofDraft.insert(p.id);
    }
    m_rows.clear();
    for (const OutboxRow &r : *rows) {
        if (ofDraft.contains(r.publicationId))
            m_rows.append(r);
    }
    int settled = 0;
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const OutboxRow &r = m_rows.at(i);
        settled += deliverystate::isSettled(r.state) ? 1 : 0;
        const QString state =
            delivery::stateText(r.state, r.settledBy, r.settledAt, r.nextAttemptAt);
        const QString where = delivery::targetText(r.destination, r.recipient);
        const QStringList cells{QString::number(r.id), where, state, r.lastMessage};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(i, c, item);
        }
        if (r.id == keep)
            m_table->selectRow(i);
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        m_rows.isEmpty()
            ? tr("Nothing of this draft is in the outbox: it was published before War Room "
                 "tracked deliveries, or not at all.")
            : tr("%1 of %2 deliveries done. A channel that is not set up here waits: copy the "
                 "text, post it yourself, then record it as posted by hand.")
                  .arg(settled)
                  .arg(m_rows.size()));
    updateButtons();
}

void DeliveriesDialog::selectRow(int row)
{
    m_table->selectRow(row);
}

const OutboxRow *DeliveriesDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || items.first()->row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(items.first()->row());
}

void DeliveriesDialog::updateButtons()
{
    const OutboxRow *row = selected();
    m_copy->setEnabled(row != nullptr);
    m_byHand->setEnabled(row && !deliverystate::isSettled(row->state));
    m_retry->setEnabled(row && row->state == DeliveryState::Failed);
}

void DeliveriesDialog::copySelected()
{
    const OutboxRow *row = selected();
    if (!row)
        return;
    const QString text =
        row->title.isEmpty() ? row->body : row->title + QStringLiteral("\n\n") + row->body;
    QApplication::clipboard()->setText(text);
    m_summary->setText(tr("Copied the text of delivery #%1 (%2 characters). Post it, then record "
                          "it as posted by hand.")
                           .arg(row->id)
                           .arg(text.size()));
}

void DeliveriesDialog::recordPostedByHand()
{
    const OutboxRow *row = selected();
    if (!row)
        return;
    const qint64 id = row->id;
    const QString where =
        row->recipient.isEmpty() ? destination::displayName(row->destination) : row->recipient;
    if (!m_confirm(tr("Record delivery #%1 (%2) as posted by hand by %3? The board counts it as "
                      "delivered from now on, and the timeline says who posted it.")
                       .arg(id)
                       .arg(where, m_user.name())))
        return;
    if (Result<void> done = m_workspace.outbox().postByHand(id, m_user.name()); !done) {
        m_error->showMessage(done.error().message);
        return;
    }
    reload();
}

void DeliveriesDialog::retrySelected()
{
    const OutboxRow *row = selected();
    if (!row)
        return;
    if (Result<void> done = m_workspace.outbox().retry(row->id, m_user.name()); !done) {
        m_error->showMessage(done.error().message);
        return;
    }
    reload();
}

} // namespace warroom
