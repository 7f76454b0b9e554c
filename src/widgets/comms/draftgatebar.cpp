#include "widgets/comms/draftgatebar.h"

#include "comms/gate/gatephrases.h"
#include "models/common/statuspalette.h"
#include "session/currentuser.h"
#include "storage/comms/draftstore.h"
#include "storage/comms/signoffgate.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"
#include "widgets/common/theme.h"
#include "widgets/comms/publishpreviewdialog.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace warroom {

using statuspalette::Tone;

namespace {

const QList<GateAction> kButtons{GateAction::MarkNeedsLegal, GateAction::SubmitForReview,
                                 GateAction::SignOff,        GateAction::RequestChanges,
                                 GateAction::Approve,        GateAction::Publish};

QString buttonText(GateAction action)
{
    switch (action) {
    case GateAction::MarkNeedsLegal:
        return DraftGateBar::tr("Needs le&gal");
    case GateAction::SubmitForReview:
        return DraftGateBar::tr("Send to legal re&view");
    case GateAction::SignOff:
        return DraftGateBar::tr("Sign o&ff");
    case GateAction::RequestChanges:
        return DraftGateBar::tr("Re&quest changes…");
    case GateAction::Approve:
        return DraftGateBar::tr("&Approve");
    case GateAction::Publish:
        return DraftGateBar::tr("Pu&blish");
    case GateAction::Edit:
        break;
    }
    return QString();
}

} // namespace

DraftGateBar::DraftGateBar(Workspace &workspace, CurrentUser &user, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
{
    m_prompt = [this](const QString &title, const QString &label,
                      bool wantsText) -> std::optional<QString> {
        if (!wantsText)
            return QMessageBox::question(this, title, label) == QMessageBox::Yes
                       ? std::optional<QString>(QString())
                       : std::nullopt;
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, title, label, QString(), &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    m_runPreview = [](PublishPreviewDialog &dialog) { return dialog.exec() == QDialog::Accepted; };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("gateState"));
    m_state->setTextFormat(Qt::RichText);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_overrideNote = new QLabel(this);
    m_overrideNote->setObjectName(QStringLiteral("overrideNote"));
    m_overrideNote->setWordWrap(true);
    theme::keepStyled(m_overrideNote, [note = m_overrideNote] {
        note->setStyleSheet(QStringLiteral("QLabel { %1 border: 1px solid %2; padding: 4px; }")
                                .arg(statuspalette::css(statuspalette::tint(Tone::Attention)),
                                     statuspalette::text(Tone::Attention).name()));
    });
    layout->addWidget(m_overrideNote);

    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setPlaceholderText(
        tr("Reason to go on despite lint errors (logged, and shown to legal)"));
    m_override->setMaxLength(SignOffGate::MaxReasonLength);
    layout->addWidget(m_override);
    connect(m_override, &QLineEdit::textChanged, this, &DraftGateBar::refresh);

    // One row when there is room, else two: the legal path above, the IC's below.
    m_buttonGrid = new QGridLayout;
    for (GateAction action : kButtons) {
        auto *b = new QPushButton(buttonText(action), this);
        b->setObjectName(QStringLiteral("gate-") + gateaction::id(action));
        m_buttons.insert(action, b);
        connect(b, &QPushButton::clicked, this, [this, action] { act(action); });
    }
    layout->addLayout(m_buttonGrid);
    arrangeButtons(int(kButtons.size()));

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("gateHint"));
    m_hint->setWordWrap(true);
    theme::keepStyled(m_hint, [hint = m_hint] {
        hint->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }").arg(statuspalette::text(Tone::Muted).name()));
    });
    layout->addWidget(m_hint);

    connect(&m_user, &CurrentUser::nameChanged, this, &DraftGateBar::refresh);
    setDraft(std::nullopt, false);
}

int DraftGateBar::buttonsWidth(int perRow) const
{
    const int spacing = m_buttonGrid->horizontalSpacing() >= 0
                            ? m_buttonGrid->horizontalSpacing()
                            : style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    int total = 0;
    for (int column = 0; column < perRow; ++column) {
        int widest = 0;
        for (qsizetype i = column; i < kButtons.size(); i += perRow)
            widest = std::max(widest, m_buttons.value(kButtons.at(i))->sizeHint().width());
        total += widest + (column > 0 ? spacing : 0);
    }
    return total;
}

