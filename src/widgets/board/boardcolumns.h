#pragma once

#include <QObject>

class QTableView;
class QWidget;

namespace warroom {

class DetailsDelegate;
class OwnerDelegate;

// How the phase board's columns share its width. The obligation is the column that matters and
// stretches; state and countdown are as wide as their text. The owner is as wide as the role and
// its people on one line, capped: past the cap each person gets a line of their own. When the
// obligation would get fewer than 48 characters the due time (the countdown says the same) and
// then the details give way, and only then the owner narrows (its names wrap at spaces), so the
// obligation keeps about 24 characters whenever any other column can give way. When the board is
// short for its text size (six rows of three lines do not fit, as at the wall screen's larger
// text) the details wrap to at most as many lines as the row's other cells need (at least two;
// the tooltip has all), so the rows are as high as the obligation, not its details.
//
// The columns are fitted again whenever what they show or the room changes: rows loaded, reset
// or moved, cell text changed (owners assigned, countdowns ticking), the state or countdown
// column resized to its text, the viewport resized (a scroll bar coming or going), the font.
class BoardColumns final : public QObject
{
    Q_OBJECT

public:
    // Sets up the view's owner and details columns and keeps them fitted.
    explicit BoardColumns(QTableView *view);

    // Fits the columns to the viewport now.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Fits once control returns to the event loop, however many changes came before.
    void fitSoon();

    QTableView *m_view;
    QWidget *m_viewport = nullptr;
    OwnerDelegate *m_owner = nullptr;
    DetailsDelegate *m_details = nullptr;
    bool m_fitting = false;
    bool m_pending = false;
};

} // namespace warroom
