#include "widgets/comms/draftversionsdialog.h"

#include "models/comms/draftversionmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace warroom {

DraftVersionsDialog::DraftVersionsDialog(DraftStore &drafts, qint64 draftId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Versions of draft #%1").arg(draftId));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    m_model = new DraftVersionModel(drafts, draftId, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("versionTable"));
    m_table->setAccessibleName(tr("Versions"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between rows
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    auto *texts = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(texts);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new QLabel(tr("As written"), left));
    m_written = new QPlainTextEdit(left);
    m_written->setObjectName(QStringLiteral("versionWritten"));
    m_written->setAccessibleName(tr("As written"));
    m_written->setReadOnly(true);
    leftLayout->addWidget(m_written);
    auto *right = new QWidget(texts);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(new QLabel(tr("As rendered when saved"), right));
    m_rendered = new QPlainTextEdit(right);
    m_rendered->setObjectName(QStringLiteral("versionRendered"));
    m_rendered->setAccessibleName(tr("As rendered when saved"));
    m_rendered->setReadOnly(true);
    rightLayout->addWidget(m_rendered);
    layout->addWidget(texts, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *restore =
        buttons->addButton(tr("&Restore this text"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreVersion"));
    restore->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, restore] {
                showSelected();
                restore->setEnabled(m_chosen.has_value());
            });
    if (m_model->rowCount() > 0)
        m_table->selectRow(m_model->rowCount() - 1);
}

void DraftVersionsDialog::showSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->versions().size()) {
        m_chosen.reset();
        m_written->clear();
        m_rendered->clear();
        return;
    }
    m_chosen = m_model->versions().at(row);
    m_written->setPlainText(m_chosen->title + QStringLiteral("\n\n") + m_chosen->body);
    m_rendered->setPlainText(m_chosen->renderedTitle + QStringLiteral("\n\n") +
                             m_chosen->renderedBody);
}

} // namespace warroom
