#include "widgets/calls/calltrackerwidget.h"

#include "widgets/common/conflictdialog.h"
#include "widgets/common/errorline.h"
#include "widgets/common/tablesetup.h"

#include "core/calls/keyaccount.h"
#include "models/calls/calllistfilterproxymodel.h"
#include "models/calls/calllistmodel.h"
#include "models/common/statuspalette.h"
#include "session/currentuser.h"
#include "storage/calls/outreachstore.h"
#include "storage/incidents/incidentstore.h"
#include "storage/workspace.h"
#include "widgets/calls/selectaccountsdialog.h"
#include "widgets/common/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace warroom {

using statuspalette::Tone;

CallTrackerWidget::CallTrackerWidget(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                                     QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_incidentId(incidentId)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("callProgress"));
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);

    m_error = new ErrorLine(QStringLiteral("callError"), this);
    layout->addWidget(m_error);

    auto *controls = new QHBoxLayout;
    m_mine = new QCheckBox(tr("&My accounts only"), this);
    m_mine->setObjectName(QStringLiteral("myAccounts"));
    controls->addWidget(m_mine);
    controls->addWidget(new QLabel(tr("Channel:"), this));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("callChannel"));
    m_channel->setAccessibleName(tr("Call channel"));
    for (OutreachChannel c : outreachchannel::all())
        m_channel->addItem(outreachchannel::displayName(c), outreachchannel::id(c));
    m_channel->setToolTip(
        tr("Phone or Slack: the playbook reaches key accounts in person, not by email."));
    controls->addWidget(m_channel);
    controls->addStretch();
    m_propose = new QPushButton(tr("Propo&se top %1").arg(keyaccount::DefaultOutreachCount), this);
    m_propose->setObjectName(QStringLiteral("proposeAccounts"));
    controls->addWidget(m_propose);
    m_choose = new QPushButton(tr("&Choose accounts…"), this);
    m_choose->setObjectName(QStringLiteral("chooseAccounts"));
    controls->addWidget(m_choose);
    layout->addLayout(controls);

    m_model = new CallListModel(workspace.incidents(), workspace.accounts(), workspace.clock(),
                                incidentId, this);
    m_proxy = new CallListFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    // What a CSM dials is never cut off: every column is as wide as its text (phone numbers
    // included) and follows it as it changes; only what the customer observed takes the rest,
    // with every note and contact handle in the row's tooltip.
    m_table = newTable(
        QStringLiteral("callTable"), m_proxy,
        {TableFit::Rows::OneLine, TableFit::Columns::FitText, CallListModel::NoteColumn}, this);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    applyTextSize();

    // In the table's place while it is empty: what to do about it.
    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("callEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    theme::keepStyled(m_emptyHint, [hint = m_emptyHint] {
        hint->setStyleSheet(QStringLiteral("QLabel { %1 border: 1px dashed %2; padding: 12px; }")
                                .arg(statuspalette::css(statuspalette::tint(Tone::Muted)),
                                     statuspalette::text(Tone::Muted).name()));
    });
    layout->addWidget(m_emptyHint, 1);

    auto *keys = new QLabel(this);
    QStringList legend;
    for (CallStatus s : callstatus::all())
        legend.append(QStringLiteral("<b>%1</b>/<b>%2</b> %3")
                          .arg(callstatus::shortcutKey(s), callstatus::shortcutLetter(s),
                               callstatus::displayName(s)));
    keys->setText(tr("Keys: %1 · <b>Enter</b> note").arg(legend.join(QStringLiteral(" · "))));
    keys->setToolTip(tr("Press a key on the selected account to record where its call stands."));
    keys->setWordWrap(true);
    layout->addWidget(keys);

    auto *noteRow = new QHBoxLayout;
    m_noteLabel = new QLabel(tr("Note:"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("callNote"));
    m_note->setAccessibleName(tr("Call note"));
    m_note->setPlaceholderText(tr("What the customer observed (Enter saves, Esc cancels)"));
    m_note->setMaxLength(OutreachStore::MaxNoteLength);
    m_note->installEventFilter(this);
    noteRow->addWidget(m_noteLabel);
    noteRow->addWidget(m_note, 1);
    layout->addLayout(noteRow);

    connect(m_model, &CallListModel::progressChanged, this, &CallTrackerWidget::updateProgress);
    connect(m_model, &CallListModel::loadFailed, this, &CallTrackerWidget::showError);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, [this] {
        if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CallTrackerWidget::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CallTrackerWidget::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CallTrackerWidget::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CallTrackerWidget::updateEmptyHint);
    connect(m_mine, &QCheckBox::toggled, this, &CallTrackerWidget::updateFilter);
    connect(&m_user, &CurrentUser::nameChanged, this, &CallTrackerWidget::updateFilter);
    connect(m_propose, &QPushButton::clicked, this, &CallTrackerWidget::proposeTop);
    connect(m_choose, &QPushButton::clicked, this, &CallTrackerWidget::chooseAccounts);
    connect(m_note, &QLineEdit::returnPressed, this, &CallTrackerWidget::saveNote);

    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    theme::keepStyled(m_progress, [this] { updateProgress(); }); // its colour, in a new theme too
    updateEmptyHint();
}

