#pragma once

#include <QDialog>
#include <QKeySequence>

class QAction;
class QTableWidget;

namespace warroom {

// Help → Keyboard shortcuts… (F1): every key of the window it is opened for, read from the
// window's own QActions (and the buttons given a key of their own) when it opens, so the list
// cannot drift from what the keys do; then the call tracker's status keys and the rules for
// Alt+letter. docs/keyboard.md says the same in prose.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString where; // "Menu Incident", "Phase board", "Everywhere in the window"
        QString what;
        QList<QKeySequence> keys;
        QObject *source = nullptr; // the QAction or the button
    };

    explicit KeyboardShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // What the window's actions and buttons bind, sorted by where and then by what.
    static QList<Entry> entriesOf(QWidget *window);
    const QList<Entry> &entries() const { return m_entries; }
    QTableWidget *table() const { return m_table; }

private:
    QList<Entry> m_entries;
    QTableWidget *m_table = nullptr;
};

} // namespace warroom
