#pragma once

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace warroom {

struct Error;
class ErrorLine;

class CurrentUser;
class RoleBoardModel;
class Workspace;

// Who holds which role on the incident, with assign / acknowledge / unassign. Unfilled roles the
// playbook needs are named in a large red banner with a warning sign above the board (so none
// is out of sight below the table's fold) as well as on their rows.
class RoleBoardWidget final : public QWidget
{
    Q_OBJECT

public:
    RoleBoardWidget(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                    QWidget *parent = nullptr);

    RoleBoardModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString unfilledText() const;
    QString errorText() const;
    void clockAdvanced();

    // The actions on the selected row (the buttons call these).
    void assignSelected();
    void acknowledgeSelected();
    void unassignSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildBanner();
    void applyTextSize();
    void updateBanner();
    void updateButtons();
    void showError(const QString &message);
    // A conflict (someone changed the role since this board showed it): asks the user; the
    // revision to submit against again for "Apply mine anyway", nullopt otherwise (for "Discard
    // mine", after refreshing to theirs; for any other error, at once).
    std::optional<qint64> resolveConflict(const Error &error, const QString &yourChange);

    Workspace &m_workspace;
    CurrentUser &m_user;
    qint64 m_incidentId;
    RoleBoardModel *m_model = nullptr;
    QFrame *m_bannerBox = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_allHeld = nullptr;
    ErrorLine *m_error = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_ack = nullptr;
    QPushButton *m_unassign = nullptr;
};

} // namespace warroom
