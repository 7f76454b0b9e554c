#include "widgets/common/errorline.h"

namespace warroom {

ErrorLine::ErrorLine(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
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
