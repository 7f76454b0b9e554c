#include "cli/textfile.h"

#include "cli/clitext.h"

#include <QFile>

namespace warroom::cli {

std::optional<qsizetype> firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = b[i];
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((b[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return std::nullopt;
}

Result<QString> readTextFile(const QString &path)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    bool opened = false;
    if (isStdin) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return Error{Error::Code::Io, tr("Cannot read %1: %2.").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Code::Io, tr("Cannot read %1: %2.").arg(path, file.errorString())};
    if (const auto bad = firstInvalidUtf8(bytes))
        return Error::invalid(
            path, tr("%1 is not UTF-8 text: invalid byte 0x%2 at byte offset %3.")
                      .arg(path)
                      .arg(int(static_cast<unsigned char>(bytes.at(*bad))), 2, 16, QLatin1Char('0'))
                      .arg(*bad));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a byte order mark is not part of the text
    return QString::fromUtf8(bytes);
}

} // namespace warroom::cli
