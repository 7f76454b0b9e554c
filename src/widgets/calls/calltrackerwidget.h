#pragma once

#include "core/calls/callstatus.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace warroom {

class ErrorLine;

class CallListFilterProxyModel;
class CallListModel;
struct CallRecord;
class CurrentUser;
class Workspace;

// The key-account call tracker, built for a CSM on a laptop: select a row and press a digit or
// letter to record a status (0/n not started, 1/c calling, 2/r reached, 3/m left message,
// 4/u unreachable, 5/d declined), Enter to write what the customer observed. "My accounts"
// narrows the list to the accounts the current user owns. Progress is always in view; an empty
// list says what to do about it.
class CallTrackerWidget final : public QWidget
{
    Q_OBJECT

public:
    CallTrackerWidget(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                      QWidget *parent = nullptr);

    CallListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The keyboard's way in: the selected account (the first when none is), ready for a status
    // key; with no accounts to call, the button that proposes them.
    void focusCalls();
    QString progressText() const;
    QString errorText() const;
    QString emptyHintText() const; // empty while the table shows accounts
    // The height at which every listed account is in view without scrolling (as laid out now);
    // 0 while the list is empty.
    int heightForAllRows() const;
    void clockAdvanced();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    qint64 currentAccountId() const;
    void record(qint64 accountId, CallStatus status, const QString &note);
    // Records the call; on a conflict asks whether to apply it anyway or discard it.
    void submit(const CallRecord &call);
    void beginNote();
    void saveNote();
    void endNote();
    void proposeTop();
    void chooseAccounts();
    void updateFilter();
    void updateEmptyHint();
    void applyTextSize();
    void updateProgress();
    void showError(const QString &message);

    Workspace &m_workspace;
    CurrentUser &m_user;
    qint64 m_incidentId;
    CallListModel *m_model = nullptr;
    CallListFilterProxyModel *m_proxy = nullptr;
    QLabel *m_progress = nullptr;
    ErrorLine *m_error = nullptr;
    QCheckBox *m_mine = nullptr;
    QComboBox *m_channel = nullptr;
    QPushButton *m_propose = nullptr;
    QPushButton *m_choose = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    qint64 m_noteAccountId = 0;
};

} // namespace warroom
