#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QCheckBox;
class QDateTime;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace warroom {

class ChannelConfiguration;
class CurrentUser;
class IncidentFilterProxyModel;
class IncidentListModel;
class IncidentListToggle;
class IncidentView;
class WallScreen;
class Workspace;

// The war room: incidents on the left (active first), the selected incident on the right.
// Several windows can show the same workspace; each stays current through the model signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, CurrentUser &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The view of the selected incident; opens it now when it waits for the first frame.
    IncidentView *incidentView();
    QTableView *incidentTable() const { return m_table; }
    void selectIncident(qint64 id);
    // Enables Incident → Preferences… over these channel settings (and passes them to the windows
    // this one opens); without them the entry stays disabled. `channels` outlives the window.
    void setChannelConfiguration(ChannelConfiguration *channels);
    // Applies the remembered text size to the application (call once at start-up).
    static void applyRememberedTextSize();
    // The wall screen (Window → Wall screen, F11; `warroom --wall`): full screen, over this
    // window; F11 or Esc there closes it. rotationSeconds 0 keeps the interval set before.
    void showWallScreen(int rotationSeconds = 0);
    void toggleWallScreen();
    WallScreen *wallScreen() const;

public slots:
    void declareIncident();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    void buildActions();
    void setUpIncidentColumns();
    void fitIncidentColumns();
    void fitToScreen();
    void showSelected();
    void openIncident(qint64 id);
    void openPendingIncident();
    // Selects the incident the view shows again (after the user kept it), or nothing when it is
    // filtered away.
    void reselectShown();
    // The list row of the incident the view shows; -1 when none or when it is not listed.
    int shownRow() const;
    void openNewWindow();
    void openPreferences();
    void askUserName();
    void updateStatusBar();
    // Scales the text of every War Room window (for the shared wall screen), remembered.
    void changeTextSize(double factor);

    Workspace &m_workspace;
    CurrentUser &m_user;
    IncidentListModel *m_model = nullptr;
    IncidentFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showClosed = nullptr;
    QSplitter *m_splitter = nullptr;
    IncidentListToggle *m_listToggle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QString m_noIncidentText;
    IncidentView *m_view = nullptr;
    QLabel *m_statusLabel = nullptr;
    QAction *m_preferences = nullptr;
    ChannelConfiguration *m_channels = nullptr;
    bool m_splitPlaced = false;
    bool m_reselecting = false;
    bool m_shownLeaving = false; // the incident shown is being removed from the list
    // Start-up: the first frame shows the list at once and the incident right after it.
    bool m_firstFramePainted = false;
    qint64 m_pendingId = 0; // the incident selected before the first frame, not opened yet
    QPointer<WallScreen> m_wall;
    int m_wallRotationSeconds = 0; // 0: the wall screen's default
};

} // namespace warroom
