#pragma once

#include "core/base/result.h"

#include <QString>
#include <QStringList>

class QTranslator;

namespace warroom::uilanguage {

// The language of the user interface: the system's, unless `--lang CODE` (both programs),
// WARROOM_LANG or the GUI's Preferences name one (first of these that is set wins). Codes are
// those of the compiled-in translations (":/i18n/warroom_<code>.qm") plus "en", the language the
// program is written in.

// The codes a user can choose, sorted: "de", "en", "zh_CN", ...
QStringList available();

// The language's name in itself, as a language menu lists it: "English", "Deutsch", "简体中文".
QString nativeName(const QString &code);

// Where the choice came from, for the error that names it.
enum class Source { CommandLine, Environment, Preferences };

// `code` when it is one of available() (case and '-' / '_' forgiven: "zh-cn" is "zh_CN"), else
// an error naming the source, the code and the available ones.
Result<QString> check(const QString &code, Source source);

// The code to install: the first of the command line's, the environment's (WARROOM_LANG) and the
// preference that is not empty, checked; an empty string (the system's language) when none is
// set. An unknown code on the command line or in the environment is an error; a preference naming
// a language this build lacks (saved by another build) is passed over.
Result<QString> choose(const QString &commandLine, const QString &environment,
                       const QString &preference);

// The value of `--lang CODE` or `--lang=CODE` in the program's arguments (the first is the program
// name), read before QCommandLineParser runs: the parser's own help texts are translated. An empty
// string when not given.
QString fromArguments(const QStringList &arguments);

// Installs Qt's translations (qtbase_<lang>.qm from Qt's translations folder: standard buttons,
// dialogs, command-line help) and War Room's for `code`, a code check() accepted, or for the
// system's locale when `code` is empty. "en" installs none. Replaces what an earlier call
// installed. The translators belong to the application object.
void install(const QString &code);

// War Room's translator that install() put in place, or nullptr (English, or no translation for
// the system's language).
const QTranslator *installedTranslator();

} // namespace warroom::uilanguage
