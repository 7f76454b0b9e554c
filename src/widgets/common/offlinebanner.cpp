#include "widgets/common/offlinebanner.h"

#include "core/base/clock.h"
#include "core/base/utctime.h"
#include "storage/db/serverlink.h"

#include <QTextDocument>

#include <cmath>

namespace warroom {

namespace {

constexpr int kBackOnlineShownMs = 8000;

} // namespace

OfflineBanner::OfflineBanner(ServerLink &link, const Clock &clock, QWidget *parent)
    : QLabel(parent)
    , m_link(link)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("offlineBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // "Try now": the server may be back long before the next retry.
    connect(this, &QLabel::linkActivated, &m_link, &ServerLink::retryNow);
    setMargin(fontMetrics().height() / 2);
    setAutoFillBackground(true);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    setFont(bold);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(&m_link, &ServerLink::offline, this, &OfflineBanner::wentOffline);
    connect(&m_link, &ServerLink::retryingIn, this, &OfflineBanner::retrying);
    connect(&m_link, &ServerLink::online, this, &OfflineBanner::cameBack);
    if (m_link.isOffline())
        wentOffline(m_link.offlineReason());
    else
        hide();
}

void OfflineBanner::wentOffline(const QString &reason)
{
    m_reason = reason;
    m_since = m_clock.nowUtc();
    m_retryMs = 0;
    showOffline();
}

void OfflineBanner::retrying(int milliseconds)
{
    m_retryMs = milliseconds;
    if (m_link.isOffline())
        showOffline();
}

void OfflineBanner::showOffline()
{
    m_hide.stop();
    QString text = tr("OFFLINE — changes are not being saved. %1 stopped answering at %2 (%3); "
                      "anything you try to change is refused until it is back.")
                       .arg(m_link.location(), utctime::hhmm(m_since), m_reason)
                       .toHtmlEscaped();
    if (m_retryMs > 0)
        text += QLatin1Char(' ') +
                tr("Reconnecting: next try in %n s.", nullptr, (m_retryMs + 999) / 1000)
                    .toHtmlEscaped();
    text += QStringLiteral(" <a href=\"retry\" style=\"color: white\">%1</a>")
                .arg(tr("Try now").toHtmlEscaped());
    setText(text);
    fitHeight();
    paint(true);
    show();
}

void OfflineBanner::cameBack()
{
    setText(tr("Back online at %1: everything other seats changed meanwhile was read again.")
                .arg(utctime::hhmm(m_clock.nowUtc()))
                .toHtmlEscaped());
    fitHeight();
    paint(false);
    show();
    m_hide.start(kBackOnlineShownMs);
}

void OfflineBanner::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fitHeight();
}

void OfflineBanner::fitHeight()
{
    // As tall as its text at the width it has, never more: the board below keeps the room. (A
    // wrapped label asks for the height of a much narrower width.) Measured on the text as plain
    // words; the link's underline changes no line break.
    // Not laid out yet (hidden until now): it is about to get its parent's width.
    const int available = isVisible() || !parentWidget() ? width() : parentWidget()->width();
    if (available <= 0)
        return;
    QTextDocument document;
    document.setDefaultFont(font());
    document.setHtml(text());
    document.setDocumentMargin(0);
    const QMargins frame = contentsMargins();
    document.setTextWidth(available - frame.left() - frame.right() - 2 * margin());
    const int needed =
        int(std::ceil(document.size().height())) + 2 * margin() + frame.top() + frame.bottom();
    if (needed != height())
        setFixedHeight(needed);
}

void OfflineBanner::paint(bool alarm)
{
    // The same in light and dark themes: white on a strong red (offline) or green (back).
    QPalette colours = palette();
    colours.setColor(QPalette::Window, alarm ? QColor(0xb0, 0x00, 0x20) : QColor(0x1b, 0x6e, 0x3a));
    colours.setColor(QPalette::WindowText, Qt::white);
    setPalette(colours);
}

} // namespace warroom