void DraftGateBar::arrangeButtons(int perRow)
{
    if (perRow == m_perRow)
        return;
    m_perRow = perRow;
    for (QPushButton *b : std::as_const(m_buttons))
        m_buttonGrid->removeWidget(b);
    for (int column = 0; column < m_buttonGrid->columnCount(); ++column)
        m_buttonGrid->setColumnStretch(column, 0);
    for (qsizetype i = 0; i < kButtons.size(); ++i)
        m_buttonGrid->addWidget(m_buttons.value(kButtons.at(i)), int(i) / perRow, int(i) % perRow);
    m_buttonGrid->setColumnStretch(perRow, 1); // the buttons keep their size, left-aligned
}

int DraftGateBar::twoRowWidth() const
{
    return buttonsWidth(int(kButtons.size() + 1) / 2) + contentsMargins().left() +
           contentsMargins().right();
}

QSize DraftGateBar::minimumSizeHint() const
{
    // As narrow as the two-row arrangement: the one-row one must not hold the window wide.
    const QSize hint = QWidget::minimumSizeHint();
    const int twoRows = buttonsWidth(int(kButtons.size() + 1) / 2);
    return {std::min(hint.width(), twoRows + contentsMargins().left() + contentsMargins().right()),
            hint.height()};
}

void DraftGateBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitButtons();
}

void DraftGateBar::fitButtons()
{
    const int all = int(kButtons.size());
    arrangeButtons(buttonsWidth(all) <= contentsRect().width() ? all : (all + 1) / 2);
}

void DraftGateBar::setDraft(const std::optional<Draft> &draft, bool unsaved)
{
    m_draft = draft;
    m_unsaved = unsaved;
    m_savedErrors.clear();
    if (m_draft) {
        // Placeholders left in the text block every step with no override (SignOffGate says
        // so); only the other errors can be overridden with a reason.
        const LintRuleSet &rules = m_workspace.drafts().rules();
        if (Result<QList<LintFinding>> findings = m_workspace.drafts().savedFindings(*m_draft)) {
            for (const QString &id : lintfindings::errorRuleIds(*findings)) {
                const LintRule *rule = rules.rule(id);
                const bool placeholder =
                    rule && (rule->check == LintRule::Check::PlaceholderSyntax ||
                             rule->check == LintRule::Check::PlaceholderUnknown ||
                             rule->check == LintRule::Check::PlaceholderUnfilled);
                if (!placeholder)
                    m_savedErrors.append(id);
            }
        }
    }
    refresh();
}

QString DraftGateBar::whyNot(GateAction action) const
{
    if (!m_draft)
        return tr("No draft selected.");
    if (m_unsaved)
        return tr("Save first: every step judges the saved text.");
    const DraftStore &drafts = m_workspace.drafts();
    if (action == GateAction::MarkNeedsLegal && drafts.legalRequired(*m_draft))
        return tr("This draft already needs a legal sign-off.");
    QString why = m_workspace.signOffGate().refusal(*m_draft, action, m_user.name());
    if (why.isEmpty() && draftgate::lintGated(action, m_draft->state) && !m_savedErrors.isEmpty() &&
        m_override->text().trimmed().isEmpty())
        why = tr("Lint errors (%1) block this step: fix them, or give a reason in the box above.")
                  .arg(m_savedErrors.join(QStringLiteral(", ")));
    return why;
}

void DraftGateBar::refresh()
{
    const bool draftState = m_draft && m_draft->state == DraftState::Draft;
    m_override->setVisible(draftState && !m_savedErrors.isEmpty());
    m_overrideNote->setVisible(m_draft && !m_draft->lintOverride.isEmpty());
    if (m_draft && !m_draft->lintOverride.isEmpty())
        m_overrideNote->setText(
            tr("Sent on despite lint errors. Reason given: “%1”").arg(m_draft->lintOverride));

    if (!m_draft) {
        m_state->clear();
    } else {
        const bool legal = m_workspace.drafts().legalRequired(*m_draft);
        m_state->setText(tr("<b>%1</b> · version %2 · %3 · text SHA-256 <tt>%4</tt>")
                             .arg(draftstate::displayName(m_draft->state).toHtmlEscaped())
                             .arg(m_draft->latest.version)
                             .arg(legal ? tr("legal sign-off required") : tr("IC approval only"),
                                  m_draft->latest.sha256.left(12)));
    }
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QString why = whyNot(it.key());
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why.isEmpty() ? gateaction::displayName(it.key()) : why);
    }
    m_hint->setText(hint());
}

