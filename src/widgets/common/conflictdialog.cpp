#include "widgets/common/conflictdialog.h"

#include "core/base/clock.h"
#include "core/playbook/obligation.h"
#include "models/incidents/incidentlistmodel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warroom {

ConflictDialog::ConflictDialog(const Conflict &conflict, const QString &yourChange,
                               const Clock &clock, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this first"));
    setMinimumWidth(520); // the sentence on two or three lines, not six
    m_message = new QLabel(messageFor(conflict, yourChange, clock.nowUtc()), this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont strong = m_message->font();
    strong.setBold(true);
    m_message->setFont(strong);

    m_texts = new QWidget(this);
    auto *grid = new QGridLayout(m_texts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_theirsHeading = new QLabel(m_texts);
    auto *yoursHeading = new QLabel(tr("Yours (not saved)"), m_texts);
    m_theirs = new QPlainTextEdit(m_texts);
    m_theirs->setObjectName(QStringLiteral("theirText"));
    m_yours = new QPlainTextEdit(m_texts);
    m_yours->setObjectName(QStringLiteral("yourText"));
    for (QPlainTextEdit *text : {m_theirs, m_yours}) {
        text->setReadOnly(true);
        text->setMinimumSize(320, 200);
    }
    m_theirsHeading->setBuddy(m_theirs);
    yoursHeading->setBuddy(m_yours);
    grid->addWidget(m_theirsHeading, 0, 0);
    grid->addWidget(yoursHeading, 0, 1);
    grid->addWidget(m_theirs, 1, 0);
    grid->addWidget(m_yours, 1, 1);
    m_texts->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply mine anyway"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyMine"));
    m_apply->setToolTip(tr("Submit your change again on top of theirs; every rule still applies."));
    m_discard = buttons->addButton(tr("&Discard mine"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardMine"));
    m_discard->setToolTip(tr("Drop your change and show theirs."));
    m_keep = buttons->addButton(tr("&Keep editing"), QDialogButtonBox::RejectRole);
    m_keep->setObjectName(QStringLiteral("keepEditing"));
    m_keep->setToolTip(tr("Save nothing now and keep your text in the editor."));
    m_keep->hide();
    connect(m_apply, &QPushButton::clicked, this, [this] { choose(Choice::ApplyMine); });
    connect(m_discard, &QPushButton::clicked, this, [this] { choose(Choice::DiscardMine); });
    connect(m_keep, &QPushButton::clicked, this, [this] { choose(Choice::KeepEditing); });
    // Neither choice is the default: Return must not decide whose change stays.
    m_apply->setAutoDefault(false);
    m_discard->setAutoDefault(false);
    m_keep->setAutoDefault(false);

    auto *choices = new QLabel(
        tr("Apply mine anyway: your change is submitted again on top of theirs; every rule still "
           "applies. Discard mine: theirs stays and is shown here."),
        this);
    choices->setObjectName(QStringLiteral("conflictChoices"));
    choices->setWordWrap(true);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_message);
    m_layout->addWidget(choices);
    m_layout->addWidget(m_texts, 1);
    m_layout->addStretch(1); // without texts: the message stays at the top, the buttons below
    m_layout->addWidget(buttons);
}

QString ConflictDialog::messageFor(const Conflict &conflict, const QString &yourChange,
                                   const QDateTime &now)
{
    QString theirs;
    if (conflict.author.isEmpty() || !conflict.at.isValid()) {
        theirs = tr("This changed after your screen was read (now: %1).").arg(conflict.now);
    } else {
        const QString when = IncidentListModel::listTimeText(conflict.at);
        const qint64 ago = conflict.at.secsTo(now);
        theirs =
            ago >= 0 && ago < 24 * 3600
                ? tr("%1 changed this on %2 UTC, %3 ago (now: %4).")
                      .arg(conflict.author, when, obligationstate::durationText(ago), conflict.now)
                : tr("%1 changed this on %2 UTC (now: %3).")
                      .arg(conflict.author, when, conflict.now);
    }
    return theirs + QLatin1Char(' ') + tr("Your change (%1) was not saved.").arg(yourChange);
}

void ConflictDialog::showTexts(const QString &theirsHeading, const QString &theirs,
                               const QString &yours)
{
    m_theirsHeading->setText(theirsHeading);
    m_theirs->setPlainText(theirs);
    m_yours->setPlainText(yours);
    m_texts->show();
    m_keep->show();
    m_layout->setStretch(m_layout->count() - 2, 0); // the texts take the room
    resize(sizeHint().expandedTo(QSize(960, 560)));
    if (auto *choices = findChild<QLabel *>(QStringLiteral("conflictChoices")))
        choices->setText(tr("Save mine: your text becomes the next version, on top of theirs. "
                            "Discard mine: the editor shows theirs. Keep editing: nothing is "
                            "saved and your text stays in the editor."));
    m_choice = Choice::KeepEditing;
}

void ConflictDialog::setApplyText(const QString &text)
{
    m_apply->setText(text);
}

QString ConflictDialog::message() const
{
    return m_message->text();
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    done(choice == Choice::ApplyMine ? Accepted : Rejected);
}

void ConflictDialog::reject()
{
    // Escape or closing the window: with texts, keep editing (nothing is lost); otherwise theirs
    // stays, which is also what the screen shows after the refresh.
    m_choice = m_keep->isVisibleTo(this) ? Choice::KeepEditing : Choice::DiscardMine;
    QDialog::reject();
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const Conflict &conflict,
                                           const QString &yourChange, const Clock &clock)
{
    ConflictDialog dialog(conflict, yourChange, clock, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace warroom
