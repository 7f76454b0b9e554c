#pragma once

#include <QColor>
#include <QString>

namespace warroom::wallstyle {

// The wall screen's colours: light text on black, for a projector or TV across a room. Every
// colour here reads at 4.5:1 or better on the background; state is also said by a word and an
// icon, never by colour alone.
inline QColor background()
{
    return QColor(0x0b, 0x0b, 0x0b);
}
inline QString text()
{
    return QStringLiteral("#ffffff");
}
inline QString muted()
{
    return QStringLiteral("#c8c8c8");
}
inline QString heading()
{
    return QStringLiteral("#ffd54f");
} // yellow
inline QString alarm()
{
    return QStringLiteral("#ff6e6e");
} // red, light enough on black
inline QString attention()
{
    return QStringLiteral("#ffb74d");
}
inline QString good()
{
    return QStringLiteral("#7ee787");
}

// `html` (already escaped) in a colour, optionally bold.
inline QString coloured(const QString &html, const QString &colour, bool bold = false)
{
    return QStringLiteral("<span style='color:%1;%2'>%3</span>")
        .arg(colour, bold ? QStringLiteral("font-weight:bold;") : QString(), html);
}

} // namespace warroom::wallstyle
