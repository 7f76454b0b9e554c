#pragma once

#include <QString>
#include <QStringList>

namespace warroom::namerules {

// How the server's rules compare person names (docs/shared-mode.md, "Rules the server
// enforces"), as the statements `warroomctl server init` runs inside the schema before the rules
// that use them (serverrules.h, rowrules.h):
//  - srv_name_key(text): the name the way the application compares it (roles.h, samePerson:
//    QString::trimmed, then Qt::CaseInsensitive): white space trimmed at both ends by Qt's
//    definition (QChar::isSpace: tab to carriage return, U+0085 and the Unicode space
//    separators, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) plus
//    the invisible U+200B and U+FEFF, then case folded with ICU (lower(upper(...)) in the
//    collation und-x-icu: a database made with --locale=C would otherwise fold ASCII only);
//  - a trigger refusing a role_assigned, role_unassigned or role_acknowledged event whose person
//    is empty or not trimmed by that definition ("Mallory" plus a tab), SQLSTATE WR001.
// Each statement can run again: functions are replaced, triggers dropped and recreated.
QStringList install();

// The characters srv_name_key trims, as a PostgreSQL U&'' literal.
QString whiteSpaceLiteral();

} // namespace warroom::namerules
