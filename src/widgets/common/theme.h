#pragma once

#include <QPalette>
#include <QString>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace warroom::theme {

// The colour theme of every War Room window: the desktop's (the default), or a light or a dark
// one of War Room's own (Fusion's style with its light palette, or a dark palette). Chosen in
// Preferences or in Window → Theme, applied to every open window at once and remembered
// (AppSettings::theme). State colours follow by themselves: models/common/statuspalette derives
// them from the application's palette.
enum class Choice { System, Light, Dark };

QString id(Choice choice); // "system", "light", "dark": what the settings store
std::optional<Choice> fromId(const QString &id);
QString displayName(Choice choice); // translated, with a mnemonic: "&Dark"

// What is applied now.
Choice current();
// Applies `choice` to the application (style and palette) and to every window; System restores
// the style and palette the platform gave the application.
void apply(Choice choice);
// apply() and remember.
void choose(Choice choice);
// At start-up: the remembered choice (nothing changes for System).
void applyRemembered();

QPalette lightPalette();
QPalette darkPalette();

// Runs `style` now and again whenever the application's palette has changed (a theme switch, or
// the desktop's theme while War Room follows it; Qt says so from the event loop, just after the
// change), for a widget whose style sheet carries colours from statuspalette; `style` lives as
// long as `widget`.
void keepStyled(QWidget *widget, std::function<void()> style);

// Window → Theme: System, Light, Dark as a choice of three; the tick follows the current theme.
QMenu *addMenu(QMenu *parent);

} // namespace warroom::theme
