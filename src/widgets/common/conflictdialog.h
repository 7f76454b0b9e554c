#pragma once

#include "core/base/conflict.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace warroom {

// What a seat sees when its change was based on an older revision (Error::Code::Conflict,
// docs/shared-mode.md "Concurrent edits"): who changed it, when, what it is now, and that the
// user's change was not saved. "Apply mine anyway" submits it again against the current revision
// (every other rule still applies); "Discard mine" shows theirs. With showTexts(), both texts
// side by side (a draft), and "Keep editing" (also Escape) leaves the user's text in the editor.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { ApplyMine, DiscardMine, KeepEditing };

    // yourChange: the refused change in words ("Left a message", "assign Bo Berg").
    ConflictDialog(const Conflict &conflict, const QString &yourChange, QWidget *parent = nullptr);

    // For a text: theirs (as saved now) next to the user's unsaved one, and a third choice,
    // "Keep editing", which is also what Escape and closing the window do.
    void showTexts(const QString &theirsHeading, const QString &theirs, const QString &yours);
    // Names the buttons for what they do here ("Save mine as version 4").
    void setApplyText(const QString &text);

    QString message() const;
    Choice choice() const { return m_choice; }

    // The message, for a line or a test: "Hana Kim changed this at 14:05 UTC (now: Reached).
    // Your change (Left a message) was not saved."
    static QString messageFor(const Conflict &conflict, const QString &yourChange);
    // Shows the dialog modally and returns the user's choice.
    static Choice ask(QWidget *parent, const Conflict &conflict, const QString &yourChange);

protected:
    void reject() override;

private:
    void choose(Choice choice);

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_texts = nullptr;
    QLabel *m_theirsHeading = nullptr;
    QPlainTextEdit *m_theirs = nullptr;
    QPlainTextEdit *m_yours = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_keep = nullptr;
    Choice m_choice = Choice::DiscardMine;
};

} // namespace warroom
