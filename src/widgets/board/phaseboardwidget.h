#pragma once

#include "core/playbook/obligation.h"
#include "models/board/obligationalerts.h"

#include "widgets/board/deadlinebanner.h"
#include <optional>

#include <QFrame>
#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSystemTrayIcon;
class QTableView;

namespace warroom {

class BoardColumns;
class ErrorLine;

class CurrentUser;
class PhaseBoardModel;
class Workspace;

// The phase board of one incident, for the shared screen: the deadline banner, then every
// playbook obligation with its owner, countdown and state (text, icon and colour), the most
// urgent on top, and the IC engagement flag above them. Select a row and click Done (or
// double-click it, or press Return), with an optional note; Waive needs a reason. Posting a sync
// resets the channel-sync countdown.
class PhaseBoardWidget final : public QWidget
{
    Q_OBJECT

public:
    PhaseBoardWidget(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                     QWidget *parent = nullptr);

    PhaseBoardModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // For tests and the status bar: the last error and the last desktop notification text.
    QString errorText() const;
    QString lastNotification() const { return m_lastNotification; }

    // Puts the cursor in the sync field (Return posts what is typed there).
    void focusSyncText();

    // The banner and the column widths follow the application text size (wall-screen zoom).
    void applyFonts();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void tickSelected(bool waive);
    // Ticks against the revision the board showed; a conflict asks the user (ConflictDialog).
    void tick(const QString &obligation, bool waive, std::optional<qint64> basedOn);
    void postSync();
    void showError(const QString &message);
    void updateFlags();
    void notify(const QList<ObligationAlert> &alerts);
    QString selectedObligation() const;

    Workspace &m_workspace;
    CurrentUser &m_user;
    qint64 m_incidentId;
    PhaseBoardModel *m_model = nullptr;
    QLabel *m_icBanner = nullptr;
    DeadlineBanner *m_deadlines = nullptr;
    QTableView *m_view = nullptr;
    BoardColumns *m_columns = nullptr;
    QBoxLayout *m_controls = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_waive = nullptr;
    QLineEdit *m_syncText = nullptr;
    QPushButton *m_postSync = nullptr;
    QCheckBox *m_showNotApplicable = nullptr;
    QCheckBox *m_notifications = nullptr;
    ErrorLine *m_error = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotification;
};

} // namespace warroom
