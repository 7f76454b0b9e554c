#include "widgets/common/plaintext.h"

#include <QRegularExpression>

namespace warroom {

QString plainText(const QString &label)
{
    // East Asian translations mark the mnemonic after the word: "保存(&S)…" reads "保存…".
    static const QRegularExpression trailingMnemonic(QStringLiteral("\\(&[^&\\s]\\)"));
    QString text = label;
    text.remove(trailingMnemonic);
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                plain.append(text.at(++i)); // "&&" is a literal ampersand
            continue;
        }
        plain.append(text.at(i));
    }
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    return plain;
}

} // namespace warroom
