#include "integrations/channels/secretsfile.h"

#include "core/io/boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

namespace warroom {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::ChannelSettings)
};

constexpr char kVariable[] = "WARROOM_SECRETS_FILE";

Error refused(const QString &message)
{
    return Error::invalid(QLatin1String(kVariable), message);
}

// The file's own rules: checked before a byte of it is read.
Result<void> checkFile(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return refused(Text::tr("WARROOM_SECRETS_FILE names %1, which cannot be opened (it does "
                                "not exist or is not readable); give the path of your secrets "
                                "file or unset the variable.")
                           .arg(path));
    if (!S_ISREG(info.st_mode))
        return refused(Text::tr("WARROOM_SECRETS_FILE names %1, which is not a regular file (a "
                                "folder, device or pipe); give the path of a file.")
                           .arg(path));
    if (info.st_uid != ::geteuid())
        return refused(Text::tr("The secrets file %1 belongs to another user; War Room reads "
                                "secrets only from a file of your own (copy it and chmod 600 "
                                "the copy).")
                           .arg(path));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return refused(Text::tr("The secrets file %1 can be read or written by other users "
                                "(mode %2); run `chmod 600 %1` so that only you can.")
                           .arg(path)
                           .arg(int(info.st_mode & 07777), 4, 8, QLatin1Char('0')));
    return {};
}

} // namespace

Result<QHash<QString, QString>> readSecretsFile(const QString &path,
                                                const QStringList &allowedNames, qint64 maxBytes)
{
    if (auto checked = checkFile(path); !checked)
        return checked.error();
    auto bytes = readBoundedFile(path, maxBytes);
    if (!bytes)
        return refused(bytes.error().message);
    auto text = decodeUtf8Text(*bytes, path, /*multiLine=*/true);
    if (!text)
        return refused(text.error().message);

    QHash<QString, QString> values;
    const QStringList lines = text->split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString name = line.left(equals).trimmed();
        if (equals <= 0)
            return refused(Text::tr("%1, line %2: expected NAME=value.").arg(path).arg(i + 1));
        if (!allowedNames.contains(name)) {
            // A name is repeated only when it looks like one: a line that lost its NAME= part
            // could start with a secret.
            static const QRegularExpression variableLike(QStringLiteral("^[A-Z][A-Z0-9_]{0,63}$"));
            const QString shown = variableLike.match(name).hasMatch() ? name : Text::tr("its name");
            return refused(Text::tr("%1, line %2: %3 is not a War Room channel setting; the "
                                    "names are %4.")
                               .arg(path)
                               .arg(i + 1)
                               .arg(shown, allowedNames.join(QLatin1String(", "))));
        }
        if (values.contains(name))
            return refused(Text::tr("%1, line %2: %3 is set a second time; keep one line.")
                               .arg(path)
                               .arg(i + 1)
                               .arg(name));
        values.insert(name, line.mid(equals + 1).trimmed());
    }
    return values;
}

} // namespace warroom
