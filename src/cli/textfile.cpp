#include "cli/textfile.h"

#include "core/io/boundedfile.h"

#include <QFile>

namespace warroom::cli {

Result<QString> readTextFile(const QString &path)
{
    Result<QByteArray> bytes = Error{};
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error{Error::Code::Io, QStringLiteral("-: ") + in.errorString()};
        bytes = readBoundedDevice(in, QStringLiteral("standard input"), MaxTextFileBytes);
    } else {
        bytes = readBoundedFile(path, MaxTextFileBytes);
    }
    if (!bytes)
        return bytes.error();
    return decodeUtf8Text(
        *bytes, path == QLatin1String("-") ? QStringLiteral("standard input") : path, true);
}

} // namespace warroom::cli
