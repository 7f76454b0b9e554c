#pragma once

#include <QLabel>

namespace warroom {

// A bold red line under a pane that says what went wrong (a refused write, a load that failed)
// and stays hidden while there is nothing to say.
class ErrorLine final : public QLabel
{
    Q_OBJECT

public:
    // objectName lets tests find the line ("roleError", "callError", ...).
    ErrorLine(const QString &objectName, QWidget *parent);

    // Shows the message; an empty one hides the line.
    void showMessage(const QString &message);
    // The message while it is shown (as far as the parent is concerned), else empty.
    QString shownText() const;
};

} // namespace warroom
