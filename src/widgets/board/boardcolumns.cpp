#include "widgets/board/boardcolumns.h"

#include "models/board/phaseboardmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>

namespace warroom {
namespace {

// How wide a cell of `view` must be to show `text` without wrapping, in the style's own measure.
int unwrappedWidth(const QTableView &view, QStyleOptionViewItem option, const QString &text)
{
    option.text = text;
    option.rect = QRect(); // no width: the style lays the text out unwrapped
    return view.style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), &view).width();
}

} // namespace

// The details wrap within the row like the obligation: why an obligation is open is read on the
// board. Limited (when the board is short for its text size), they wrap to at most as many lines
// as the row's other cells need (at least two), so the rows are as high as the obligations, not
// their details; what does not fit is elided, and the tooltip has it all.
class DetailsDelegate final : public QStyledItemDelegate
{
public:
    explicit DetailsDelegate(QTableView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    bool limited() const { return m_limited; }
    void setLimited(bool limited) { m_limited = limited; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize natural = QStyledItemDelegate::sizeHint(option, index);
        if (!m_limited)
            return natural;
        int others = 0;
        for (int column = 0; column < PhaseBoardModel::ColumnCount; ++column) {
            if (column == index.column() || m_view->isColumnHidden(column))
                continue;
            const QModelIndex cell = index.siblingAtColumn(column);
            QStyleOptionViewItem cellOption = option;
            cellOption.rect.setWidth(m_view->columnWidth(column));
            others = qMax(others,
                          m_view->itemDelegateForIndex(cell)->sizeHint(cellOption, cell).height());
        }
        QStyleOptionViewItem own = option;
        initStyleOption(&own, index);
        const int twoLines = 2 * QFontMetrics(own.font).lineSpacing() + 2;
        return {natural.width(), qMin(natural.height(), qMax(others, twoLines))};
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        const QString text = index.data().toString();
        if (event->type() != QEvent::ToolTip || text.isEmpty())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QToolTip::showText(event->globalPos(), text, view, option.rect);
        return true;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideRight;
    }

private:
    QTableView *m_view;
    bool m_limited = false;
};

// The role on the first line, then the people holding it: on one line ("Chloé Martin, Dev Patel")
// when that fits the cell, otherwise each on a line of their own, so a name is never split
// between two people's lines. A name wider than the cell wraps at its spaces.
class OwnerDelegate final : public QStyledItemDelegate
{
public:
    enum class Lines { OnePerPerson, PeopleOnOneLine };

    explicit OwnerDelegate(QTableView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    // How wide the cell must be for its text laid out so, unwrapped.
    int widthFor(const QModelIndex &index, Lines lines) const
    {
        QStyleOptionViewItem option;
        option.initFrom(m_view);
        option.widget = m_view;
        QStyledItemDelegate::initStyleOption(&option, index);
        return unwrappedWidth(*m_view, option, textFor(index, lines));
    }

    // How wide the cell must be for its widest word.
    int widestWord(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.initFrom(m_view);
        option.widget = m_view;
        QStyledItemDelegate::initStyleOption(&option, index);
        QString widest;
        int widestWidth = 0;
        const QFontMetrics metrics(option.font);
        for (const QString &word :
             option.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (const int width = metrics.horizontalAdvance(word); width > widestWidth) {
                widestWidth = width;
                widest = word;
            }
        }
        return unwrappedWidth(*m_view, option, widest);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::WrapText;
        if (option->rect.width() <= 0) // measured for its natural width
            return;
        const QString oneLine = textFor(index, Lines::PeopleOnOneLine);
        if (unwrappedWidth(*m_view, *option, oneLine) > option->rect.width())
            option->text = textFor(index, Lines::OnePerPerson);
    }

private:
    static QString textFor(const QModelIndex &index, Lines lines)
    {
        // Lines are broken with the separator the item views' text layout breaks at.
        const QStringList people = index.data(PhaseBoardModel::HoldersRole).toStringList();
        if (people.size() < 2 || lines == Lines::PeopleOnOneLine)
            return index.data().toString().replace(QLatin1Char('\n'), QChar::LineSeparator);
        return index.data(PhaseBoardModel::OwnerRoleRole).toString() + QChar::LineSeparator +
               people.join(QChar::LineSeparator);
    }

    QTableView *m_view;
};

BoardColumns::BoardColumns(QTableView *view)
    : QObject(view)
    , m_view(view)
    , m_owner(new OwnerDelegate(view))
    , m_details(new DetailsDelegate(view))
{
    m_view->setItemDelegateForColumn(PhaseBoardModel::OwnerColumn, m_owner);
    m_view->setItemDelegateForColumn(PhaseBoardModel::DetailColumn, m_details);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(PhaseBoardModel::OwnerColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(PhaseBoardModel::DetailColumn, QHeaderView::Fixed);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == PhaseBoardModel::StateColumn || column == PhaseBoardModel::CountdownColumn ||
            column == PhaseBoardModel::DueColumn)
            fitSoon();
    });
    QAbstractItemModel *model = m_view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &BoardColumns::fitSoon);
    connect(model, &QAbstractItemModel::layoutChanged, this, &BoardColumns::fitSoon);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BoardColumns::fitSoon);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BoardColumns::fitSoon);
    connect(model, &QAbstractItemModel::dataChanged, this, &BoardColumns::fitSoon);
    // Compared by the pointer kept here: while the view is being destroyed its viewport still
    // sends events, and the view is no longer a QTableView to ask.
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
    fit();
}

