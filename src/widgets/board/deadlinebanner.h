#pragma once

#include "core/playbook/finalaccount.h"
#include "core/playbook/obligation.h"

#include <QDateTime>
#include <QFrame>
#include <QList>

class QLabel;

namespace warroom {

class WrappingLabel;

// The board's headline, readable from across the room: the next open deadline (what, when, who)
// and how many obligations are overdue, with the one overdue longest. The state is written out
// ("NEXT in 14:38", "DUE SOON in 4:12", "7 OVERDUE"); colours only add emphasis. The text is
// larger than the table's (as large at the largest sizes) and follows the wall-screen text size
// (applyFonts).
class DeadlineBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit DeadlineBanner(QWidget *parent = nullptr);

    // Shows the obligations as of `now`; reads no storage, so it can run on every tick.
    void showObligations(const QList<ObligationStatus> &all, const QDateTime &now);
    // A closed incident, for good: "CLOSED at 29 Nov 2026 05:12 UTC by Ines" and what was missed
    // ("3 MISSED — 2 done late, 1 waived — longest: … (done 12 min late)"); every missed
    // obligation with how late, or the waiver's reason, in the tooltip.
    void showFinalAccount(const FinalAccount &account);
    void applyFonts();

private:
    void showNext(const QList<ObligationStatus> &all, const QDateTime &now);
    void showOverdue(const QList<ObligationStatus> &all, const QDateTime &now);

    QLabel *m_nextTag = nullptr;
    WrappingLabel *m_next = nullptr;
    QLabel *m_overdueTag = nullptr;
    WrappingLabel *m_overdue = nullptr;
};

} // namespace warroom
