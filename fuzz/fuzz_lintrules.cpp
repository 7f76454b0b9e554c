// The lint rules file (comms/lint/lintrules): JSON with "@set" lists, "<<macro>>" references and
// regular expressions compiled at load. An organisation may edit it; a bad file is refused with the
// rule and field at fault. Rules that load are run over a short fixed text (short, so that a
// fuzzed pattern's backtracking stays bounded).
#include "comms/lint/linter.h"
#include "fuzzsupport.h"

using namespace warroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<LintRuleSet> rules =
        LintRuleSet::fromJson(fuzz::bytes(data, size), QStringLiteral("fuzz-rules.json"));
    if (!rules) {
        FUZZ_CHECK(!rules.error().message.isEmpty());
        return 0;
    }
    for (const LintRule &rule : rules->rules()) {
        FUZZ_CHECK(!rule.id.isEmpty());
        FUZZ_CHECK(rules->rule(rule.id) != nullptr);
        for (const QRegularExpression &pattern : rule.patterns)
            FUZZ_CHECK(pattern.isValid());
    }
    const LintText text{QStringLiteral("Update: {{task_type}} tasks"),
                        QStringLiteral("We are investigating. All data is safe! {{bogus}} - no "
                                       "impact\n\n- next update soon.")};
    LintContext context;
    context.category = Category::DataLeak;
    context.kind = QStringLiteral("update");
    context.channel = Channel::Email;
    for (const LintFinding &finding : lint(*rules, text, context)) {
        const qsizetype length =
            finding.field == LintField::Title ? text.title.size() : text.body.size();
        FUZZ_CHECK(0 <= finding.start && finding.start <= finding.end && finding.end <= length);
    }
    return 0;
}
