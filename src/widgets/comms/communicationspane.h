#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace warroom {

class ErrorLine;

class CurrentUser;
class DraftEditor;
class DraftListModel;
class Workspace;

// The "Communications" pane of an incident: on the left a new draft (from a template, for a
// channel and an audience) above the incident's drafts, the selected draft's editor and sign-off
// gate on the right, and the template library one click away. Narrow enough for a laptop beside
// the incident list: nothing in it asks for more than about 700 px at the default text size.
class CommunicationsPane final : public QWidget
{
    Q_OBJECT

public:
    CommunicationsPane(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                       QWidget *parent = nullptr);

    DraftEditor *editor() const { return m_editor; }
    QTableView *draftTable() const { return m_table; }
    QComboBox *templatePicker() const { return m_templates; }
    QComboBox *channelPicker() const { return m_channel; }
    QLineEdit *audienceEdit() const { return m_audience; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *deliveriesButton() const { return m_deliveries; }
    void selectDraft(qint64 draftId);
    // The draft list and the new-draft form on the left: folded away to give the editor the
    // width (the toggle in the editor's heading; folded at first on a narrow window).
    void setListShown(bool shown);
    bool listShown() const;
    QToolButton *listToggle() const { return m_listToggle; }

    // What is about to take the editor away from the draft being written.
    enum class Leaving { OtherDraft, OtherIncident, Window };
    // Unsaved text in the editor? Asks Save / Discard / Cancel and saves when told to. True when
    // it is safe to go on (nothing unsaved, saved, or discarded on purpose); false on Cancel or
    // when the save was refused (the editor then says why and keeps the text).
    bool confirmLeaving(Leaving leaving);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildNewDraftBox(QWidget *parent);
    void fitColumns();
    void placeList();
    void fillTemplates();
    void createDraft();
    void draftSelected();
    // Enabled for a draft that has deliveries; opens DeliveriesDialog.
    void updateDeliveriesButton();
    void showDeliveries();
    void openTemplates();

    Workspace &m_workspace;
    CurrentUser &m_user;
    qint64 m_incidentId;
    DraftListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_templates = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_audience = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_library = nullptr;
    QPushButton *m_deliveries = nullptr;
    ErrorLine *m_error = nullptr;
    DraftEditor *m_editor = nullptr;
    qint64 m_shown = 0;
    QWidget *m_left = nullptr;
    QToolButton *m_listToggle = nullptr;
    bool m_listChosen = false;
};

} // namespace warroom
