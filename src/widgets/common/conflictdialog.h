#pragma once

#include "core/base/conflict.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace warroom {

class Clock;

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

    // yourChange: the refused change in words ("Left a message", "assign Bo Berg"); clock: the
    // workspace's, for how long ago their change was made.
    ConflictDialog(const Conflict &conflict, const QString &yourChange, const Clock &clock,
                   QWidget *parent = nullptr);

    // For a text: theirs (as saved now) next to the user's unsaved one, and a third choice,
    // "Keep editing", which is also what Escape and closing the window do.
    void showTexts(const QString &theirsHeading, const QString &theirs, const QString &yours);
    // Names the buttons for what they do here ("Save mine as version 4").
    void setApplyText(const QString &text);

    QString message() const;
    Choice choice() const { return m_choice; }

    // The message, for a line or a test: "Hana Kim changed this on 29 Nov 14:05 UTC, 3 m 00 s
    // ago (now: Reached). Your change (Left a message) was not saved." The date and time are in
    // the form of the incident list (IncidentListModel::listTimeText: day first, English month,
    // UTC, on every desktop); how long ago, as the wall screen says it, only when that helps:
    // not for a change a day old or more (the date says it) nor for one the other seat's clock
    // put after `now`.
    static QString messageFor(const Conflict &conflict, const QString &yourChange,
                              const QDateTime &now);
    // Shows the dialog modally and returns the user's choice.
    static Choice ask(QWidget *parent, const Conflict &conflict, const QString &yourChange,
                      const Clock &clock);

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
