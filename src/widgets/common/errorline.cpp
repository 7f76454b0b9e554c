#include "widgets/common/errorline.h"

#include "models/common/statuspalette.h"
#include "widgets/common/theme.h"

namespace warroom {

using statuspalette::Tone;

ErrorLine::ErrorLine(const QString &objectName, QWidget *parent, Look look)
    : QLabel(parent)
{
    setObjectName(objectName);
    applyLook(look);
}

ErrorLine::ErrorLine(QWidget *parent)
    : QLabel(parent)
{
    applyLook(Look::Line);
}

void ErrorLine::applyLook(Look look)
{
    setWordWrap(true);
    theme::keepStyled(this, [this, look] {
        if (look == Look::Box) {
            const statuspalette::Swatch box = statuspalette::tint(Tone::Alarm);
            setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 6px;"
                                         " border: 1px solid %3; font-weight: bold; }")
                              .arg(box.background.name(),
                                   statuspalette::textOn(Tone::Alarm, box.background).name(),
                                   statuspalette::text(Tone::Alarm).name()));
        } else {
            setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                              .arg(statuspalette::text(Tone::Alarm).name()));
        }
    });
    hide();
}

void ErrorLine::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString ErrorLine::shownText() const
{
    return isVisibleTo(parentWidget()) ? text() : QString();
}

} // namespace warroom
