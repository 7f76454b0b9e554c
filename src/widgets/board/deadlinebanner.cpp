#include "widgets/board/deadlinebanner.h"

#include "models/common/statuspalette.h"
#include "session/appsettings.h"
#include "widgets/common/theme.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace warroom {
namespace {

using statuspalette::Tone;

QString tagStyle(const statuspalette::Swatch &swatch)
{
    return QStringLiteral("QLabel { %1 padding: 2px 12px; }").arg(statuspalette::css(swatch));
}

QString tagStyle(Tone tone)
{
    return tagStyle(statuspalette::signal(tone));
}

QString titleOf(const ObligationStatus &s)
{
    return s.mandatory ? QStringLiteral("⚑ ") + s.title : s.title;
}

} // namespace

// A lead, a middle (the obligation's title) and a tail (countdown, owner), shown whole: the line
// wraps at word boundaries when it does not fit, never cut with "…", so the words that matter
// (what, who) stay on the wall screen at any size.
class WrappingLabel final : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    }

    void setParts(const QString &lead, const QString &middle, const QString &tail)
    {
        if (text() == lead + middle + tail)
            return;
        setText(lead + middle + tail);
        setToolTip(text());
    }
};

DeadlineBanner::DeadlineBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("deadlineBanner"));
    // The palette's own text on its base (black on white in a light theme), framed in the text
    // colour: the banner stands out from the window in any theme.
    theme::keepStyled(this, [this] {
        const QPalette palette = statuspalette::current();
        setStyleSheet(
            QStringLiteral("#deadlineBanner { background: %1; border: 2px solid %2; }"
                           " QLabel { color: %2; }")
                .arg(palette.color(QPalette::Base).name(), palette.color(QPalette::Text).name()));
    });
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(2, 2, 2, 2);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    m_nextTag = new QLabel(this);
    m_nextTag->setObjectName(QStringLiteral("nextDeadlineTag"));
    m_next = new WrappingLabel(this);
    m_next->setObjectName(QStringLiteral("nextDeadline"));
    m_overdueTag = new QLabel(this);
    m_overdueTag->setObjectName(QStringLiteral("overdueTag"));
    m_overdue = new WrappingLabel(this);
    m_overdue->setObjectName(QStringLiteral("overdueOldest"));
    for (QLabel *tag : {m_nextTag, m_overdueTag})
        tag->setAlignment(Qt::AlignCenter);
    grid->addWidget(m_nextTag, 0, 0);
    grid->addWidget(m_next, 0, 1);
    grid->addWidget(m_overdueTag, 1, 0);
    grid->addWidget(m_overdue, 1, 1);
    grid->setColumnStretch(1, 1);
    // As high as the wrapped lines need at its width, never squeezed below that.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    applyFonts();
}

void DeadlineBanner::applyFonts()
{
    // Follows the wall-screen text size: 1.6 times the table's up to 14 pt; beyond that the
    // table's text is itself readable across the room, and the banner stays at 22.4 pt until the
    // table's reaches it, then is as large as the table's (bold, framed, the tags in colour), so
    // at the largest sizes its lines leave the board its rows.
    QFont big = QApplication::font();
    const double points = big.pointSizeF();
    big.setPointSizeF(qMax(points, qMin(points * 1.6, 14.0 * 1.6)));
    big.setBold(true);
    for (QLabel *label :
         std::initializer_list<QLabel *>{m_nextTag, m_next, m_overdueTag, m_overdue})
        label->setFont(big);
}

void DeadlineBanner::showObligations(const QList<ObligationStatus> &all, const QDateTime &now)
{
    showNext(all, now);
    showOverdue(all, now);
}

