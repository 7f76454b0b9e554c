#pragma once

#include <QLabel>

namespace warroom {

// A bold red line that says what went wrong (a refused write, a load that failed, a field that
// needs fixing) and stays hidden while there is nothing to say. Every red error line of War Room
// is one of these; its colours come from the status palette (readable in a dark theme too).
class ErrorLine final : public QLabel
{
    Q_OBJECT

public:
    enum class Look {
        Line, // red text under a pane, a field or a form
        Box,  // red text on a red tint in a red frame, above a whole view or editor
    };

    // objectName lets tests find the line ("roleError", "callError", ...).
    ErrorLine(const QString &objectName, QWidget *parent, Look look = Look::Line);
    // For Qt Designer forms (a QLabel promoted to ErrorLine); the form names it.
    explicit ErrorLine(QWidget *parent = nullptr);

    // Shows the message; an empty one hides the line.
    void showMessage(const QString &message);
    // The message while it is shown (as far as the parent is concerned), else empty.
    QString shownText() const;

private:
    void applyLook(Look look);
};

} // namespace warroom
