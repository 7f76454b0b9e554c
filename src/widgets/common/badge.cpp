#include "widgets/common/badge.h"

#include "models/common/statuspalette.h"

#include <QApplication>

namespace warroom {

using statuspalette::Tone;

Badge::Badge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
}

void Badge::paint(const QString &text, Tone tone)
{
    setText(text);
    const double points = QApplication::font().pointSizeF() * 1.4;
    setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 6px; padding: 4px 12px;"
                                 " font-weight: bold; font-size: %2pt; }")
                      .arg(statuspalette::css(statuspalette::signal(tone)))
                      .arg(points, 0, 'f', 1));
}

// On the palette's base (white in a light theme), in the tone's text colour readable on it.
void Badge::outline(const QString &text, Tone tone)
{
    setText(text);
    const double points = QApplication::font().pointSizeF() * 1.4;
    const QColor base = statuspalette::current().color(QPalette::Base);
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 3px solid %2;"
                                 " border-radius: 6px; padding: 1px 9px; font-weight: bold;"
                                 " font-size: %3pt; }")
                      .arg(base.name(), statuspalette::textOn(tone, base).name())
                      .arg(points, 0, 'f', 1));
}

void Badge::showSeverity(Severity severity)
{
    setToolTip(severity::description(severity));
    switch (severity) {
    case Severity::Sev1:
        paint(severity::id(severity), Tone::Alarm);
        break;
    case Severity::Sev2:
        paint(severity::id(severity), Tone::Attention);
        break;
    case Severity::Sev3:
        paint(severity::id(severity), Tone::Pending);
        break;
    }
}

// Status is drawn as an outline in calm colours, so that across the room it never reads as a
// severity (filled, in alarm colours); the text says the status too.
void Badge::showDemo()
{
    paint(tr("DEMO"), Tone::Attention);
}

void Badge::showStatus(IncidentStatus status)
{
    const QString text = incidentstatus::displayName(status).toUpper();
    switch (status) {
    case IncidentStatus::Investigating:
        outline(text, Tone::Review);
        break;
    case IncidentStatus::Identified:
        outline(text, Tone::Settled);
        break;
    case IncidentStatus::Monitoring:
        outline(text, Tone::Info);
        break;
    case IncidentStatus::Restored:
        outline(text, Tone::Good);
        break;
    case IncidentStatus::Closed:
        outline(text, Tone::Muted);
        break;
    }
}

} // namespace warroom
