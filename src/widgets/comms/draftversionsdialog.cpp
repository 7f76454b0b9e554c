#include "widgets/comms/draftversionsdialog.h"

#include "comms/text/worddiff.h"
#include "models/comms/draftversionmodel.h"
#include "widgets/comms/worddiffview.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace warroom {
namespace {

QString rendered(const DraftVersion &v)
{
    return v.renderedTitle + QStringLiteral("\n\n") + v.renderedBody;
}

QString written(const DraftVersion &v)
{
    return v.title + QStringLiteral("\n\n") + v.body;
}

} // namespace

DraftVersionsDialog::DraftVersionsDialog(DraftStore &drafts, qint64 draftId, int draftNumber,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Versions of draft #%1").arg(draftNumber));
    resize(1000, 650);
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

    // Left, what changed since the version before (as rendered: what legal signs off); right,
    // the selected version's whole text.
    auto *texts = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(texts);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_diffLabel = new QLabel(left);
    m_diffLabel->setObjectName(QStringLiteral("versionDiffLabel"));
    m_diffLabel->setWordWrap(true);
    leftLayout->addWidget(m_diffLabel);
    m_diff = new WordDiffView(left);
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_diff->setAccessibleName(tr("Changes from the version before"));
    leftLayout->addWidget(m_diff, 1);
    m_copyDiff = new QPushButton(tr("Co&py changes as text"), left);
    m_copyDiff->setObjectName(QStringLiteral("copyVersionDiff"));
    m_copyDiff->setToolTip(tr("Copies the changes with removed words as [-words-] and added "
                              "words as {+words+}, for an email or a ticket."));
    leftLayout->addWidget(m_copyDiff, 0, Qt::AlignLeft);

    auto *whole = new QTabWidget(texts);
    m_rendered = new QPlainTextEdit(whole);
    m_rendered->setObjectName(QStringLiteral("versionRendered"));
    m_rendered->setAccessibleName(tr("As rendered when saved"));
    m_rendered->setReadOnly(true);
    whole->addTab(m_rendered, tr("As rendered when saved"));
    m_written = new QPlainTextEdit(whole);
    m_written->setObjectName(QStringLiteral("versionWritten"));
    m_written->setAccessibleName(tr("As written"));
    m_written->setReadOnly(true);
    whole->addTab(m_written, tr("As written"));
    texts->addWidget(left);
    texts->addWidget(whole);
    texts->setStretchFactor(0, 3);
    texts->setStretchFactor(1, 2);
    layout->addWidget(texts, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *restore =
        buttons->addButton(tr("&Restore this text"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreVersion"));
    restore->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyDiff, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_diff->plainDiff()); });
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
    const QList<DraftVersion> &versions = m_model->versions();
    if (row < 0 || row >= versions.size()) {
        m_chosen.reset();
        m_written->clear();
        m_rendered->clear();
        m_diff->showDiff({});
        m_diffLabel->clear();
        m_copyDiff->setEnabled(false);
        return;
    }
    m_chosen = versions.at(row);
    m_written->setPlainText(written(*m_chosen));
    m_rendered->setPlainText(rendered(*m_chosen));
    if (row == 0) {
        m_diffLabel->setText(
            tr("<b>Version %1</b> is the first: all of its text is new.").arg(m_chosen->version));
        m_diff->showDiff({{WordDiff::Piece::Kind::Added, rendered(*m_chosen)}});
    } else {
        const DraftVersion &before = versions.at(row - 1);
        const QList<WordDiff::Piece> pieces = WordDiff::diff(rendered(before), rendered(*m_chosen));
        const bool same = pieces.size() <= 1 &&
                          (pieces.isEmpty() || pieces.first().kind == WordDiff::Piece::Kind::Same);
        m_diffLabel->setText(
            same ? tr("<b>Version %1</b> renders the same text as version %2 (only placeholders "
                      "or their values changed).")
                       .arg(m_chosen->version)
                       .arg(before.version)
                 : tr("<b>Changes from version %1 to %2</b>, as rendered: removed words struck "
                      "through, added words underlined.")
                       .arg(before.version)
                       .arg(m_chosen->version));
        m_diff->showDiff(pieces);
    }
    m_copyDiff->setEnabled(true);
}

} // namespace warroom