bool BoardColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void BoardColumns::fitSoon()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            fit();
        },
        Qt::QueuedConnection);
}

void BoardColumns::fit()
{
    if (m_fitting)
        return; // hiding or resizing a column reports a resize
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int chars = m_view->fontMetrics().averageCharWidth();
    const int fixed = header->sectionSize(PhaseBoardModel::StateColumn) +
                      header->sectionSize(PhaseBoardModel::CountdownColumn);
    const int width = m_view->viewport()->width();
    int room = width - fixed;

    // The owner: one line of people when it fits the cap, otherwise a person a line.
    // The views lay a cell's text out in its width less the grid line.
    const int grid = m_view->showGrid() ? 1 : 0;
    const int title = header->sectionSizeHint(PhaseBoardModel::OwnerColumn);
    int oneLine = title;
    int onePerPerson = title;
    int words = title;
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, PhaseBoardModel::OwnerColumn);
        oneLine = qMax(oneLine, m_owner->widthFor(index, OwnerDelegate::Lines::PeopleOnOneLine));
        onePerPerson =
            qMax(onePerPerson, m_owner->widthFor(index, OwnerDelegate::Lines::OnePerPerson));
        words = qMax(words, m_owner->widestWord(index));
    }
    const int cap = qMax(chars * 40, room / 4);
    oneLine += grid;
    onePerPerson += grid;
    words += grid;
    int owner = qMin(oneLine, qMax(onePerPerson, cap));
    room -= owner;

    // The due time goes first, then the details; the obligation keeps 48 characters beside the
    // details (most titles in two lines) and 24 without them.
    const int due = qMax(
        static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(PhaseBoardModel::DueColumn),
        header->sectionSizeHint(PhaseBoardModel::DueColumn));
    const bool showDetails = room >= chars * (48 + 12);
    const bool showDue = showDetails && room - due >= chars * (48 + 12);
    room -= showDue ? due : 0;
    // Only then the owner narrows, its names wrapping at their spaces.
    if (!showDetails && room < chars * 24) {
        const int narrower = qMax(words, owner - (chars * 24 - room));
        room += owner - narrower;
        owner = narrower;
    }
    header->resizeSection(PhaseBoardModel::OwnerColumn, owner);
    header->setSectionHidden(PhaseBoardModel::DueColumn, !showDue);
    header->setSectionHidden(PhaseBoardModel::DetailColumn, !showDetails);
    if (showDetails)
        header->resizeSection(PhaseBoardModel::DetailColumn,
                              qBound(chars * 12, qMin(room - chars * 48, room / 2), chars * 64));

    // Short for its text size (six rows of three lines do not fit): the details are limited to
    // their row's other cells.
    const bool limited = m_view->viewport()->height() < 6 * 3 * m_view->fontMetrics().lineSpacing();
    if (limited != m_details->limited()) {
        m_details->setLimited(limited);
        m_view->resizeRowsToContents();
    }
    m_fitting = false;
}

} // namespace warroom
