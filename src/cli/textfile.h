#pragma once

#include "core/base/result.h"

#include <QString>

namespace warroom::cli {

// The largest message text file warroomctl reads: far more than any announcement or note.
inline constexpr qint64 MaxTextFileBytes = 4 * 1024 * 1024;

// Reads a UTF-8 text file ("-": standard input) for commands that take message text, through
// readBoundedFile (a regular file of at most MaxTextFileBytes, read in bounded chunks) and
// decodeUtf8Text (valid UTF-8, no NUL or other control characters but tab and line breaks). A
// byte order mark is dropped. The error names the file and, for a bad byte, its offset.
Result<QString> readTextFile(const QString &path);

} // namespace warroom::cli
