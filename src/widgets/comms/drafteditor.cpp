#include "widgets/comms/drafteditor.h"

#include "core/comms/announcementkind.h"
#include "models/common/statuspalette.h"
#include "models/comms/lintfindingmodel.h"
#include "session/currentuser.h"
#include "storage/comms/draftstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"
#include "widgets/common/conflictdialog.h"
#include "widgets/common/errorline.h"
#include "widgets/comms/draftgatebar.h"
#include "widgets/comms/draftversionsdialog.h"
#include "widgets/comms/linthighlighter.h"
#include "widgets/comms/placeholdertextedit.h"
#include "widgets/comms/savevoidswarning.h"

#include <QBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace warroom {

using statuspalette::Tone;

namespace {

qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

qsizetype words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    qsizetype n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString count(qsizetype value, int limit)
{
    const QString text =
        limit > 0 ? QStringLiteral("%1/%2").arg(value).arg(limit) : QString::number(value);
    return limit > 0 && value > limit ? QStringLiteral("<b style='color:%1'>%2</b>")
                                            .arg(statuspalette::text(Tone::Alarm).name(), text)
                                      : text;
}

// One line per finding, as wide as the list: a long message is shortened to fit (see
// setTextElideMode), not scrolled sideways. QListView makes each row at least as wide as its
// viewport, so asking for no width at all is what lets the elision happen.
class OneLineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {1, QStyledItemDelegate::sizeHint(option, index).height()};
    }
};

} // namespace

