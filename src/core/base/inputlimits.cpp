#include "core/base/inputlimits.h"

#include <QCoreApplication>

namespace warroom::inputlimits {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::InputLimits)
};

} // namespace

qsizetype characters(QStringView text)
{
    // A surrogate pair is one code point; a lone surrogate counts as one character too.
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

qsizetype firstControlCharacter(QStringView text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c >= 0x20 && c != 0x7F) || c == u'\t')
            continue;
        if (multiLine && (c == u'\n' || c == u'\r'))
            continue;
        return i;
    }
    return -1;
}

QString authorProblem(const QString &author)
{
    const QString trimmed = author.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("Author must not be empty: say who made the change.");
    if (const qsizetype length = characters(trimmed); length > MaxPersonNameLength)
        return Text::tr("The author's name has %1 characters; at most %2 are allowed.")
            .arg(length)
            .arg(MaxPersonNameLength);
    if (const qsizetype at = firstControlCharacter(trimmed, false); at >= 0)
        return Text::tr("The author's name contains a line break or control character (U+%1) "
                        "at character %2; give the name on one line.")
            .arg(int(trimmed.at(at).unicode()), 4, 16, QLatin1Char('0'))
            .arg(characters(QStringView(trimmed).left(at)) + 1);
    return QString();
}

QDateTime earliestAcceptedTime()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
}

} // namespace warroom::inputlimits
