#pragma once

#include "storage/comms/commsrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace warroom {

class DraftStore;

// Before an edit is saved over a draft that is in legal review, signed off or approved: says
// plainly what saving will void (who signed or approved, and when) and lets the person cancel.
class SaveVoidsWarning
{
    Q_DECLARE_TR_FUNCTIONS(SaveVoidsWarning)

public:
    // The question to ask before saving an edit of draft, or an empty string when saving voids
    // nothing. approvals: the draft's, any version (those of the latest version are named).
    // draftNumber: the number the person knows the draft by.
    static QString question(const Draft &draft, const QList<Approval> &approvals, int draftNumber);

    // Asks (when there is something to void) and returns whether to save.
    static bool confirm(QWidget *parent, const DraftStore &drafts, const Draft &draft,
                        int draftNumber);
};

} // namespace warroom
