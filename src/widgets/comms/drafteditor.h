#pragma once

#include "storage/comms/commsrecords.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace warroom {

class ErrorLine;

struct Conflict;
class CurrentUser;
class DraftGateBar;
class LintFindingModel;
class LintHighlighter;
class PlaceholderTextEdit;
class Workspace;

// One draft: its title and text as written on the left, the rendered message on the right, the
// lint panel below (updated as you type; a click selects the words it is about; the selected
// finding in full with its suggested fix under the list), word and character counts against the
// channel's limits, undo/redo, version history, and the gate (beside the lint panel when wide).
class DraftEditor final : public QWidget
{
    Q_OBJECT

public:
    DraftEditor(Workspace &workspace, CurrentUser &user, QWidget *parent = nullptr);

    void showDraft(qint64 draftId); // 0: none
    qint64 draftId() const { return m_draft ? m_draft->id : 0; }
    int draftNumber() const { return m_draft ? m_draft->number : 0; } // within its incident
    bool hasUnsavedChanges() const;
    bool save();

    QLineEdit *titleEdit() const { return m_title; }
    PlaceholderTextEdit *bodyEdit() const { return m_body; }
    QTextBrowser *preview() const { return m_preview; }
    QListView *lintView() const { return m_lintView; }
    LintFindingModel *lintModel() const { return m_lint; }
    QLabel *countsLabel() const { return m_counts; }
    DraftGateBar *gateBar() const { return m_gate; }
    QPushButton *saveButton() const { return m_save; }
    QString errorText() const;
    QLabel *lintDetail() const { return m_lintDetail; }
    // A widget at the right of the heading (the pane's "show/hide the draft list").
    void addHeadingWidget(QWidget *widget);

    // How long typing pauses before the lint runs again.
    static constexpr int LintDelayMs = 250;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFindingDetail();
    void fitLower();
    void reloadDraft();
    void applyReadOnly();
    void textEdited();
    void runLint();
    void updateCounts(const QString &renderedTitle, const QString &renderedBody);
    void jumpToFinding(const QModelIndex &index);
    void showHistory();
    void showError(const QString &message);

    Workspace &m_workspace;
    CurrentUser &m_user;
    bool saveOn(int basedOnVersion);
    // A newer version came first: show both texts and let the user choose (ConflictDialog).
    bool resolveConflict(const Conflict &theirs);

    std::optional<Draft> m_draft;
    // The version the text in the editor was edited from: a save is based on it, so a version
    // another seat saved meanwhile is a conflict (resolveConflict), never silently overwritten.
    int m_editedFrom = 0;
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    QHBoxLayout *m_headingRow = nullptr;
    QSplitter *m_textSplit = nullptr;
    QBoxLayout *m_lowerLayout = nullptr;
    QLabel *m_lintDetail = nullptr;
    bool m_splitDragged = false;
    ErrorLine *m_error = nullptr;
    QLineEdit *m_title = nullptr;
    PlaceholderTextEdit *m_body = nullptr;
    LintHighlighter *m_highlighter = nullptr;
    QLabel *m_previewLabel = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_lintSummary = nullptr;
    LintFindingModel *m_lint = nullptr;
    QListView *m_lintView = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_history = nullptr;
    DraftGateBar *m_gate = nullptr;
    QTimer *m_lintTimer = nullptr;
};

} // namespace warroom
