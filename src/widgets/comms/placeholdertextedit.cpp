#include "widgets/comms/placeholdertextedit.h"

#include "comms/text/placeholders.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace warroom {

PlaceholderTextEdit::PlaceholderTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    // Tab moves on to the next control (a tab character has no place in an announcement), so
    // the keyboard never gets stuck in the text.
    setTabChangesFocus(true);
    auto *names = new QStandardItemModel(this);
    for (const PlaceholderInfo &info : placeholders::catalog()) {
        auto *item = new QStandardItem(info.name);
        item->setToolTip(info.description);
        item->setData(info.description, Qt::StatusTipRole);
        names->appendRow(item);
    }
    m_completer = new QCompleter(names, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->popup()->setObjectName(QStringLiteral("placeholderPopup"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &PlaceholderTextEdit::insertCompletion);
}

std::optional<QString> PlaceholderTextEdit::typedPrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(QLatin1String("{{"));
    if (open < 0 || before.indexOf(QLatin1String("}}"), open) >= 0)
        return std::nullopt;
    const QString prefix = before.mid(open + 2).trimmed();
    for (QChar c : prefix) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return std::nullopt;
    }
    return prefix;
}

void PlaceholderTextEdit::insertCompletion(const QString &name)
{
    if (m_completer->widget() != this)
        return;
    QTextCursor cursor = textCursor();
    const std::optional<QString> prefix = typedPrefix();
    if (!prefix)
        return;
    // Replace what was typed after "{{" (any spaces included) by the name, and close it.
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype typed = before.size() - (before.lastIndexOf(QLatin1String("{{")) + 2);
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(typed));
    const QString after = cursor.block().text().mid(cursor.positionInBlock() + typed);
    cursor.insertText(after.startsWith(QLatin1String("}}")) ? name : name + QStringLiteral("}}"));
    setTextCursor(cursor);
}

void PlaceholderTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        // The popup takes the keys that choose or dismiss an entry.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);

    const std::optional<QString> prefix = typedPrefix();
    if (!prefix || event->text().isEmpty()) {
        if (!prefix)
            m_completer->popup()->hide();
        return;
    }
    if (*prefix != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(*prefix);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

} // namespace warroom
