#pragma once

#include "core/incident/incident.h"
#include "widgets/comms/communicationspane.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QKeySequence;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace warroom {

class Badge;
class CurrentUser;
class ErrorLine;
class IncidentTimeline;
class PhaseBoardWidget;
class RolesCallsPane;
class TimelineModel;
class Workspace;

// One incident on the wall screen: its fields and status, the lifecycle controls, and its panes
// (phase board, timeline, communications, roles & calls), all added in addPanes().
class IncidentView final : public QWidget
{
    Q_OBJECT

public:
    IncidentView(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                 QWidget *parent = nullptr);

    qint64 incidentId() const { return m_incidentId; }
    const Incident &incident() const { return m_incident; }

    // For tests and for the status bar: the last error shown, empty when none.
    QString errorText() const;
    // The last refused status change ("Cannot close incident 3: ..."), empty when none.
    QString statusErrorText() const;

    CommunicationsPane *communications() const { return m_comms; }
    // Before the view goes away (another incident, the window closes): unsaved draft text is
    // saved or discarded as the user says (the Communications tab is shown while asking). False
    // when the user cancels or the save is refused: the view must stay.
    bool confirmLeaving(CommunicationsPane::Leaving leaving);

    // Title, badge and phase-board banner sizes follow the application text size (wall-screen
    // zoom).
    void applyFonts();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void layoutFacts();
    void showIncident();
    void showError(const QString &message);
    void addNote();
    void applyStatus();
    void fillNextStatus();
    bool confirmFinalMove(IncidentStatus to);
    void editFields();
    QWidget *buildTimelinePane();
    enum class PaneFit { FillsView, Scrolls };
    void addPanes();
    void addPane(QWidget *pane, const QString &title, PaneFit fit);
    // Window-wide keys for what is done most (docs/keyboard.md): each shows its pane and puts
    // the focus where the next key press does the work.
    void addShortcuts();
    QAction *addShortcut(const QString &text, const QKeySequence &keys, const QString &name);
    void showPaneOf(QWidget *widget);

    Workspace &m_workspace;
    CurrentUser &m_user;
    qint64 m_incidentId;
    // Read once for the header and every pane's model (they share it through the store).
    std::shared_ptr<IncidentTimeline> m_shared;
    Incident m_incident;

    QLabel *m_title = nullptr;
    Badge *m_severity = nullptr;
    Badge *m_demo = nullptr; // shown on the demo incident
    Badge *m_status = nullptr;
    QLabel *m_facts = nullptr;
    QList<std::pair<QString, QString>> m_factCells; // label and value, as plain text
    QLabel *m_history = nullptr;
    ErrorLine *m_error = nullptr;
    QComboBox *m_nextStatus = nullptr;
    QPushButton *m_setStatus = nullptr;
    ErrorLine *m_statusError = nullptr;
    IncidentStatus m_offeredFrom =
        IncidentStatus::Investigating; // what m_nextStatus was filled for
    QPushButton *m_edit = nullptr;
    QTabWidget *m_panes = nullptr;
    CommunicationsPane *m_comms = nullptr;
    PhaseBoardWidget *m_board = nullptr;
    RolesCallsPane *m_rolesCalls = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTableView *m_timelineView = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QPushButton *m_addNote = nullptr;
};

} // namespace warroom
