#include "widgets/badge.h"

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

void Badge::showSeverity(Severity severity)
{
    setToolTip(severity::description(severity));
    switch (severity) {
    case Severity::Sev1: paint(severity::id(severity), QStringLiteral("#b71c1c"), QStringLiteral("white")); break;
    case Severity::Sev2: paint(severity::id(severity), QStringLiteral("#e65100"), QStringLiteral("white")); break;
    case Severity::Sev3: paint(severity::id(severity), QStringLiteral("#f9a825"), QStringLiteral("black")); break;
    }
}

void Badge::showStatus(IncidentStatus status)
{
    const QString text = incidentstatus::displayName(status).toUpper();
    switch (status) {
    case IncidentStatus::Investigating: paint(text, QStringLiteral("#c62828"), QStringLiteral("white")); break;
    case IncidentStatus::Identified: paint(text, QStringLiteral("#ef6c00"), QStringLiteral("white")); break;
    case IncidentStatus::Monitoring: paint(text, QStringLiteral("#1565c0"), QStringLiteral("white")); break;
    case IncidentStatus::Restored: paint(text, QStringLiteral("#2e7d32"), QStringLiteral("white")); break;
    case IncidentStatus::Closed: paint(text, QStringLiteral("#616161"), QStringLiteral("white")); break;
    }
}

} // namespace warroom
