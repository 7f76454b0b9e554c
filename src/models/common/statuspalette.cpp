#include "models/common/statuspalette.h"

#include <QtMath>

#include <algorithm>

namespace warroom::statuspalette {
namespace {

// Per tone: the solid fill, its text, the pale row tint and the stronger mark of a light theme,
// and the text colour on a light background. Material Design shades, as War Room always used.
struct ToneColours
{
    QRgb fill;
    QRgb fillText;
    QRgb lightTint;
    QRgb lightMark;
    QRgb lightText;
};

ToneColours colours(Tone tone)
{
    switch (tone) {
    case Tone::Alarm:
        return {0xb71c1c, 0xffffff, 0xffebee, 0xffcdd2, 0xb71c1c};
    case Tone::Attention:
        return {0xe65100, 0xffffff, 0xfff3e0, 0xffe0b2, 0xbf360c};
    case Tone::Pending:
        return {0xffc107, 0x000000, 0xfff8e1, 0xffecb3, 0x8d5b00};
    case Tone::Good:
        return {0x1b5e20, 0xffffff, 0xe8f5e9, 0xc8e6c9, 0x1b5e20};
    case Tone::Info:
        return {0x0d47a1, 0xffffff, 0xe3f2fd, 0xbbdefb, 0x1565c0};
    case Tone::Review:
        return {0x6a1b9a, 0xffffff, 0xf3e5f5, 0xe1bee7, 0x6a1b9a};
    case Tone::Settled:
        return {0x00695c, 0xffffff, 0xe0f2f1, 0xb2dfdb, 0x00695c};
    case Tone::Muted:
        return {0x616161, 0xffffff, 0xf5f7f8, 0xcfd8dc, 0x616161};
    }
    return {0x616161, 0xffffff, 0xf5f7f8, 0xcfd8dc, 0x616161};
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    const auto blend = [share](int x, int y) { return qRound(x + (y - x) * share); };
    return QColor(blend(a.red(), b.red()), blend(a.green(), b.green()), blend(a.blue(), b.blue()));
}

// The palette's own text when it reads on the background, else black or white.
QColor textFor(const QColor &background, const QPalette &palette)
{
    const QColor own = palette.color(QPalette::Text);
    if (contrast(own, background) >= 4.5)
        return own;
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

// In a dark theme a tint is the tone mixed into the Base colour.
Swatch shade(Tone tone, QRgb light, double share, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor background =
        isDark(palette) ? mix(base, QColor::fromRgb(colours(tone).fill), share) : QColor(light);
    return {background, textFor(background, palette)};
}

} // namespace

QPalette current()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    // No GUI (a model under QCoreApplication): the light look.
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::WindowText, Qt::black);
    return light;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

Swatch signal(Tone tone)
{
    const ToneColours c = colours(tone);
    return {QColor::fromRgb(c.fill), QColor::fromRgb(c.fillText)};
}

Swatch tint(Tone tone, const QPalette &palette)
{
    return shade(tone, colours(tone).lightTint, 0.30, palette);
}

Swatch mark(Tone tone, const QPalette &palette)
{
    return shade(tone, colours(tone).lightMark, 0.50, palette);
}

QColor text(Tone tone, const QPalette &palette)
{
    return readable(QColor::fromRgb(colours(tone).lightText),
                    {palette.color(QPalette::Base), palette.color(QPalette::Window)});
}

QColor textOn(Tone tone, const QColor &background)
{
    return readable(QColor::fromRgb(colours(tone).lightText), {background});
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &wanted, std::initializer_list<QColor> backgrounds, double minRatio)
{
    const auto enough = [&](const QColor &c) {
        return std::all_of(backgrounds.begin(), backgrounds.end(),
                           [&](const QColor &b) { return contrast(c, b) >= minRatio; });
    };
    if (enough(wanted) || backgrounds.size() == 0)
        return wanted;
    double average = 0;
    for (const QColor &b : backgrounds)
        average += luminance(b);
    const bool lighten = average / double(backgrounds.size()) < 0.18;
    float h = 0, s = 0, l = 0;
    wanted.getHslF(&h, &s, &l);
    for (int step = 0; step < 50; ++step) {
        l = std::clamp(l + (lighten ? 0.02f : -0.02f), 0.0f, 1.0f);
        const QColor candidate = QColor::fromHslF(h, s, l);
        if (enough(candidate))
            return candidate.toRgb();
    }
    return lighten ? QColor(Qt::white) : QColor(Qt::black);
}

QString css(const Swatch &swatch)
{
    return QStringLiteral("background: %1; color: %2;")
        .arg(swatch.background.name(), swatch.text.name());
}

} // namespace warroom::statuspalette
