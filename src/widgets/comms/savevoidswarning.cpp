#include "widgets/comms/savevoidswarning.h"

#include "storage/comms/draftstore.h"

#include <QMessageBox>
#include <QPushButton>

namespace warroom {
namespace {

QString when(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QString SaveVoidsWarning::question(const Draft &draft, const QList<Approval> &approvals,
                                   int draftNumber)
{
    QStringList given;
    for (const Approval &a : approvals) {
        if (a.draftVersionId != draft.latest.id)
            continue;
        given.append(a.kind == Approval::Kind::LegalSignOff
                         ? tr("Legal sign-off by %1 at %2").arg(a.person, when(a.at))
                         : tr("IC approval by %1 at %2").arg(a.person, when(a.at)));
    }
    const QString again = draft.needsLegal
                              ? tr("It goes back to draft and needs legal review, legal sign-off "
                                   "and IC approval again.")
                              : tr("It goes back to draft and needs IC approval again.");
    switch (draft.state) {
    case DraftState::InLegalReview:
        return tr("Draft #%1 is in legal review. Saving this edit takes it out of review.")
                   .arg(draftNumber) +
               QStringLiteral("\n\n") + again;
    case DraftState::LegallySignedOff:
    case DraftState::IcApproved:
        if (given.isEmpty())
            given.append(draftstate::displayName(draft.state));
        return tr("Saving this edit voids what was given for draft #%1:").arg(draftNumber) +
               QStringLiteral("\n• ") + given.join(QStringLiteral("\n• ")) +
               QStringLiteral("\n\n") + again;
    case DraftState::Draft:
    case DraftState::ChangesRequested:
    case DraftState::Published:
        break;
    }
    return {};
}

bool SaveVoidsWarning::confirm(QWidget *parent, const DraftStore &drafts, const Draft &draft,
                               int draftNumber)
{
    const Result<QList<Approval>> approvals = drafts.approvals(draft.id);
    const QString text = question(draft, approvals ? *approvals : QList<Approval>{}, draftNumber);
    if (text.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Saving voids the sign-off"), text,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("saveVoidsWarning"));
    QPushButton *save = box.addButton(tr("Save and void"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAndVoid"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == save;
}

} // namespace warroom
