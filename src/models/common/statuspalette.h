#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace warroom {

// The one place where War Room's state colours live. Models (Foreground/BackgroundRole), style
// sheets and painted icons ask here by meaning, never for a colour, and every answer is derived
// from the application's QPalette, so a dark desktop theme stays readable:
//   - text colours keep at least 4.5:1 contrast with the palette's Base and Window colours
//     (the hue is kept; only its lightness moves away from the background);
//   - every background comes with the text colour to write on it.
// With the default light palette the colours are those War Room has always shown.
namespace statuspalette {

// What a colour means on the wall screen.
enum class Tone {
    Alarm,     // overdue, unfilled, refused, errors; SEV1
    Attention, // needs someone's attention soon: waiting for an acknowledgement, a call not
               // through yet, outreach not done; SEV2
    Pending,   // due soon, in progress (a call ringing), lint warnings; SEV3
    Good,      // done, reached, nothing missed
    Info,      // the next deadline, a filled placeholder, signed off by legal
    Review,    // under investigation, in legal review
    Settled,   // identified, published
    Muted,     // waived, not applicable, closed, secondary text
};

// A background with the text colour that goes on it.
struct Swatch
{
    QColor background;
    QColor text;
};

// The palette the answers derive from (the application's).
QPalette current();
// True when the palette's Base is dark (a dark theme).
bool isDark(const QPalette &palette = current());

// A loud, solid fill for the far end of the room (overdue cells, the UNFILLED banner, severity
// badges): the same in every theme, with white or black text.
Swatch signal(Tone tone);
// A quiet background for a row or a cell (a done cell, a call reached, a waiting role) with the
// text colour to use on it. Pale in a light theme, a dark shade of the tone in a dark one.
Swatch tint(Tone tone, const QPalette &palette = current());
// A stronger background than tint, for marking words in text (placeholders, lint findings).
Swatch mark(Tone tone, const QPalette &palette = current());
// Coloured text on the palette's Base and Window (error lines, "overdue" text, state names).
QColor text(Tone tone, const QPalette &palette = current());
// Coloured text on the given background, e.g. on a tint.
QColor textOn(Tone tone, const QColor &background);

// The WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);
// Text with at least minRatio contrast against every background: `wanted` when it has it,
// otherwise the same hue made lighter (on dark backgrounds) or darker (on light ones).
QColor readable(const QColor &wanted, std::initializer_list<QColor> backgrounds,
                double minRatio = 4.5);

// "background: #...; color: #...;" for a style sheet.
QString css(const Swatch &swatch);

} // namespace statuspalette
} // namespace warroom
