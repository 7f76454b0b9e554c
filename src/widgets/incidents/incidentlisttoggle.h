#pragma once

#include <QObject>

class QAction;
class QSplitter;

namespace warroom {

// Window → Show incident list (Ctrl+L): collapses the incident list so the incident gets the full
// width, and brings it back at the width it had. Dragging the splitter handle to the edge
// collapses it too (and dragging it out shows it again); the action follows. Whether the list is
// shown is remembered (AppSettings) for the next start.
class IncidentListToggle final : public QObject
{
    Q_OBJECT

public:
    // The list is the splitter's first widget.
    explicit IncidentListToggle(QSplitter *splitter);

    QAction *action() const { return m_action; }
    bool listShown() const;
    // Applies the remembered choice (after the window has placed its splitter).
    void restore();

private:
    void setListShown(bool shown);
    void followSplitter();

    QSplitter *m_splitter;
    QAction *m_action;
    int m_lastWidth = 0; // the list's width before it was collapsed
};

} // namespace warroom
