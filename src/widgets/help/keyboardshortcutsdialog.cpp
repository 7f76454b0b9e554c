#include "widgets/help/keyboardshortcutsdialog.h"

#include "core/calls/callstatus.h"
#include "widgets/common/plaintext.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace warroom {
namespace {

// The tab a widget sits on ("Phase board"), or the window as a whole.
QString whereIs(const QWidget *widget)
{
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        const auto *stack = qobject_cast<const QStackedWidget *>(w->parentWidget());
        const auto *tabs =
            stack ? qobject_cast<const QTabWidget *>(stack->parentWidget()) : nullptr;
        if (const int index = tabs ? tabs->indexOf(w) : -1; index >= 0)
            return plainText(tabs->tabText(index));
    }
    return KeyboardShortcutsDialog::tr("Everywhere in the window");
}

QString whereIs(const QAction *action)
{
    for (const QObject *object : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(object))
            return KeyboardShortcutsDialog::tr("Menu %1").arg(plainText(menu->title()));
    }
    for (const QObject *object : action->associatedObjects()) {
        if (const auto *widget = qobject_cast<const QWidget *>(object))
            return whereIs(widget);
    }
    return KeyboardShortcutsDialog::tr("Everywhere in the window");
}

} // namespace

QList<KeyboardShortcutsDialog::Entry> KeyboardShortcutsDialog::entriesOf(QWidget *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        entries.append({whereIs(action), plainText(action->text()), action->shortcuts(), action});
    }
    // A button's own key (Save is Ctrl+S); the Alt+letter of its text is the mnemonic below.
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        const QKeySequence key = button->shortcut();
        if (key.isEmpty() || key == QKeySequence::mnemonic(button->text()))
            continue;
        entries.append({whereIs(button), plainText(button->text()), {key}, button});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.where, a.what) < std::tie(b.where, b.what);
    });
    return entries;
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_entries(entriesOf(window))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableWidget(int(m_entries.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between rows
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What it does"), tr("Where")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        QStringList keys;
        for (const QKeySequence &key : entry.keys)
            keys.append(key.toString(QKeySequence::NativeText));
        m_table->setItem(row, 0, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.what));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    QStringList calls;
    for (CallStatus s : callstatus::all())
        calls.append(tr("%1 or %2: %3")
                         .arg(callstatus::shortcutKey(s), callstatus::shortcutLetter(s),
                              callstatus::displayName(s)));
    auto *more = new QLabel(
        tr("<p><b>Phase board:</b> Return or Enter on the selected row marks it done, like the "
           "Done "
           "button.</p><p><b>Call tracker</b>, on the selected account: %1; Return writes a "
           "note.</p><p><b>Alt + the underlined letter</b> presses that button, opens that menu or "
           "tab, or goes to that field; no letter is used twice in a window.</p>")
            .arg(calls.join(QStringLiteral(" · "))),
        this);
    more->setObjectName(QStringLiteral("moreKeys"));
    more->setWordWrap(true);
    layout->addWidget(more);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);
}

} // namespace warroom
