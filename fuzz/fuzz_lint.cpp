// The lint engine (comms/lint) with the built-in rules, and the draft check that renders and
// lints a draft before each step of the sign-off gate (comms/gate/draftcheck). Input: the title
// on the first line, the body after it. The context (category, kind, channel) is chosen by the
// input's length, so mutations reach every rule's conditions.
#include "comms/gate/draftcheck.h"
#include "comms/lint/linter.h"
#include "core/comms/announcementkind.h"
#include "fuzzsupport.h"

using namespace warroom;

namespace {

void checkFindings(const QList<LintFinding> &findings, const LintText &text)
{
    for (const LintFinding &finding : findings) {
        const qsizetype length =
            finding.field == LintField::Title ? text.title.size() : text.body.size();
        FUZZ_CHECK(0 <= finding.start && finding.start <= finding.end && finding.end <= length);
        FUZZ_CHECK(!finding.ruleId.isEmpty() && !finding.message.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    const qsizetype newline = input.indexOf(QLatin1Char('\n'));
    const LintText text{newline < 0 ? QString() : input.left(newline),
                        newline < 0 ? input : input.mid(newline + 1)};

    FUZZ_CHECK(normalizedForLint(text.body).size() == text.body.size());

    const LintRuleSet &rules = LintRuleSet::builtin();
    checkFindings(lint(rules, text, {}), text);

    static const QList<Category> categories = category::all();
    static const QList<QString> kinds = announcementkind::all();
    static const QList<Channel> channels = channel::all();
    const size_t pick = size;
    LintContext context;
    context.category = categories.at(static_cast<qsizetype>(pick % categories.size()));
    context.kind = kinds.at(static_cast<qsizetype>(pick / 3 % kinds.size()));
    context.channel = channels.at(static_cast<qsizetype>(pick / 7 % channels.size()));
    const QList<LintFinding> findings = lint(rules, text, context);
    checkFindings(findings, text);
    (void)lintfindings::errorRuleIds(findings);

    const PlaceholderValues values{{QStringLiteral("incident_title"), QStringLiteral("Fuzz")},
                                   {QStringLiteral("task_type"), QStringLiteral("billing")}};
    const DraftCheck check =
        checkDraft(rules, *context.channel, text.title, text.body, values, context);
    FUZZ_CHECK(check.sha256.size() == 64);
    checkFindings(check.findings, text);
    checkFindings(check.renderedFindings, {check.title.text, check.body.text});
    return 0;
}