DraftEditor::DraftEditor(Workspace &workspace, CurrentUser &user, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
{
    auto *layout = new QVBoxLayout(this);
    // Narrow margins: on a 720 px screen every line of height goes to the text.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin) / 2;
    layout->setContentsMargins(margin * 2, margin, margin, margin);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("draftHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true); // a long audience must not widen the pane
    m_headingRow = new QHBoxLayout;
    m_headingRow->addWidget(m_heading, 1);
    layout->addLayout(m_headingRow);

    m_error = new ErrorLine(QStringLiteral("draftError"), this, ErrorLine::Look::Box);
    layout->addWidget(m_error);

    auto *titleRow = new QHBoxLayout;
    // No Alt+letter: T, I, L and E are taken in the window (the Timeline and Roles & calls tabs,
    // the Incident menu, Edit fields); docs/keyboard.md.
    auto *titleLabel = new QLabel(tr("Title:"), this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("draftTitle"));
    titleLabel->setBuddy(m_title);
    titleRow->addWidget(titleLabel);
    titleRow->addWidget(m_title, 1);
    layout->addLayout(titleRow);

    // The text and its preview side by side take what the window has; below them (a splitter
    // handle between), the lint panel and the gate, side by side when the editor is wide enough
    // (a 1280x720 laptop has more width than height to spare), else one above the other.
    m_textSplit = new QSplitter(Qt::Vertical, this);
    m_textSplit->setObjectName(QStringLiteral("editorSplit"));
    m_textSplit->setChildrenCollapsible(false);
    auto *upper = new QWidget(m_textSplit);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, upper);
    split->setChildrenCollapsible(false);
    m_body = new PlaceholderTextEdit(split);
    m_body->setObjectName(QStringLiteral("draftBody"));
    m_body->setAccessibleName(tr("Announcement text"));
    m_body->setPlaceholderText(
        tr("The message. Type {{ for placeholders filled from the incident."));
    m_highlighter = new LintHighlighter(m_body->document());
    auto *previewBox = new QWidget(split);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewLabel = new QLabel(previewBox);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setWordWrap(true);
    previewLayout->addWidget(m_previewLabel);
    m_preview = new QTextBrowser(previewBox);
    m_preview->setObjectName(QStringLiteral("draftPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    // Both halves may get short on a 720 px screen; a few lines of each stay in view.
    m_body->setMinimumHeight(m_body->fontMetrics().height() * 4);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 4);
    previewLayout->addWidget(m_preview, 1);
    split->addWidget(m_body);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    upperLayout->addWidget(split, 1);

    // The counts wrap rather than push the buttons (or the pane) wider.
    auto *editRow = new QHBoxLayout;
    m_counts = new QLabel(upper);
    m_counts->setObjectName(QStringLiteral("draftCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    editRow->addWidget(m_counts, 1);
    // Undo and redo as small tool buttons (Ctrl+Z / Ctrl+Shift+Z in the text do the same).
    m_undo = new QToolButton(upper);
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(
        tr("Undo the last change to the text (%1)")
            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_redo = new QToolButton(upper);
    m_redo->setText(tr("Redo"));
    m_redo->setToolTip(
        tr("Redo (%1)").arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    m_history = new QPushButton(tr("Histor&y…"), upper);
    m_history->setObjectName(QStringLiteral("draftHistory"));
    m_save = new QPushButton(tr("&Save"), upper);
    m_save->setObjectName(QStringLiteral("draftSave"));
    m_save->setShortcut(QKeySequence::Save);
    for (QAbstractButton *b :
         std::initializer_list<QAbstractButton *>{m_undo, m_redo, m_history, m_save})
        editRow->addWidget(b);
    upperLayout->addLayout(editRow);

    auto *lower = new QWidget(m_textSplit);
    m_lowerLayout = new QBoxLayout(QBoxLayout::TopToBottom, lower);
    m_lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *lintBox = new QWidget(lower);
    auto *lintLayout = new QVBoxLayout(lintBox);
    lintLayout->setContentsMargins(0, 0, 0, 0);
    m_lintSummary = new QLabel(lintBox);
    m_lintSummary->setObjectName(QStringLiteral("lintSummary"));
    m_lintSummary->setWordWrap(true);
    lintLayout->addWidget(m_lintSummary);
    m_lint = new LintFindingModel(this);
    m_lintView = new QListView(lintBox);
    m_lintView->setObjectName(QStringLiteral("lintView"));
    m_lintView->setAccessibleName(tr("Lint findings"));
    m_lintView->setModel(m_lint);
    // One line per finding, so that several fit: a long message is cut short at the end (the
    // model puts what names the words first). The selected finding (else the first) is shown in
    // full with its suggested fix in lintDetail, below.
    m_lintView->setWordWrap(false);
    m_lintView->setTextElideMode(Qt::ElideRight);
    m_lintView->setUniformItemSizes(true);
    m_lintView->setItemDelegate(new OneLineDelegate(m_lintView));
    m_lintView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Three or four findings in view; the text above gets the rest of the height.
    const int lintLine = m_lintView->fontMetrics().height();
    m_lintView->setMinimumHeight(lintLine * 3);
    m_lintView->setMaximumHeight(lintLine * 4 + 2 * m_lintView->frameWidth() + 4);
    m_lintView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lintLayout->addWidget(m_lintView, 1);
    m_lintDetail = new QLabel(lintBox);
    m_lintDetail->setObjectName(QStringLiteral("lintDetail"));
    m_lintDetail->setWordWrap(true);
    m_lintDetail->setTextFormat(Qt::RichText);
    m_lintDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lintDetail->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    lintLayout->addWidget(m_lintDetail);
    lintLayout->addStretch(1); // height the gate beside needs more goes below, not between
    m_lowerLayout->addWidget(lintBox, 1);

    m_gate = new DraftGateBar(workspace, user, lower);
    // As tall as its wrapped lines need (Maximum would cap it at the unwrapped height).
    m_gate->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_lowerLayout->addWidget(m_gate, 1);

    m_textSplit->addWidget(upper);
    m_textSplit->addWidget(lower);
    m_textSplit->setStretchFactor(0, 1);
    m_textSplit->setStretchFactor(1, 0);
    lower->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // Its minimum as a splitter child: wrapped lines at their narrowest would otherwise ask for
    // more than a 720 px screen has; fitLower() gives it the height its lines need at its width.
    lower->setMinimumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_textSplit, 1);
    connect(m_textSplit, &QSplitter::splitterMoved, this, [this] { m_splitDragged = true; });
    lower->installEventFilter(this); // its wrapped lines change with the findings and the gate

    m_lintTimer = new QTimer(this);
    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(LintDelayMs);
    connect(m_lintTimer, &QTimer::timeout, this, &DraftEditor::runLint);
    connect(m_title, &QLineEdit::textChanged, this, &DraftEditor::textEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &DraftEditor::textEdited);
    connect(m_body, &QPlainTextEdit::undoAvailable, m_undo, &QToolButton::setEnabled);
    connect(m_body, &QPlainTextEdit::redoAvailable, m_redo, &QToolButton::setEnabled);
    connect(m_undo, &QToolButton::clicked, m_body, &QPlainTextEdit::undo);
    connect(m_redo, &QToolButton::clicked, m_body, &QPlainTextEdit::redo);
    connect(m_save, &QPushButton::clicked, this, &DraftEditor::save);
    connect(m_history, &QPushButton::clicked, this, &DraftEditor::showHistory);
    connect(m_lintView, &QListView::clicked, this, &DraftEditor::jumpToFinding);
    connect(m_lintView, &QListView::activated, this, &DraftEditor::jumpToFinding);
    connect(m_lintView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DraftEditor::showFindingDetail);
    connect(m_lint, &QAbstractItemModel::modelReset, this, &DraftEditor::showFindingDetail);
    connect(m_gate, &DraftGateBar::failed, this, &DraftEditor::showError);
    connect(m_gate, &DraftGateBar::succeeded, this, [this] { showError(QString()); });
    connect(&m_workspace.drafts(), &DraftStore::draftsChanged, this, [this](qint64 incidentId) {
        if (m_draft && m_draft->incidentId == incidentId)
            reloadDraft();
    });
    connect(&m_workspace.drafts(), &DraftStore::externallyChanged, this, &DraftEditor::reloadDraft);
    // Role assignments and incident edits change who may act and what the text renders to.
    connect(&m_workspace.incidents(), &IncidentStore::timelineAppended, this,
            [this](qint64 incidentId) {
                if (m_draft && m_draft->incidentId == incidentId) {
                    m_gate->refresh();
                    m_lintTimer->start();
                }
            });
    showDraft(0);
}

QString DraftEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void DraftEditor::showError(const QString &message)
{
    m_error->showMessage(message);
}

bool DraftEditor::hasUnsavedChanges() const
{
    return m_draft && (m_title->text() != m_draft->latest.title ||
                       m_body->toPlainText() != m_draft->latest.body);
}

void DraftEditor::showDraft(qint64 draftId)
{
    showError(QString());
    m_draft.reset();
    if (draftId > 0) {
        Result<Draft> loaded = m_workspace.drafts().draft(draftId);
        if (!loaded)
            showError(loaded.error().message);
        else
            m_draft = *loaded;
    }
    m_editedFrom = m_draft ? m_draft->latest.version : 0;
    m_loading = true;
    m_title->setText(m_draft ? m_draft->latest.title : QString());
    m_body->setPlainText(m_draft ? m_draft->latest.body : QString());
    m_body->document()->clearUndoRedoStacks();
    m_loading = false;
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_body, m_save, m_history})
        w->setEnabled(m_draft.has_value());
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    if (m_draft) {
        m_heading->setText(tr("Draft #%1 · %2 · %3%4")
                               .arg(m_draft->number)
                               .arg(channel::displayName(m_draft->channel),
                                    announcementkind::displayName(m_draft->kind),
                                    m_draft->audience.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" · ") + m_draft->audience));
    } else {
        m_heading->setText(
            tr("No draft selected: pick one on the left, or create one from a template."));
    }
    applyReadOnly();
    m_gate->setDraft(m_draft, false);
    runLint();
}

void DraftEditor::applyReadOnly()
{
    // A published text is final: nothing to edit, save or undo.
    const bool readOnly = m_draft && m_draft->state == DraftState::Published;
    m_title->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    m_save->setEnabled(m_draft && !readOnly);
    if (readOnly) {
        m_body->document()->clearUndoRedoStacks();
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    }
}

void DraftEditor::reloadDraft()
{
    if (!m_draft)
        return;
    Result<Draft> fresh = m_workspace.drafts().draft(m_draft->id);
    if (!fresh) {
        showError(fresh.error().message);
        return;
    }
    const bool unsaved = hasUnsavedChanges();
    const bool newerVersion = fresh->latest.version != m_draft->latest.version;
    if (!unsaved && newerVersion) {
        showDraft(fresh->id); // nothing of ours to lose: show what was saved
        return;
    }
    m_draft = *fresh;
    applyReadOnly();
    m_gate->setDraft(m_draft, hasUnsavedChanges());
    runLint();
}

void DraftEditor::textEdited()
{
    if (m_loading)
        return;
    m_gate->setDraft(m_draft, hasUnsavedChanges());
    m_lintTimer->start();
}

bool DraftEditor::save()
{
    if (!m_draft)
        return false;
    // Saving voids a review, sign-off or approval: say so first, and save nothing on Cancel.
    if (hasUnsavedChanges() &&
        !SaveVoidsWarning::confirm(this, m_workspace.drafts(), *m_draft, m_draft->number))
        return false;
    return saveOn(m_editedFrom);
}

bool DraftEditor::saveOn(int basedOnVersion)
{
    Result<DraftStore::Saved> saved = m_workspace.drafts().save(
        m_draft->id, m_title->text(), m_body->toPlainText(), m_user.name(), basedOnVersion);
    if (!saved && saved.error().code == Error::Code::Conflict && saved.error().conflict)
        return resolveConflict(*saved.error().conflict);
    if (!saved) {
        showError(saved.error().message); // the text stays in the editor
        return false;
    }
    // The editor's text is now that version (or, unchanged, the latest one): the next edit is
    // based on it, whichever way the reload below goes.
    m_editedFrom = saved->version;
    showError(
        saved->voided
            ? tr("Saved as version %1. The edit voided the earlier review, sign-off or approval; "
                 "the draft is back to draft.")
                  .arg(saved->version)
            : QString());
    // draftsChanged has reloaded the draft; make sure the gate sees the saved state.
    reloadDraft();
    return true;
}

bool DraftEditor::resolveConflict(const Conflict &theirs)
{
    Result<Draft> fresh = m_workspace.drafts().draft(m_draft->id);
    if (!fresh) {
        showError(fresh.error().message);
        return false;
    }
    const QString title = m_title->text();
    const QString body = m_body->toPlainText();
    ConflictDialog dialog(theirs, tr("your edit of version %1").arg(m_editedFrom),
                          m_workspace.clock(), this);
    dialog.showTexts(tr("Theirs (version %1, saved by %2)")
                         .arg(fresh->latest.version)
                         .arg(fresh->latest.savedBy),
                     fresh->latest.title + QStringLiteral("\n\n") + fresh->latest.body,
                     title + QStringLiteral("\n\n") + body);
    dialog.setApplyText(tr("&Save mine as version %1").arg(fresh->latest.version + 1));
    dialog.exec();
    switch (dialog.choice()) {
    case ConflictDialog::Choice::ApplyMine:
        m_draft = *fresh;
        // On top of theirs: if theirs went into review or was signed off, saving voids that.
        if (!SaveVoidsWarning::confirm(this, m_workspace.drafts(), *m_draft, m_draft->number))
            return false;
        return saveOn(theirs.revision);
    case ConflictDialog::Choice::DiscardMine:
        showDraft(m_draft->id);
        return false;
    case ConflictDialog::Choice::KeepEditing:
        break;
    }
    showError(tr("Not saved: version %1 by %2 came first. Your text is still here; save again to "
                 "put it on top of theirs, or open the history to compare.")
                  .arg(fresh->latest.version)
                  .arg(fresh->latest.savedBy));
    m_editedFrom = fresh->latest.version;
    m_draft = *fresh;
    m_gate->setDraft(m_draft, hasUnsavedChanges());
    return false;
}

void DraftEditor::runLint()
{
    m_lintTimer->stop();
    if (!m_draft) {
        m_lint->setFindings({}, {});
        m_highlighter->setFindings({});
        m_preview->clear();
        m_previewLabel->clear();
        m_counts->clear();
        m_counts->setToolTip(QString());
        m_lintSummary->clear();
        return;
    }
    Result<DraftCheck> check =
        m_workspace.drafts().check(*m_draft, m_title->text(), m_body->toPlainText());
    if (!check) {
        showError(check.error().message);
        return;
    }
    m_lint->setFindings(check->findings, LintText{m_title->text(), m_body->toPlainText()});
    m_highlighter->setFindings(check->findings);
    if (Result<PlaceholderValues> values = m_workspace.drafts().values(m_draft->incidentId)) {
        QSet<QString> filled;
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            if (!it.value().isEmpty())
                filled.insert(it.key());
        }
        m_highlighter->setFilledNames(filled);
    }
    // The saved text is what the gate judges and publishes; while editing, the live rendering.
    if (hasUnsavedChanges()) {
        m_previewLabel->setText(tr("<b>Preview</b> — unsaved changes"));
        m_previewLabel->setToolTip(
            tr("Rendered from the incident now. Save to have this text reviewed and published."));
        m_preview->setHtml(
            previewHtml(check->title.text, check->body.text, check->renderedFindings));
        updateCounts(check->title.text, check->body.text);
    } else {
        const Result<QList<LintFinding>> saved = m_workspace.drafts().savedFindings(*m_draft);
        m_previewLabel->setText(
            tr("<b>Preview</b> — version %1 as saved").arg(m_draft->latest.version));
        m_previewLabel->setToolTip(tr("The saved text is what is reviewed and published."));
        m_preview->setHtml(previewHtml(m_draft->latest.renderedTitle, m_draft->latest.renderedBody,
                                       saved ? *saved : QList<LintFinding>{}));
        updateCounts(m_draft->latest.renderedTitle, m_draft->latest.renderedBody);
    }
    const int errors = m_lint->errorCount();
    const int warnings = m_lint->warningCount();
    m_lintSummary->setText(
        errors + warnings == 0
            ? tr("Lint: no findings.")
            : tr("Lint: %1 error(s), %2 warning(s) — click one to select the words.")
                  .arg(errors)
                  .arg(warnings));
}

void DraftEditor::updateCounts(const QString &renderedTitle, const QString &renderedBody)
{
    const ChannelLimits limits = channel::limits(m_draft->channel);
    m_counts->setText(tr("Title %1 · text %2 characters · %3 words")
                          .arg(count(characters(renderedTitle), limits.titleMax),
                               count(characters(renderedBody), limits.bodyMax))
                          .arg(words(renderedBody)));
    m_counts->setToolTip(tr("Counted on the rendered text, against the limits of the %1 channel.")
                             .arg(channel::displayName(m_draft->channel)));
}

void DraftEditor::jumpToFinding(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int start = int(index.data(LintFindingModel::StartRole).toLongLong());
    const int end = int(index.data(LintFindingModel::EndRole).toLongLong());
    if (LintField(index.data(LintFindingModel::FieldRole).toInt()) == LintField::Title) {
        m_title->setFocus();
        m_title->setSelection(start, end - start);
        return;
    }
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    m_body->setFocus();
}

void DraftEditor::showFindingDetail()
{
    // The current finding in full, else the first: nothing of it only in a tooltip.
    QModelIndex index = m_lintView->currentIndex();
    if (!index.isValid())
        index = m_lint->index(0);
    m_lintDetail->setVisible(index.isValid());
    m_lintDetail->setText(index.isValid() ? index.data(LintFindingModel::DetailRole).toString()
                                          : QString());
}

void DraftEditor::addHeadingWidget(QWidget *widget)
{
    m_headingRow->addWidget(widget, 0, Qt::AlignTop);
}

void DraftEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLower();
}

