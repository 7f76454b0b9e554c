#include "widgets/common/tablesetup.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace warroom {

QTableView *newTable(const QString &objectName, QAbstractItemModel *model, const TableFit &fit,
                     QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Tab goes on to the next control (arrow keys move between rows), never round the cells.
    table->setTabKeyNavigation(false);

    switch (fit.rows) {
    case TableFit::Rows::OneLine:
        table->setWordWrap(false);
        fitRowsToFont(table);
        break;
    case TableFit::Rows::GrowToText:
        table->setWordWrap(true);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        break;
    case TableFit::Rows::Wrapped:
        table->setWordWrap(true);
        break;
    }

    QHeaderView *header = table->horizontalHeader();
    switch (fit.columns) {
    case TableFit::Columns::FitText:
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        if (fit.stretch >= 0)
            header->setSectionResizeMode(fit.stretch, QHeaderView::Stretch);
        break;
    case TableFit::Columns::SizedOnce:
        header->setStretchLastSection(true);
        table->resizeColumnsToContents();
        break;
    }
    return table;
}

void fitRowsToFont(QTableView *table, int lines)
{
    const QFontMetrics metrics(table->font());
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(metrics.height() +
                                                   (lines - 1) * metrics.lineSpacing() + 8);
}

} // namespace warroom
