#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace warroom::cli {

// Reads a UTF-8 text file ("-": standard input) for commands that take message text. A byte
// order mark is dropped. The error names the file and, for bad UTF-8, the first bad byte.
Result<QString> readTextFile(const QString &path);

// The byte offset of the first invalid UTF-8 sequence, or nullopt for valid UTF-8. Overlong
// forms, surrogates and code points above U+10FFFF are invalid, as the standard says.
std::optional<qsizetype> firstInvalidUtf8(const QByteArray &bytes);

} // namespace warroom::cli