QString DraftGateBar::hint() const
{
    if (!m_draft)
        return QString();
    if (m_unsaved)
        return tr("Unsaved changes: save to send the text on.");
    GateAction next = GateAction::Publish;
    switch (m_draft->state) {
    case DraftState::Draft:
        next = m_workspace.drafts().legalRequired(*m_draft) ? GateAction::SubmitForReview
                                                            : GateAction::Approve;
        break;
    case DraftState::ChangesRequested:
        return tr("Changes were requested: edit and save the text.");
    case DraftState::InLegalReview:
        next = GateAction::SignOff;
        break;
    case DraftState::LegallySignedOff:
        next = GateAction::Approve;
        break;
    case DraftState::IcApproved:
        next = GateAction::Publish;
        break;
    case DraftState::Published:
        return tr("Published. The text is final.");
    }
    const QString why = whyNot(next);
    const QString step = gatephrase::nextStep(next);
    return why.isEmpty()
               ? tr("%1 You can do it now.", "the next step, a sentence").arg(step)
               : tr("%1 %2", "the next step, then why it cannot be taken yet").arg(step, why);
}

void DraftGateBar::act(GateAction action)
{
    if (!m_draft)
        return;
    const qint64 id = m_draft->id;
    const QString who = m_user.name();
    SignOffGate &gate = m_workspace.signOffGate();
    Result<void> done;
    switch (action) {
    case GateAction::MarkNeedsLegal:
        done = m_workspace.drafts().markNeedsLegal(id, who);
        break;
    case GateAction::SubmitForReview:
        done = gate.submitForReview(id, m_override->text(), who);
        break;
    case GateAction::SignOff:
        done = gate.signOff(id, who);
        break;
    case GateAction::RequestChanges: {
        const std::optional<QString> reason =
            m_prompt(tr("Request changes"),
                     tr("What should change? The author sees this on the timeline."), true);
        if (!reason)
            return;
        done = gate.requestChanges(id, *reason, who);
        break;
    }
    case GateAction::Approve:
        done = gate.approve(id, m_override->text(), who);
        break;
    case GateAction::Publish: {
        if (!confirmPublish())
            return;
        if (Result<qint64> published = gate.publish(id, who, m_workspace.deliverableHere());
            !published)
            done = published.error();
        break;
    }
    case GateAction::Edit:
        return;
    }
    if (!done) {
        emit failed(done.error().message);
        return;
    }
    m_override->clear();
    emit succeeded(tr("%1: done.").arg(gateaction::displayName(action)));
}

bool DraftGateBar::confirmPublish()
{
    // Say what will be queued where, and show it as each destination will: publishing sends
    // nothing by itself (docs/outbox.md), and the text is final afterwards.
    const Result<QList<DeliveryTarget>> planned =
        m_workspace.signOffGate().plannedDeliveries(*m_draft, m_workspace.deliverableHere());
    if (!planned) {
        emit failed(planned.error().message);
        return false;
    }
    const Result<Incident> incident = m_workspace.incidents().incident(m_draft->incidentId);
    if (!incident) {
        emit failed(incident.error().message);
        return false;
    }
    QStringList where;
    int emails = 0;
    for (const DeliveryTarget &t : *planned) {
        if (t.destination == Destination::Email)
            ++emails;
        else
            where.append(destination::displayName(t.destination));
    }
    if (emails > 0)
        where.append(tr("email to %1 key-account contact address(es)").arg(emails));
    const QString summary = gatephrase::publishQuestion(m_draft->channel, m_draft->number,
                                                        where.join(QStringLiteral("; ")));
    PublishPreviewDialog dialog(summary,
                                PublishPreviewDialog::columnsFor(
                                    *planned, m_draft->incidentId, m_draft->latest.renderedTitle,
                                    m_draft->latest.renderedBody,
                                    incidentstatus::id(incident->status),
                                    severity::id(incident->fields.severity)),
                                this);
    // The runner may be a test's: accepting is only possible through the enabled button.
    return m_runPreview(dialog) && dialog.blockedReason().isEmpty();
}

} // namespace warroom
