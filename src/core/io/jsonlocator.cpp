#include "core/io/jsonlocator.h"

namespace warroom::jsonlocator {
namespace {

// A minimal scanner over JSON text that only tracks paths and line numbers.
class Scanner
{
public:
    Scanner(const QByteArray &text, QHash<QString, int> &lines)
        : m_text(text)
        , m_lines(lines)
    {
    }

    bool value(const QString &path)
    {
        skipSpace();
        if (atEnd())
            return false;
        m_lines.insert(path, m_line);
        const char c = m_text.at(m_pos);
        if (c == '{')
            return object(path);
        if (c == '[')
            return array(path);
        if (c == '"')
            return string(nullptr);
        while (!atEnd() && !QByteArrayView(",]} \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
        return true;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd() && QByteArrayView(" \t\r\n").contains(m_text.at(m_pos))) {
            if (m_text.at(m_pos) == '\n')
                ++m_line;
            ++m_pos;
        }
    }

    bool consume(char expected)
    {
        skipSpace();
        if (atEnd() || m_text.at(m_pos) != expected)
            return false;
        ++m_pos;
        return true;
    }

    bool object(const QString &path)
    {
        ++m_pos; // '{'
        if (consume('}'))
            return true;
        do {
            skipSpace();
            QByteArray key;
            if (atEnd() || m_text.at(m_pos) != '"' || !string(&key) || !consume(':'))
                return false;
            if (!value(child(path, QString::fromUtf8(key))))
                return false;
        } while (consume(','));
        return consume('}');
    }

    bool array(const QString &path)
    {
        ++m_pos; // '['
        if (consume(']'))
            return true;
        qsizetype index = 0;
        do {
            if (!value(element(path, index++)))
                return false;
        } while (consume(','));
        return consume(']');
    }

    // Keys are compared with what QJsonObject reports, so the common escapes are decoded;
    // \u escapes are kept as written (no playbook key needs them).
    bool string(QByteArray *decoded)
    {
        ++m_pos; // opening quote
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                return true;
            if (c == '\\' && !atEnd()) {
                const char escaped = m_text.at(m_pos++);
                if (decoded)
                    decoded->append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
                continue;
            }
            if (decoded)
                decoded->append(c);
        }
        return false;
    }

    const QByteArray &m_text;
    QHash<QString, int> &m_lines;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QHash<QString, int> valueLines(const QByteArray &json)
{
    QHash<QString, int> lines;
    Scanner(json, lines).value(QString());
    return lines;
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

Position positionOf(const QByteArray &text, qsizetype offset)
{
    Position position;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

} // namespace warroom::jsonlocator