bool DraftEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_textSplit->widget(1) && event->type() == QEvent::LayoutRequest)
        QMetaObject::invokeMethod(this, &DraftEditor::fitLower, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void DraftEditor::fitLower()
{
    // Lint panel and gate side by side when the gate keeps its narrowest layout and the lint
    // panel about 40 characters beside it; else one above the other.
    const int gateWidth = m_gate->twoRowWidth();
    const int sideBySide =
        gateWidth + fontMetrics().averageCharWidth() * 40 + m_lowerLayout->spacing();
    const bool wide = width() >= sideBySide;
    const auto direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_lowerLayout->direction() != direction) {
        m_lowerLayout->setDirection(direction);
        // Beside the lint panel the gate keeps its buttons at full size.
        m_gate->setMinimumWidth(wide ? gateWidth : 0);
    }
    m_gate->fitButtons();
    // Until the person drags the handle, the lint panel and the gate get the height they need
    // at this width and the text and its preview everything else.
    if (m_splitDragged)
        return;
    QWidget *lower = m_textSplit->widget(1);
    const int total = m_textSplit->height() - m_textSplit->handleWidth();
    const int needed = lower->layout()->hasHeightForWidth()
                           ? lower->layout()->totalHeightForWidth(m_textSplit->width())
                           : lower->sizeHint().height();
    const int lowerHeight = std::max(lower->minimumSizeHint().height(), needed);
    const int upperMinimum = m_textSplit->widget(0)->minimumSizeHint().height();
    const QList<int> sizes{std::max(upperMinimum, total - lowerHeight), lowerHeight};
    if (total > 0 && m_textSplit->sizes() != sizes)
        m_textSplit->setSizes(sizes);
}

void DraftEditor::showHistory()
{
    if (!m_draft)
        return;
    DraftVersionsDialog dialog(m_workspace.drafts(), m_draft->id, m_draft->number, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return;
    // Restoring puts the old text in the editor; saving it makes a new version.
    m_title->setText(dialog.chosen()->title);
    QTextCursor all(m_body->document());
    all.select(QTextCursor::Document);
    all.insertText(dialog.chosen()->body); // one undoable step
}

} // namespace warroom
