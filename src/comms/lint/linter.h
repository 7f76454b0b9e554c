#pragma once

#include "comms/lint/lintrules.h"
#include "core/comms/channel.h"
#include "core/incident/category.h"

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

enum class LintField { Title, Body };

// The text under lint: a title (email subject, status page title; may be empty) and a body.
struct LintText
{
    QString title;
    QString body;
};

// What the text is about. Anything unknown is left empty: rules that need it then decide from
// the text alone (see "when" in docs/lint-rules.md).
struct LintContext
{
    std::optional<Category> category;
    QString kind; // announcementkind::*
    std::optional<Channel> channel;
};

struct LintFinding
{
    QString ruleId;
    LintSeverity severity = LintSeverity::Error;
    LintField field = LintField::Body;
    qsizetype start = 0; // UTF-16 offsets into the field
    qsizetype end = 0;
    QString message;
    QString suggestion;
    QString playbook;

    bool operator==(const LintFinding &) const = default;
};

// All findings, title first, then by position.
QList<LintFinding> lint(const LintRuleSet &rules, const LintText &text, const LintContext &context);

namespace lintfindings {

bool hasErrors(const QList<LintFinding> &findings);
// The ids of the rules with error-level findings, each once, in order of first finding.
QStringList errorRuleIds(const QList<LintFinding> &findings);

} // namespace lintfindings

// Curly quotes, non-breaking spaces and typographic hyphens as their plain forms, one character
// for one, so that offsets stay valid: text pasted from a word processor lints like typed text.
QString normalizedForLint(const QString &text);

} // namespace warroom
