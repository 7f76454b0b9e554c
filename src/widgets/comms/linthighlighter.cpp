#include "widgets/comms/linthighlighter.h"

#include "comms/text/placeholders.h"
#include "models/common/statuspalette.h"

#include <QTextBlock>

namespace warroom {
namespace {

using statuspalette::Swatch;
using statuspalette::Tone;

// Words marked in the editor and the preview, each background with its text colour: a filled
// placeholder (quiet), an unfilled one (loud), a malformed one or a lint error (red), a lint
// warning (amber).
Swatch filledMark()
{
    return statuspalette::tint(Tone::Info);
}
Swatch unfilledMark()
{
    return statuspalette::mark(Tone::Attention);
}
Swatch errorMark()
{
    Swatch s = statuspalette::mark(Tone::Alarm);
    s.text = statuspalette::textOn(Tone::Alarm, s.background);
    return s;
}
Swatch warningMark()
{
    return statuspalette::tint(Tone::Pending);
}

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
        const auto colours = [](const Swatch &s) {
            return QStringLiteral("background-color:%1; color:%2")
                .arg(s.background.name(), s.text.name());
        };
        if (m.at(i) & Placeholder)
            style << colours(unfilledMark()) << QStringLiteral("font-weight:bold");
        if (m.at(i) & Error)
            style << colours(errorMark()) << QStringLiteral("text-decoration:underline");
        else if (m.at(i) & Warning)
            style << colours(warningMark()) << QStringLiteral("text-decoration:underline");
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
        const Swatch swatch = filled ? filledMark() : unfilledMark();
        format.setBackground(swatch.background);
        format.setForeground(swatch.text);
        format.setFontWeight(filled ? QFont::Normal : QFont::Bold);
        if (!placeholders::isKnown(t.name))
            format.setToolTip(tr("War Room does not know this placeholder."));
        setFormat(int(t.start), int(t.end - t.start), format);
    }
    for (const PlaceholderProblem &p : scan.problems) {
        QTextCharFormat format;
        format.setBackground(errorMark().background);
        format.setForeground(errorMark().text);
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
            merged.setUnderlineColor(statuspalette::text(
                f.severity == LintSeverity::Error ? Tone::Alarm : Tone::Pending));
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
