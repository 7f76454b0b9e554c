#pragma once

#include "integrations/channels/channelrendering.h"

#include <QList>
#include <QString>

namespace warroom::channellimits {

// The length limits of each destination, checked on what it will show (docs/channels.md, with
// their sources). Characters are Unicode code points (inputlimits::characters), counted on the
// text as sent: Slack's after its &amp; &lt; &gt; escaping.

// Statuspage: the documented maximum of an incident update's body.
inline constexpr qsizetype StatusPageBodyMax = 25000;
// Statuspage documents no maximum for an incident's name; War Room holds it to this.
inline constexpr qsizetype StatusPageNameMax = 255;
// Slack: a message's `text` longer than this is cut off by Slack.
inline constexpr qsizetype SlackTextMax = 40000;
// Slack: a section block's text; longer is refused (invalid_blocks). The publisher splits the
// body into sections of at most this; the title is one section.
inline constexpr qsizetype SlackSectionMax = 3000;
// Email: about what a mail client's list shows of a subject (RFC 5322's recommended line of 78
// characters); longer subjects are cut off on screen, not refused: a warning only.
inline constexpr qsizetype EmailSubjectShownMax = 78;

// One limit checked against one part of a rendering.
struct Check
{
    QString what;        // "Incident name"
    qsizetype count = 0; // characters
    qsizetype limit = 0;
    // Hard: the remote would refuse or cut the message, so it may not be published as it is.
    // Soft: a warning that does not block.
    bool hard = true;
    QString fix; // "shorten the title"

    bool over() const { return count > limit; }
    // "312 of 3,000 characters", or "3,040 of 3,000 characters: over by 40, shorten the body".
    QString summary() const;
};

QList<Check> check(const rendering::Rendering &rendering);

// The hard limits that fail, one sentence each ("Slack notification text is over by 40
// characters: shorten the body."); empty when the rendering may be published.
QStringList hardFailures(const QList<Check> &checks);

} // namespace warroom::channellimits
