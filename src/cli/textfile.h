#pragma once

#include "core/base/result.h"

#include <QString>

namespace warroom::cli {

// Reads a UTF-8 text file ("-": standard input) for commands that take message text. A byte
// order mark is dropped. The error names the file and, for bad UTF-8, the first bad byte.
Result<QString> readTextFile(const QString &path);

} // namespace warroom::cli
