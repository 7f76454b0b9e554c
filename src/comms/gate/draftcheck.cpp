#include "comms/gate/draftcheck.h"

#include <QCryptographicHash>

namespace warroom {

QString announcementHash(Channel channel, const QString &renderedTitle, const QString &renderedBody)
{
    const QString canonical =
        channel::id(channel) + QLatin1Char('\n') + renderedTitle + QLatin1Char('\n') + renderedBody;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

DraftCheck checkDraft(const LintRuleSet &rules, Channel channel, const QString &title,
                      const QString &body, const PlaceholderValues &values,
                      const LintContext &context)
{
    DraftCheck check;
    check.title = render(title, values);
    check.body = render(body, values);
    check.sha256 = announcementHash(channel, check.title.text, check.body.text);
    LintContext withChannel = context;
    withChannel.channel = channel;
    check.renderedFindings = lint(rules, LintText{check.title.text, check.body.text}, withChannel);
    for (LintFinding finding : std::as_const(check.renderedFindings)) {
        const RenderResult &field = finding.field == LintField::Title ? check.title : check.body;
        finding.start = field.toSource(finding.start);
        finding.end = field.toSource(finding.end, true);
        check.findings.append(finding);
    }
    return check;
}

} // namespace warroom