void CallTrackerWidget::applyTextSize()
{
    // No header is cut: the stretching "Observed" column keeps room for its heading, the others
    // are as wide as their text.
    QHeaderView *header = m_table->horizontalHeader();
    const QString observed =
        m_proxy->headerData(CallListModel::NoteColumn, Qt::Horizontal).toString();
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(observed) +
                                  header->fontMetrics().averageCharWidth() * 3);
    // Rows and the progress line follow the text size (Ctrl++ / Ctrl+- on the wall screen); the
    // progress line stays larger than the text around it.
    fitRowsToFont(m_table);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_progress->setFont(big);
}

void CallTrackerWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_table)
        applyTextSize();
}

QString CallTrackerWidget::emptyHintText() const
{
    return m_emptyHint->isVisibleTo(this) ? m_emptyHint->text() : QString();
}

void CallTrackerWidget::focusCalls()
{
    if (m_proxy->rowCount() == 0) {
        m_propose->setFocus();
        return;
    }
    if (!m_table->currentIndex().isValid())
        m_table->selectRow(0);
    m_table->setFocus();
}

void CallTrackerWidget::updateEmptyHint()
{
    const auto plain = [](const QAbstractButton *b) { return QString(b->text()).remove(u'&'); };
    const bool empty = m_proxy->rowCount() == 0;
    if (m_model->rowCount() == 0)
        m_emptyHint->setText(tr("No key accounts are selected for this incident yet.\nClick "
                                "“%1” to select the %2 highest-ranked accounts, or “%3” to pick "
                                "them yourself.")
                                 .arg(plain(m_propose))
                                 .arg(keyaccount::DefaultOutreachCount)
                                 .arg(plain(m_choose)));
    else
        m_emptyHint->setText(tr("None of the %n selected account(s) is yours (you are “%1”).\n"
                                "Untick “%2” to see them all.",
                                nullptr, m_model->rowCount())
                                 .arg(m_user.name(), plain(m_mine)));
    m_emptyHint->setVisible(empty);
    m_table->setVisible(!empty);
}

QString CallTrackerWidget::progressText() const
{
    return m_progress->text();
}

QString CallTrackerWidget::errorText() const
{
    return m_error->shownText();
}

int CallTrackerWidget::heightForAllRows() const
{
    if (m_proxy->rowCount() == 0 || m_table->isHidden())
        return 0;
    // As laid out now (the wrapped labels at their real width) once shown, and from the size
    // hints before: everything around the table, then the table's header, rows and frame. The
    // hints overestimate by a few lines' height (the hidden error line, spacing), which would be
    // taken from the role board's rows.
    const int rows = m_table->verticalHeader()->length();
    if (isVisible())
        return height() - m_table->viewport()->height() + rows;
    return layout()->sizeHint().height() - m_table->sizeHint().height() +
           m_table->horizontalHeader()->sizeHint().height() + rows + 2 * m_table->frameWidth();
}

void CallTrackerWidget::clockAdvanced()
{
    m_model->clockAdvanced();
}

void CallTrackerWidget::showError(const QString &message)
{
    m_error->showMessage(message);
}

void CallTrackerWidget::updateProgress()
{
    const CallProgress &p = m_model->progress();
    m_progress->setText(tr("Key-account outreach: %1").arg(m_model->progressText()));
    // Green once the T+60 outreach is done: everyone reached or at least tried.
    m_progress->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(statuspalette::text(p.outreachDone() ? Tone::Good : Tone::Attention).name()));
    m_propose->setDefault(p.total == 0);
}

