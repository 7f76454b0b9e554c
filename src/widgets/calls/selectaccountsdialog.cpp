#include "widgets/calls/selectaccountsdialog.h"

#include "widgets/common/errorline.h"

#include "core/calls/keyaccount.h"
#include "storage/calls/accountstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace warroom {

SelectAccountsDialog::SelectAccountsDialog(AccountStore &accounts, const QList<qint64> &selected,
                                           Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setWindowTitle(tr("Key accounts to call"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Tick the accounts the customer success managers call now, by phone or Slack. "
           "They are called in this order (rank, then ARR)."),
        this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Key accounts"));
    layout->addWidget(m_list, 1);
    m_count = new QLabel(this);
    layout->addWidget(m_count);
    m_error = new ErrorLine(QStringLiteral("selectError"), this);
    layout->addWidget(m_error);

    const Result<QList<KeyAccount>> listed = accounts.accounts();
    if (!listed)
        m_error->showMessage(listed.error().message);
    else if (listed->isEmpty())
        m_error->showMessage(tr(
            "The key-account list is empty: import it first (Directory → Import key accounts)."));
    for (const KeyAccount &a : listed ? listed.value() : QList<KeyAccount>()) {
        const QString rank = a.rank ? QStringLiteral("%1. ").arg(*a.rank) : QString();
        auto *item = new QListWidgetItem(
            tr("%1%2 — %3, CSM %4").arg(rank, a.name, accounttier::displayName(a.tier), a.csm),
            m_list);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(selected.contains(a.id) ? Qt::Checked : Qt::Unchecked);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *top = buttons->addButton(tr("Tick &top %1").arg(keyaccount::DefaultOutreachCount),
                                          QDialogButtonBox::ResetRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SelectAccountsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SelectAccountsDialog::reject);
    connect(top, &QPushButton::clicked, this,
            [this] { tickTop(keyaccount::DefaultOutreachCount); });
    const auto count = [this] { m_count->setText(tr("%1 ticked").arg(tickedIds().size())); };
    connect(m_list, &QListWidget::itemChanged, this, count);
    count();
    resize(560, 480);
}

void SelectAccountsDialog::tickTop(int n)
{
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setCheckState(row < n ? Qt::Checked : Qt::Unchecked);
}

QList<qint64> SelectAccountsDialog::tickedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

QString SelectAccountsDialog::errorText() const
{
    return m_error->text();
}

void SelectAccountsDialog::accept()
{
    const Result<void> done = m_submit(tickedIds());
    if (!done) {
        m_error->showMessage(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace warroom
