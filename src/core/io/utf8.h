#pragma once

#include <QByteArray>

#include <optional>

namespace warroom {

// The byte offset of the first invalid UTF-8 sequence at or after `from`, or nullopt when the
// bytes are valid UTF-8. Overlong forms, surrogates and code points above U+10FFFF are invalid,
// as the standard says. The one check of text files: CSV imports and warroomctl's message files.
std::optional<qsizetype> firstInvalidUtf8(const QByteArray &bytes, qsizetype from = 0);

} // namespace warroom
