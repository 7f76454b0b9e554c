#include "cli/textfile.h"

#include "cli/clitext.h"
#include "core/io/utf8.h"

#include <QFile>

namespace warroom::cli {

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
        return Error{Error::Code::Io,
                     Text::tr("Cannot read %1: %2.").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Code::Io,
                     Text::tr("Cannot read %1: %2.").arg(path, file.errorString())};
    if (const auto bad = firstInvalidUtf8(bytes))
        return Error::invalid(
            path, Text::tr("%1 is not UTF-8 text: invalid byte 0x%2 at byte offset %3.")
                      .arg(path)
                      .arg(int(static_cast<unsigned char>(bytes.at(*bad))), 2, 16, QLatin1Char('0'))
                      .arg(*bad));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a byte order mark is not part of the text
    return QString::fromUtf8(bytes);
}

} // namespace warroom::cli
