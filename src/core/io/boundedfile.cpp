#include "core/io/boundedfile.h"

#include "core/io/utf8.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::BoundedFile)
};

constexpr qint64 kChunkBytes = 64 * 1024;

Error tooLarge(const QString &name, qint64 maxBytes)
{
    return Error::invalid(name, Text::tr("%1 is larger than %2 bytes, the most War Room reads; "
                                         "shorten it or split it.")
                                    .arg(name)
                                    .arg(maxBytes));
}

QString hexByte(char byte)
{
    return QStringLiteral("0x%1").arg(int(static_cast<unsigned char>(byte)), 2, 16,
                                      QLatin1Char('0'));
}

} // namespace

Result<QByteArray> readBoundedDevice(QIODevice &device, const QString &name, qint64 maxBytes)
{
    QByteArray bytes;
    while (true) {
        // One byte more than allowed tells a file at the limit from one over it. read() blocks
        // on a pipe or a terminal until data comes, and returns nothing at the end.
        const qint64 want = std::min(kChunkBytes, maxBytes + 1 - qint64(bytes.size()));
        const QByteArray chunk = device.read(want);
        if (chunk.isEmpty())
            break;
        bytes.append(chunk);
        if (bytes.size() > maxBytes)
            return tooLarge(name, maxBytes);
    }
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    if (file && file->error() != QFileDevice::NoError)
        return Error{Error::Code::Io,
                     Text::tr("Cannot read %1: %2.").arg(name, file->errorString())};
    return bytes;
}

Result<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::Io,
                     Text::tr("Cannot read %1: it does not exist; check the path.").arg(path)};
    if (info.isDir())
        return Error{Error::Code::Io,
                     Text::tr("%1 is a folder, not a file; give the path of a file.").arg(path)};
    if (!info.isFile())
        return Error{Error::Code::Io,
                     Text::tr("%1 is not a regular file (a device, a pipe or a socket); save the "
                              "content to a file and give its path.")
                         .arg(path)};
    if (info.size() > maxBytes)
        return tooLarge(path, maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io,
                     Text::tr("Cannot read %1: %2.").arg(path, file.errorString())};
    return readBoundedDevice(file, path, maxBytes);
}

std::optional<qsizetype> firstControlByte(const QByteArray &bytes, bool multiLine)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c >= 0x20 || c == '\t')
            continue;
        if (multiLine && (c == '\n' || c == '\r'))
            continue;
        return i;
    }
    return std::nullopt;
}

Result<QString> decodeUtf8Text(const QByteArray &bytes, const QString &name, bool multiLine)
{
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (const auto bad = firstInvalidUtf8(bytes, bom))
        return Error::invalid(name, Text::tr("%1 is not UTF-8 text: invalid byte %2 at byte "
                                             "offset %3; save it as UTF-8.")
                                        .arg(name, hexByte(bytes.at(*bad)))
                                        .arg(*bad));
    if (const auto control = firstControlByte(bytes, multiLine)) {
        const char c = bytes.at(*control);
        if (c == '\0')
            return Error::invalid(name, Text::tr("%1 contains a NUL byte at byte offset %2, so it "
                                                 "is not text (a binary or UTF-16 file?); save it "
                                                 "as UTF-8 text.")
                                            .arg(name)
                                            .arg(*control));
        if (c == '\n' || c == '\r')
            return Error::invalid(name, Text::tr("%1 contains a line break at byte offset %2; "
                                                 "give it on one line.")
                                            .arg(name)
                                            .arg(*control));
        return Error::invalid(name, Text::tr("%1 contains the control character %2 at byte "
                                             "offset %3; remove it.")
                                        .arg(name, hexByte(c))
                                        .arg(*control));
    }
    return QString::fromUtf8(bytes.constData() + bom, bytes.size() - bom);
}

} // namespace warroom