void DeadlineBanner::showFinalAccount(const FinalAccount &account)
{
    const auto setTag = [](QLabel *tag, const QString &text, const QString &style) {
        if (tag->text() != text)
            tag->setText(text);
        if (tag->styleSheet() != style)
            tag->setStyleSheet(style);
    };
    // Closed is the palette's text and base swapped: black on white turned round in a light
    // theme, white on black in a dark one.
    const QPalette palette = statuspalette::current();
    setTag(m_nextTag, tr("CLOSED"),
           tagStyle(statuspalette::Swatch{palette.color(QPalette::Text),
                                          palette.color(QPalette::Base)}));
    // When and by whom stay in view; the rest of the line gives way first.
    m_next->setParts(QString(),
                     tr("at %1 by %2 — the board stopped at closing")
                         .arg(QLocale::c().toString(account.closedAt.toUTC(),
                                                    QStringLiteral("dd MMM yyyy HH:mm 'UTC'")),
                              account.closedBy),
                     QString());

    QStringList lines{finalaccount::summary(account)};
    for (const MissedObligation &m : account.missed)
        lines.append(QStringLiteral("• %1: %2").arg(m.title, finalaccount::describe(m)));
    if (account.missed.isEmpty()) {
        setTag(m_overdueTag, tr("NOTHING MISSED"), tagStyle(Tone::Good));
        m_overdue->setParts(QString(), finalaccount::summary(account), QString());
        return;
    }
    setTag(m_overdueTag, tr("%n MISSED", nullptr, int(account.missed.size())),
           tagStyle(Tone::Alarm));
    // "2 done late, 7 waived — worst: 12 min late"; the table below names each, the worst first.
    qint64 worst = 0;
    for (const MissedObligation &m : account.missed) {
        if (m.how != MissedObligation::How::Waived)
            worst = std::max(worst, m.lateMsecs);
    }
    m_overdue->setParts(QString(), finalaccount::breakdown(account),
                        worst > 0 ? tr(" — worst: %1 late").arg(finalaccount::durationText(worst))
                                  : QString());
    m_overdue->setToolTip(lines.join(QLatin1Char('\n')));
}

// The open obligation with the earliest due time that is not overdue yet.
void DeadlineBanner::showNext(const QList<ObligationStatus> &all, const QDateTime &now)
{
    const ObligationStatus *next = nullptr;
    for (const ObligationStatus &s : all) {
        if (s.isSettled() || s.state == ObligationState::Overdue || !s.dueAt.isValid())
            continue;
        if (!next || s.dueAt < next->dueAt)
            next = &s;
    }
    QString tag = tr("NEXT");
    QString style = tagStyle(Tone::Muted);
    if (!next) {
        m_next->setParts(QString(), tr("No open deadline with a due time"), QString());
    } else {
        const QString left = obligationstate::countdownText(next->msecsLeft(now));
        const bool soon = next->state == ObligationState::DueSoon;
        tag = soon ? tr("DUE SOON in %1").arg(left) : tr("NEXT in %1").arg(left);
        style = soon ? tagStyle(Tone::Pending) : tagStyle(Tone::Info);
        m_next->setParts(QString(), titleOf(*next),
                         QStringLiteral(" — %1").arg(role::displayName(next->owner)));
    }
    if (m_nextTag->text() != tag)
        m_nextTag->setText(tag);
    if (m_nextTag->styleSheet() != style)
        m_nextTag->setStyleSheet(style);
}

// How many are overdue, and the one overdue longest; when none is, how many are due soon.
void DeadlineBanner::showOverdue(const QList<ObligationStatus> &all, const QDateTime &now)
{
    const ObligationStatus *oldest = nullptr;
    int overdue = 0;
    int dueSoon = 0;
    for (const ObligationStatus &s : all) {
        dueSoon += s.state == ObligationState::DueSoon ? 1 : 0;
        if (s.state != ObligationState::Overdue)
            continue;
        ++overdue;
        if (!oldest || s.dueAt < oldest->dueAt)
            oldest = &s;
    }
    QString tag = tr("NONE OVERDUE");
    QString style = tagStyle(Tone::Good);
    if (!oldest) {
        m_overdue->setParts(QString(),
                            dueSoon > 0 ? tr("%n due soon", nullptr, dueSoon)
                                        : tr("Every open deadline is still ahead"),
                            QString());
    } else {
        tag = tr("%n OVERDUE", nullptr, overdue);
        style = tagStyle(Tone::Alarm);
        m_overdue->setParts(tr("oldest: "), titleOf(*oldest),
                            QStringLiteral(" (%1, %2)")
                                .arg(obligationstate::countdownText(oldest->msecsLeft(now)),
                                     role::displayName(oldest->owner)));
    }
    if (m_overdueTag->text() != tag)
        m_overdueTag->setText(tag);
    if (m_overdueTag->styleSheet() != style)
        m_overdueTag->setStyleSheet(style);
}

} // namespace warroom
