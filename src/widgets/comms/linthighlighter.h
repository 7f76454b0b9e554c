#pragma once

#include "comms/lint/linter.h"

#include <QSet>
#include <QSyntaxHighlighter>

namespace warroom {

// Marks the message text as written: placeholders the incident fills (blue), placeholders
// still to be replaced or unknown (orange), malformed ones (red), and the lint findings of the
// body (wavy underline: red for errors, amber for warnings).
class LintHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit LintHighlighter(QTextDocument *document);

    void setFilledNames(const QSet<QString> &names);
    // Findings on the body (LintField::Body); others are ignored.
    void setFindings(const QList<LintFinding> &findings);

protected:
    void highlightBlock(const QString &text) override;

private:
    QSet<QString> m_filled;
    QList<LintFinding> m_findings;
};

// The rendered message as HTML for the preview: the title as a heading, line breaks kept,
// placeholders left in the text and lint findings (offsets in the rendered text) marked.
QString previewHtml(const QString &title, const QString &body,
                    const QList<LintFinding> &renderedFindings);

} // namespace warroom
