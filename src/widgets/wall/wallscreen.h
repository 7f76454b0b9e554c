#pragma once

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace warroom {

class WallBoard;
class WallIncidentPanel;
class Workspace;

// The wall screen (docs/wall-screen.md): a full-screen, read-only view of the active incidents
// for a projector or TV, in type sized from the screen's height. As many incidents side by side
// as fit (two on a 16:9 screen); more than that, one at a time, rotating every
// rotationSeconds() on the injected clock, with "1 of 3" in the top line. Countdowns and the T+
// clocks tick each second; the content follows the data as the incident view does. Esc or F11
// leaves it (the window closes).
class WallScreen final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultRotationSeconds = 20;

    explicit WallScreen(Workspace &workspace, QWidget *parent = nullptr);
    ~WallScreen() override;

    void setRotationSeconds(int seconds);
    int rotationSeconds() const { return m_rotationSeconds; }
    // How many incidents fit side by side at this size.
    int incidentsPerScreen() const;
    // The incidents on screen now, left to right.
    QList<qint64> shownIncidents() const;
    QList<WallIncidentPanel *> panels() const { return m_panels; }

public slots:
    // The clock moved: the models, the countdowns and the rotation follow it (once a second).
    void tick();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void incidentsChanged();
    void scheduleRefresh();
    void refresh();
    void layoutPanels();
    int rotationIndex() const;

    Workspace &m_workspace;
    WallBoard *m_board = nullptr;
    QLabel *m_bar = nullptr;
    QLabel *m_empty = nullptr;
    QList<WallIncidentPanel *> m_panels;
    QTimer m_timer;
    QDateTime m_rotationStart; // when the current list of incidents started rotating
    int m_rotationSeconds = DefaultRotationSeconds;
    bool m_refreshQueued = false;
};

} // namespace warroom
