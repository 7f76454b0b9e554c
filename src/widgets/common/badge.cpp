#include "widgets/common/badge.h"

#include <QApplication>

namespace warroom {

Badge::Badge(QWidget *parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
}

void Badge::paint(const QString &text, const QString &background, const QString &foreground)
{
    setText(text);
    const double points = QApplication::font().pointSizeF() * 1.4;
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 4px 12px;"
                                 " font-weight: bold; font-size: %3pt; }")
                      .arg(background, foreground)
                      .arg(points, 0, 'f', 1));
}

void Badge::outline(const QString &text, const QString &colour)
{
    setText(text);
    const double points = QApplication::font().pointSizeF() * 1.4;
    setStyleSheet(QStringLiteral("QLabel { background: white; color: %1; border: 3px solid %1;"
                                 " border-radius: 6px; padding: 1px 9px; font-weight: bold;"
                                 " font-size: %2pt; }")
                      .arg(colour)
                      .arg(points, 0, 'f', 1));
}

void Badge::showSeverity(Severity severity)
{
    setToolTip(severity::description(severity));
    switch (severity) {
    case Severity::Sev1: paint(severity::id(severity), QStringLiteral("#b71c1c"), QStringLiteral("white")); break;
    case Severity::Sev2: paint(severity::id(severity), QStringLiteral("#e65100"), QStringLiteral("white")); break;
    case Severity::Sev3: paint(severity::id(severity), QStringLiteral("#f9a825"), QStringLiteral("black")); break;
    }
}

// Status is drawn as an outline in calm colours, so that across the room it never reads as a
// severity (filled, in alarm colours); the text says the status too.
void Badge::showStatus(IncidentStatus status)
{
    const QString text = incidentstatus::displayName(status).toUpper();
    switch (status) {
    case IncidentStatus::Investigating: outline(text, QStringLiteral("#6a1b9a")); break;
    case IncidentStatus::Identified: outline(text, QStringLiteral("#00695c")); break;
    case IncidentStatus::Monitoring: outline(text, QStringLiteral("#1565c0")); break;
    case IncidentStatus::Restored: outline(text, QStringLiteral("#2e7d32")); break;
    case IncidentStatus::Closed: outline(text, QStringLiteral("#616161")); break;
    }
}

} // namespace warroom
