#pragma once

#include <QString>

namespace warroom {

// Sets the application and organisation names that QStandardPaths and QSettings use, so that the
// GUI and warroomctl find the same default database and settings. Call right after constructing
// the Q*Application.
void applyApplicationIdentity();

// Installs the translators for `language` (a code uilanguage::check() accepted; empty: the user's
// locale): Qt's own (qtbase_<lang>.qm from Qt's translations folder: standard buttons, dialogs,
// command-line help) and War Room's (":/i18n/warroom_<lang>.qm", compiled into each executable).
// Both apps call it right after applyApplicationIdentity() with what uilanguage::choose() picked
// (core/base/uilanguage.h); the translators belong to the application object.
void installTranslations(const QString &language = QString());

} // namespace warroom
