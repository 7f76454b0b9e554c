#pragma once

#include "comms/lint/linter.h"
#include "comms/text/renderer.h"
#include "core/comms/channel.h"

namespace warroom {

// The SHA-256 (lowercase hex) that sign-offs, approvals and publications bind to: UTF-8 of
// channel id, '\n', rendered title, '\n', rendered body. Titles are one line, so the form is
// unambiguous; the channel is included so that a text approved for the status page cannot be
// sent as an email under the same approval.
QString announcementHash(Channel channel, const QString &renderedTitle,
                         const QString &renderedBody);

// A draft rendered from the incident and linted: what the editor shows and what the gate
// checks before each step.
struct DraftCheck
{
    RenderResult title;
    RenderResult body;
    QList<LintFinding> findings;         // offsets in the source (the text as written)
    QList<LintFinding> renderedFindings; // the same findings, offsets in the rendered text
    QString sha256;

    bool complete() const { return title.complete() && body.complete(); }
    bool hasErrors() const { return lintfindings::hasErrors(findings); }
};

DraftCheck checkDraft(const LintRuleSet &rules, Channel channel, const QString &title,
                      const QString &body, const PlaceholderValues &values,
                      const LintContext &context);

} // namespace warroom
