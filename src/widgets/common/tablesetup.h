#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace warroom {

// How a table's rows and columns fit their text.
struct TableFit
{
    enum class Rows {
        OneLine,    // one line of the table's font high, following Ctrl++ (fitRowsToFont)
        GrowToText, // as high as their wrapped text
        Wrapped,    // Qt's default height, long text wrapped
    };
    enum class Columns {
        FitText,   // every column as wide as its text and following it; `stretch` takes the rest
        SizedOnce, // sized to the text once; the last column takes the rest and the user may
                   // resize (call resizeColumnsToContents again after a reset)
    };
    Rows rows = Rows::OneLine;
    Columns columns = Columns::FitText;
    int stretch = -1; // the column that takes what is left (FitText)
};

// The one set-up of War Room's tables (phase board, role board, call list, people directory,
// timeline): whole rows selected one at a time, read-only, no row numbers, rows and columns
// fitted as `fit` says. The caller adds what is particular to its table (delegates, a fixed
// column, key handling).
QTableView *newTable(const QString &objectName, QAbstractItemModel *model, const TableFit &fit,
                     QWidget *parent);

// For TableFit::Rows::OneLine: rows `lines` lines of the table's current font high (call again
// when the font changes). A fixed height costs nothing per row, where ResizeToContents measures
// every row's wrapped text whenever rows come, go or are filtered (the incident list's 10,000).
void fitRowsToFont(QTableView *table, int lines = 1);

} // namespace warroom
