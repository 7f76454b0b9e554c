#include "models/board/obligationicons.h"

#include <QBrush>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

namespace warroom {
namespace {

constexpr int kSize = 32;

QPixmap paintIcon(ObligationState state)
{
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(3, 3, kSize - 6, kSize - 6);
    const QPointF centre = box.center();
    QPen thick(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case ObligationState::Overdue: { // white warning triangle with a red "!", drawn for the red
                                     // cell
        QPainterPath triangle;
        triangle.moveTo(centre.x(), 2);
        triangle.lineTo(kSize - 2, kSize - 3);
        triangle.lineTo(2, kSize - 3);
        triangle.closeSubpath();
        p.fillPath(triangle, Qt::white);
        thick.setColor(QColor(0xb7, 0x1c, 0x1c));
        p.setPen(thick);
        p.drawLine(QPointF(centre.x(), 11), QPointF(centre.x(), 20));
        p.drawPoint(QPointF(centre.x(), 25));
        break;
    }
    case ObligationState::DueSoon: // a clock face, black on the amber cell
        p.setBrush(Qt::white);
        p.setPen(QPen(Qt::black, 2.5));
        p.drawEllipse(box);
        p.setPen(QPen(Qt::black, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(centre, QPointF(centre.x(), box.top() + 6));
        p.drawLine(centre, QPointF(box.right() - 7, centre.y()));
        break;
    case ObligationState::Upcoming: // grey ring
        p.setPen(QPen(QColor(0x75, 0x75, 0x75), 3));
        p.drawEllipse(box.adjusted(2, 2, -2, -2));
        break;
    case ObligationState::Done: // green disc with a tick
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.setPen(Qt::NoPen);
        p.drawEllipse(box);
        p.setPen(thick);
        p.drawPolyline(QPolygonF{QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)});
        break;
    case ObligationState::Waived: // grey ring with a slash
        p.setPen(QPen(QColor(0x61, 0x61, 0x61), 3));
        p.drawEllipse(box.adjusted(2, 2, -2, -2));
        p.drawLine(QPointF(9, 23), QPointF(23, 9));
        break;
    case ObligationState::NotApplicable: // a dash
        p.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(9, centre.y()), QPointF(23, centre.y()));
        break;
    }
    return pixmap;
}

} // namespace

QIcon obligationIcon(ObligationState state)
{
    // QPixmapCache belongs to the application, so nothing outlives it at exit.
    const QString key = QStringLiteral("warroom-obligation-%1").arg(int(state));
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = paintIcon(state);
        QPixmapCache::insert(key, pixmap);
    }
    return QIcon(pixmap);
}

QVariant obligationBackground(ObligationState state)
{
    switch (state) {
    case ObligationState::Overdue:
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    case ObligationState::DueSoon:
        return QBrush(QColor(0xff, 0xc1, 0x07));
    case ObligationState::Done:
        return QBrush(QColor(0xe8, 0xf5, 0xe9));
    default:
        return {};
    }
}

QVariant obligationForeground(ObligationState state)
{
    switch (state) {
    case ObligationState::Overdue:
        return QBrush(Qt::white);
    case ObligationState::DueSoon:
        return QBrush(Qt::black);
    case ObligationState::Done:
        return QBrush(QColor(0x1b, 0x5e, 0x20));
    case ObligationState::Waived:
    case ObligationState::NotApplicable:
        return QBrush(QColor(0x61, 0x61, 0x61));
    case ObligationState::Upcoming:
        break;
    }
    return {};
}

} // namespace warroom
