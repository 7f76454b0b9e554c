#include "widgets/comms/linthighlighter.h"

#include "comms/text/placeholders.h"

#include <QTextBlock>

namespace warroom {
namespace {

const QColor kFilled(0xe3, 0xf2, 0xfd);
const QColor kUnfilled(0xff, 0xe0, 0xb2);
const QColor kMalformed(0xff, 0xcd, 0xd2);
const QColor kErrorLine(0xc6, 0x28, 0x28);
const QColor kWarningLine(0xef, 0x8f, 0x00);

enum Mark : unsigned { Placeholder = 1, Warning = 2, Error = 4 };

QList<unsigned> marks(const QString &text, const QList<LintFinding> &findings, LintField field)
{
    QList<unsigned> m(text.size(), 0);
    const PlaceholderScan scan = scanPlaceholders(text);
    for (const PlaceholderToken &t : scan.tokens)
        for (qsizetype i = t.start; i < t.end; ++i)
            m[i] |= Placeholder;
    for (const PlaceholderProblem &p : scan.problems)
        for (qsizetype i = p.start; i < p.end && i < text.size(); ++i)
            m[i] |= Placeholder;
    for (const LintFinding &f : findings) {
        if (f.field != field)
            continue;
        for (qsizetype i = f.start; i < f.end && i < text.size(); ++i)
            m[i] |= f.severity == LintSeverity::Error ? Error : Warning;
    }
    return m;
}

QString fieldHtml(const QString &text, const QList<LintFinding> &findings, LintField field)
{
    const QList<unsigned> m = marks(text, findings, field);
    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && m.at(j) == m.at(i))
            ++j;
        QString run = text.mid(i, j - i).toHtmlEscaped();
        run.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        QStringList style;
        if (m.at(i) & Placeholder)
            style << QStringLiteral("background-color:%1; font-weight:bold").arg(kUnfilled.name());
        if (m.at(i) & Error)
            style << QStringLiteral("background-color:%1; text-decoration:underline; color:#8e0000")
                         .arg(kMalformed.name());
        else if (m.at(i) & Warning)
            style << QStringLiteral("background-color:#fff8e1; text-decoration:underline");
        html += style.isEmpty() ? run
                                : QStringLiteral("<span style=\"%1\">%2</span>")
                                      .arg(style.join(QStringLiteral("; ")), run);
        i = j;
    }
    return html;
}

} // namespace

LintHighlighter::LintHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void LintHighlighter::setFilledNames(const QSet<QString> &names)
{
    if (names == m_filled)
        return;
    m_filled = names;
    rehighlight();
}

void LintHighlighter::setFindings(const QList<LintFinding> &findings)
{
    QList<LintFinding> body;
    for (const LintFinding &f : findings) {
        if (f.field == LintField::Body)
            body.append(f);
    }
    if (body == m_findings)
        return;
    m_findings = body;
    rehighlight();
}

void LintHighlighter::highlightBlock(const QString &text)
{
    const PlaceholderScan scan = scanPlaceholders(text);
    for (const PlaceholderToken &t : scan.tokens) {
        QTextCharFormat format;
        const bool filled = m_filled.contains(t.name);
        format.setBackground(filled ? kFilled : kUnfilled);
        format.setFontWeight(filled ? QFont::Normal : QFont::Bold);
        if (!placeholders::isKnown(t.name))
            format.setToolTip(tr("War Room does not know this placeholder."));
        setFormat(int(t.start), int(t.end - t.start), format);
    }
    for (const PlaceholderProblem &p : scan.problems) {
        QTextCharFormat format;
        format.setBackground(kMalformed);
        setFormat(int(p.start), int(p.end - p.start), format);
    }
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (const LintFinding &f : std::as_const(m_findings)) {
        const qsizetype from = std::max(f.start, blockStart);
        const qsizetype to = std::min(f.end, blockEnd);
        for (qsizetype pos = from; pos < to; ++pos) {
            QTextCharFormat merged = format(int(pos - blockStart));
            merged.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            merged.setUnderlineColor(f.severity == LintSeverity::Error ? kErrorLine : kWarningLine);
            setFormat(int(pos - blockStart), 1, merged);
        }
    }
}

QString previewHtml(const QString &title, const QString &body,
                    const QList<LintFinding> &renderedFindings)
{
    QString html;
    if (!title.isEmpty())
        html +=
            QStringLiteral("<h3>%1</h3>").arg(fieldHtml(title, renderedFindings, LintField::Title));
    html += QStringLiteral("<p>%1</p>").arg(fieldHtml(body, renderedFindings, LintField::Body));
    return html;
}

} // namespace warroom
