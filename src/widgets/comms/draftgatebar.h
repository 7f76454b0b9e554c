#pragma once

#include "storage/comms/commsrecords.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace warroom {

class CurrentUser;
class PublishPreviewDialog;
class Workspace;

// The sign-off gate of one draft: where it stands, the reason to go on despite lint errors,
// and a button per step, each enabled only when the current user may take it now (the
// tooltip says why not); they stand in one row where there is room, else in two. The steps
// run through SignOffGate, which checks everything again.
class DraftGateBar final : public QWidget
{
    Q_OBJECT

public:
    DraftGateBar(Workspace &workspace, CurrentUser &user, QWidget *parent = nullptr);

    // nullopt: no draft. unsaved: the editor holds changes, so no step may run on the saved text.
    void setDraft(const std::optional<Draft> &draft, bool unsaved);
    void refresh();

    QPushButton *button(GateAction action) const { return m_buttons.value(action); }
    QLineEdit *overrideEdit() const { return m_override; }
    QString hint() const;
    // The width of the narrowest arrangement whose buttons keep their full size (two rows).
    int twoRowWidth() const;
    // One row of buttons when they fit at full size in the bar's width, else two.
    void fitButtons();

    // Asks for text (a reason) or a confirmation; nullopt when cancelled. Tests replace it.
    using Prompt = std::function<std::optional<QString>(const QString &title, const QString &label,
                                                        bool wantsText)>;
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    // Shows the publish preview and answers whether it was accepted (its Publish button, which
    // stays disabled while a hard limit fails). By default it runs the dialog modally; tests
    // replace it to look at the dialog and click its buttons.
    using PreviewRunner = std::function<bool(PublishPreviewDialog &dialog)>;
    void setPreviewRunner(PreviewRunner runner) { m_runPreview = std::move(runner); }

    QSize minimumSizeHint() const override;

signals:
    void failed(const QString &message);
    void succeeded(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int buttonsWidth(int perRow) const;
    void arrangeButtons(int perRow);
    void act(GateAction action);
    // The Publish step's preview and confirmation; false when cancelled or refused.
    bool confirmPublish();
    QString whyNot(GateAction action) const;

    Workspace &m_workspace;
    CurrentUser &m_user;
    std::optional<Draft> m_draft;
    bool m_unsaved = false;
    QStringList m_savedErrors;
    Prompt m_prompt;
    PreviewRunner m_runPreview;

    QLabel *m_state = nullptr;
    QLabel *m_overrideNote = nullptr;
    QLineEdit *m_override = nullptr;
    QLabel *m_hint = nullptr;
    QGridLayout *m_buttonGrid = nullptr;
    int m_perRow = 0;
    QHash<GateAction, QPushButton *> m_buttons;
};

} // namespace warroom
