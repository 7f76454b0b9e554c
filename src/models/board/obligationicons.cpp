#include "models/board/obligationicons.h"

#include "models/common/statuspalette.h"

#include <QBrush>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

#include <optional>

namespace warroom {
namespace {

using statuspalette::Tone;

constexpr int kSize = 32;

QPixmap paintIcon(ObligationState state, const QColor &ring)
{
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(3, 3, kSize - 6, kSize - 6);
    const QPointF centre = box.center();
    // Overdue and due soon are drawn for their signal fills, which are the same in every theme.
    const statuspalette::Swatch alarm = statuspalette::signal(Tone::Alarm);
    const statuspalette::Swatch soon = statuspalette::signal(Tone::Pending);
    QPen thick(alarm.text, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case ObligationState::Overdue: { // white warning triangle with a red "!", drawn for the red
                                     // cell
        QPainterPath triangle;
        triangle.moveTo(centre.x(), 2);
        triangle.lineTo(kSize - 2, kSize - 3);
        triangle.lineTo(2, kSize - 3);
        triangle.closeSubpath();
        p.fillPath(triangle, alarm.text);
        thick.setColor(alarm.background);
        p.setPen(thick);
        p.drawLine(QPointF(centre.x(), 11), QPointF(centre.x(), 20));
        p.drawPoint(QPointF(centre.x(), 25));
        break;
    }
    case ObligationState::DueSoon: // a clock face, black on the amber cell
        p.setBrush(Qt::white);
        p.setPen(QPen(soon.text, 2.5));
        p.drawEllipse(box);
        p.setPen(QPen(soon.text, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(centre, QPointF(centre.x(), box.top() + 6));
        p.drawLine(centre, QPointF(box.right() - 7, centre.y()));
        break;
    case ObligationState::Upcoming: // grey ring
        p.setPen(QPen(ring, 3));
        p.drawEllipse(box.adjusted(2, 2, -2, -2));
        break;
    case ObligationState::Done: // green disc with a tick
        p.setBrush(statuspalette::signal(Tone::Good).background);
        p.setPen(Qt::NoPen);
        p.drawEllipse(box);
        thick.setColor(statuspalette::signal(Tone::Good).text);
        p.setPen(thick);
        p.drawPolyline(QPolygonF{QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)});
        break;
    case ObligationState::Waived: // grey ring with a slash
        p.setPen(QPen(ring, 3));
        p.drawEllipse(box.adjusted(2, 2, -2, -2));
        p.drawLine(QPointF(9, 23), QPointF(23, 9));
        break;
    case ObligationState::NotApplicable: // a dash
        p.setPen(QPen(ring, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(9, centre.y()), QPointF(23, centre.y()));
        break;
    }
    return pixmap;
}

} // namespace

QIcon obligationIcon(ObligationState state)
{
    // QPixmapCache belongs to the application, so nothing outlives it at exit.
    // Rings, slash and dash are drawn in the muted text colour of the current palette.
    const QColor ring = statuspalette::text(Tone::Muted);
    const QString key = QStringLiteral("warroom-obligation-%1-%2").arg(int(state)).arg(ring.name());
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = paintIcon(state, ring);
        QPixmapCache::insert(key, pixmap);
    }
    return QIcon(pixmap);
}

namespace {

// The look of the state and countdown cells: loud fills for overdue and due soon, a tint for
// done, the muted text colour for waived and not applicable.
std::optional<statuspalette::Swatch> cellSwatch(ObligationState state)
{
    switch (state) {
    case ObligationState::Overdue:
        return statuspalette::signal(Tone::Alarm);
    case ObligationState::DueSoon:
        return statuspalette::signal(Tone::Pending);
    case ObligationState::Done: {
        statuspalette::Swatch done = statuspalette::tint(Tone::Good);
        done.text = statuspalette::textOn(Tone::Good, done.background);
        return done;
    }
    case ObligationState::Waived:
    case ObligationState::NotApplicable:
        return statuspalette::Swatch{QColor(), statuspalette::text(Tone::Muted)};
    case ObligationState::Upcoming:
        break;
    }
    return std::nullopt;
}

} // namespace

QVariant obligationBackground(ObligationState state)
{
    const auto swatch = cellSwatch(state);
    return swatch && swatch->background.isValid() ? QVariant(QBrush(swatch->background))
                                                  : QVariant();
}

QVariant obligationForeground(ObligationState state)
{
    const auto swatch = cellSwatch(state);
    return swatch ? QVariant(QBrush(swatch->text)) : QVariant();
}

} // namespace warroom
