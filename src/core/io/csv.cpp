#include "core/io/csv.h"

#include "core/io/boundedfile.h"
#include "core/io/utf8.h"

#include <QCoreApplication>

namespace warroom::csv {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Csv)
};

// Physical line of a byte offset: LF, CRLF and a lone CR each end a line, as in the parser.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

std::optional<CsvProblem> encodingProblem(const QByteArray &bytes, qsizetype bomLength)
{
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return CsvProblem{
            0,
            {},
            Text::tr(
                "The file is UTF-32 (it starts with a UTF-32 byte order mark); save it as UTF-8.")};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return CsvProblem{
            0,
            {},
            Text::tr(
                "The file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8.")};
    if (const qsizetype nul = bytes.indexOf('\0', bomLength); nul >= 0)
        return CsvProblem{lineAt(bytes, nul),
                          {},
                          Text::tr("The file contains a NUL byte, so it is not UTF-8 text (UTF-16 "
                                   "without a byte order "
                                   "mark?); save it as UTF-8.")};
    if (const auto bad = firstInvalidUtf8(bytes, bomLength))
        return CsvProblem{lineAt(bytes, *bad),
                          {},
                          Text::tr("Byte %1 is not valid UTF-8 (the file may be in Latin-1 or "
                                   "Windows-1252); save it as "
                                   "UTF-8.")
                              .arg(*bad + 1)};
    return std::nullopt;
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    // Returns false, with the problem set, on a syntax error.
    bool run(QList<CsvRecord> *records, CsvProblem *problem)
    {
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar ch = m_text.at(i);
            const bool newline = ch == u'\n' || ch == u'\r';
            // CRLF is one line break, everywhere.
            const bool crlf = ch == u'\r' && i + 1 < m_text.size() && m_text.at(i + 1) == u'\n';
            if (!newline || m_state == State::Quoted)
                m_atRecordStart = false;
            switch (m_state) {
            case State::FieldStart:
                if (ch == u'"') {
                    m_state = State::Quoted;
                    m_quoteLine = m_line;
                    m_field.clear(); // spaces before an opening quote are layout, not data
                } else if (ch == u',') {
                    endField();
                } else if (newline) {
                    endRecord(records);
                } else {
                    m_field += ch;
                    if (ch != u' ' && ch != u'\t')
                        m_state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                if (ch == u',') {
                    endField();
                } else if (newline) {
                    endRecord(records);
                } else if (ch == u'"') {
                    *problem = {m_line,
                                {},
                                Text::tr("A double quote inside an unquoted field; put the whole "
                                         "field in double "
                                         "quotes and double the quote (\"\").")};
                    return false;
                } else {
                    m_field += ch;
                }
                break;
            case State::Quoted:
                if (ch == u'"') {
                    m_state = State::QuoteSeen;
                } else if (newline) {
                    m_field += u'\n';
                    ++m_line;
                } else {
                    m_field += ch;
                }
                break;
            case State::QuoteSeen:
            case State::AfterQuote:
                if (ch == u'"' && m_state == State::QuoteSeen) {
                    m_field += u'"';
                    m_state = State::Quoted;
                } else if (ch == u',') {
                    endField();
                } else if (newline) {
                    endRecord(records);
                } else if (ch == u' ' || ch == u'\t') {
                    m_state = State::AfterQuote;
                } else {
                    *problem = {
                        m_line,
                        {},
                        Text::tr("Text after the closing quote of a field; a quote inside a "
                                 "quoted field must "
                                 "be doubled (\"\").")};
                    return false;
                }
                break;
            }
            if (crlf)
                ++i;
        }
        if (m_state == State::Quoted) {
            *problem = {
                m_quoteLine,
                {},
                Text::tr("A quoted field is never closed: the closing double quote is missing.")};
            return false;
        }
        if (!m_atRecordStart)
            endRecord(records);
        return true;
    }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteSeen, AfterQuote };

    void endField()
    {
        m_fields.append(m_field);
        m_field.clear();
        m_state = State::FieldStart;
    }

    void endRecord(QList<CsvRecord> *records)
    {
        const bool quotedEmpty = m_state == State::QuoteSeen || m_state == State::AfterQuote;
        const bool blank = m_fields.isEmpty() && m_field.trimmed().isEmpty() && !quotedEmpty;
        if (!blank) {
            m_fields.append(m_field);
            records->append(CsvRecord{m_recordLine, m_fields});
        }
        m_fields.clear();
        m_field.clear();
        m_state = State::FieldStart;
        m_atRecordStart = true;
        ++m_line;
        m_recordLine = m_line;
    }

    const QString &m_text;
    State m_state = State::FieldStart;
    QStringList m_fields;
    QString m_field;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 1;
    bool m_atRecordStart = true;
};

} // namespace

ReadResult read(const QByteArray &bytes)
{
    ReadResult result;
    if (bytes.size() > MaxFileBytes) {
        result.problems.append({0,
                                {},
                                Text::tr("The file has %1 bytes; at most %2 are accepted.")
                                    .arg(bytes.size())
                                    .arg(MaxFileBytes)});
        return result;
    }
    const qsizetype bomLength = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (auto problem = encodingProblem(bytes, bomLength)) {
        result.problems.append(*problem);
        return result;
    }

    const QString text = QString::fromUtf8(bytes.constData() + bomLength, bytes.size() - bomLength);
    QList<CsvRecord> records;
    CsvProblem syntax;
    if (!Parser(text).run(&records, &syntax)) {
        result.problems.append(syntax);
        return result;
    }
    if (records.isEmpty()) {
        result.problems.append(
            {0, {}, Text::tr("The file is empty: expected a header line naming the columns.")});
        return result;
    }

    const CsvRecord header = records.takeFirst();
    result.table.headerLine = header.line;
    for (const QString &name : header.fields)
        result.table.header.append(name.trimmed());
    for (CsvRecord &record : records) {
        if (record.fields.size() != header.fields.size()) {
            result.problems.append(
                {record.line,
                 {},
                 Text::tr("The record has %1 fields; the header has %2 (a comma too many or "
                          "too few, or a field with a comma that is not in quotes?).")
                     .arg(record.fields.size())
                     .arg(header.fields.size())});
            continue;
        }
        result.table.records.append(std::move(record));
    }
    return result;
}

Result<QByteArray> readFile(const QString &path)
{
    return readBoundedFile(path, MaxFileBytes);
}

QString describe(const CsvProblem &problem)
{
    if (problem.line <= 0)
        return problem.message;
    if (problem.column.isEmpty())
        return Text::tr("line %1: %2").arg(problem.line).arg(problem.message);
    return Text::tr("line %1, column %2: %3")
        .arg(problem.line)
        .arg(problem.column, problem.message);
}

QString describeAll(const QList<CsvProblem> &problems, int limit)
{
    QStringList lines;
    for (const CsvProblem &problem : problems) {
        if (lines.size() == limit) {
            lines.append(Text::tr("... and %1 more problems.").arg(problems.size() - limit));
            break;
        }
        lines.append(describe(problem));
    }
    return lines.join(u'\n');
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace warroom::csv