void CallTrackerWidget::updateFilter()
{
    m_proxy->setCsm(m_mine->isChecked() ? m_user.name() : QString());
    updateEmptyHint();
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

qint64 CallTrackerWidget::currentAccountId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CallListModel::AccountIdRole).toLongLong() : 0;
}

void CallTrackerWidget::record(qint64 accountId, CallStatus status, const QString &note)
{
    if (accountId == 0) {
        showError(tr("Select an account first."));
        return;
    }
    std::optional<OutreachChannel> channel;
    if (status != CallStatus::NotStarted)
        channel = outreachchannel::parse(m_channel->currentData().toString()).value();
    // Based on the latest call this screen shows for the account: a call another seat recorded
    // since is a conflict, not silently overwritten.
    std::optional<qint64> basedOn;
    if (const int row = m_model->rowOf(accountId); row >= 0) {
        const AccountOutreach &shown = m_model->accountAt(row);
        basedOn = shown.attempts.isEmpty() ? 0 : shown.attempts.constLast().eventId;
    }
    submit(CallRecord{accountId, status, channel, note, basedOn});
}

void CallTrackerWidget::submit(const CallRecord &call)
{
    const Result<qint64> done =
        m_workspace.outreach().recordCall(m_incidentId, call, m_user.name());
    if (done || done.error().code != Error::Code::Conflict || !done.error().conflict) {
        showError(done ? QString() : done.error().message);
        return;
    }
    const Conflict &theirs = *done.error().conflict;
    const QString status = callstatus::displayName(call.status);
    const QString yours =
        call.note.trimmed().isEmpty() ? status : tr("%1: \"%2\"").arg(status, call.note.trimmed());
    if (ConflictDialog::ask(this, theirs, yours, m_workspace.clock()) ==
        ConflictDialog::Choice::ApplyMine) {
        CallRecord again = call;
        again.basedOn = theirs.revision;
        submit(again);
        return;
    }
    // Discard mine: show theirs now rather than at the next change check.
    showError(QString());
    m_workspace.incidents().notifyExternalChange();
}

bool CallTrackerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_table) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            beginNote();
            return true;
        }
        const bool plain =
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && key->text().size() == 1) {
            if (const auto status = callstatus::fromShortcutKey(key->text().at(0))) {
                record(currentAccountId(), *status, QString());
                return true;
            }
        }
    } else if (watched == m_note && key->key() == Qt::Key_Escape) {
        endNote();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CallTrackerWidget::beginNote()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_noteAccountId = current.data(CallListModel::AccountIdRole).toLongLong();
    m_noteLabel->setText(
        tr("Note on %1:").arg(m_model->accountAt(m_model->rowOf(m_noteAccountId)).accountName));
    m_note->setFocus();
}

void CallTrackerWidget::saveNote()
{
    if (m_note->text().trimmed().isEmpty()) {
        endNote();
        return;
    }
    if (m_noteAccountId == 0)
        m_noteAccountId = currentAccountId();
    const int row = m_model->rowOf(m_noteAccountId);
    if (row < 0) {
        showError(tr("That account is no longer selected; the note was not saved."));
        return;
    }
    // A note is an attempt record with the account's current status: the timeline keeps when
    // the customer said it.
    record(m_noteAccountId, m_model->accountAt(row).status, m_note->text());
    if (errorText().isEmpty()) {
        m_note->clear();
        endNote();
    }
}

void CallTrackerWidget::endNote()
{
    m_noteAccountId = 0;
    m_noteLabel->setText(tr("Note:"));
    m_table->setFocus();
}

void CallTrackerWidget::proposeTop()
{
    const Result<qint64> done = m_workspace.outreach().proposeAccounts(
        m_incidentId, keyaccount::DefaultOutreachCount, m_user.name());
    showError(done ? QString() : done.error().message);
}

void CallTrackerWidget::chooseAccounts()
{
    QList<qint64> current;
    for (int row = 0; row < m_model->rowCount(); ++row)
        current.append(m_model->accountAt(row).accountId);
    SelectAccountsDialog dialog(
        m_workspace.accounts(), current,
        [this](const QList<qint64> &ids) {
            const Result<qint64> done =
                m_workspace.outreach().selectAccounts(m_incidentId, ids, m_user.name());
            return done ? Result<void>() : Result<void>(done.error());
        },
        this);
    dialog.exec();
}

} // namespace warroom
