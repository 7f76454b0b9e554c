#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace warroom {

// Every file War Room reads goes through here: the file must be a regular file (not a directory,
// a device such as /dev/zero or a FIFO) no larger than maxBytes, and it is read in bounded chunks
// up to that limit, so a file that grows while it is read cannot exhaust memory either. The error
// names the file and says what to do.
Result<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes);

// The same for an open device that has no size of its own (standard input): read in chunks, and
// refused as soon as more than maxBytes arrive. name is what the error calls it.
Result<QByteArray> readBoundedDevice(QIODevice &device, const QString &name, qint64 maxBytes);

// The byte offset of the first C0 control character (U+0000–U+001F) in UTF-8 bytes, not counting
// tab, and for multi-line text line feed and carriage return; nullopt when there is none.
std::optional<qsizetype> firstControlByte(const QByteArray &bytes, bool multiLine);

// UTF-8 text as War Room accepts it from a file or an argument: valid UTF-8 and no control
// characters (see firstControlByte). A byte order mark at the start is dropped. Errors name
// `name` (the file or argument) and the byte offset of the first bad byte.
Result<QString> decodeUtf8Text(const QByteArray &bytes, const QString &name, bool multiLine);

} // namespace warroom
