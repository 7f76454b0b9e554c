#pragma once

#include "core/incident.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace warroom {

class Badge;
class CurrentUser;
class TimelineModel;
class Workspace;

// One incident on the wall screen: its fields and status, the lifecycle controls, and panes
// (the timeline with its note box first; features add their own panes).
class IncidentView final : public QWidget
{
    Q_OBJECT

public:
    IncidentView(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                 QWidget *parent = nullptr);

    qint64 incidentId() const { return m_incidentId; }
    const Incident &incident() const { return m_incident; }
    void addPane(QWidget *pane, const QString &title);

    // For tests and for the status bar: the last error shown, empty when none.
    QString errorText() const;

    // Title, category and badge sizes follow the application text size (wall-screen zoom).
    void applyFonts();

private:
    void reload();
    void showIncident();
    void showError(const QString &message);
    void addNote();
    void applyStatus();
    void editFields();
    QWidget *buildTimelinePane();

    Workspace &m_workspace;
    CurrentUser &m_user;
    qint64 m_incidentId;
    Incident m_incident;

    QLabel *m_title = nullptr;
    Badge *m_severity = nullptr;
    Badge *m_status = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_nextStatus = nullptr;
    QPushButton *m_setStatus = nullptr;
    QPushButton *m_edit = nullptr;
    QTabWidget *m_panes = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTableView *m_timelineView = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QPushButton *m_addNote = nullptr;
};

} // namespace warroom
