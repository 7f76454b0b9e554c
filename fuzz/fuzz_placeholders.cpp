// The placeholder scanner and renderer (comms/text): every draft and template goes through them,
// and the editor maps offsets between the text as written and the rendered text.
#include "comms/text/renderer.h"
#include "fuzzsupport.h"

using namespace warroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = fuzz::text(data, size);

    const PlaceholderScan scan = scanPlaceholders(source);
    for (const PlaceholderToken &token : scan.tokens) {
        FUZZ_CHECK(0 <= token.start && token.start < token.end && token.end <= source.size());
        FUZZ_CHECK(placeholders::isValidName(token.name));
    }
    for (const PlaceholderProblem &problem : scan.problems) {
        FUZZ_CHECK(0 <= problem.start && problem.start <= problem.end);
        FUZZ_CHECK(problem.end <= source.size());
        FUZZ_CHECK(!problem.message.isEmpty());
    }

    // Every other known placeholder has a value, one of them a value that looks like a
    // placeholder itself (a value is never scanned again).
    PlaceholderValues values;
    bool fill = true;
    for (const PlaceholderInfo &info : placeholders::catalog()) {
        if (fill)
            values.insert(info.name, values.isEmpty() ? QStringLiteral("{{x}}") : info.name);
        fill = !fill;
    }
    const RenderResult rendered = render(source, values);
    qsizetype previousOut = 0;
    for (const RenderedSpan &span : rendered.substitutions) {
        FUZZ_CHECK(0 <= span.sourceStart && span.sourceStart < span.sourceEnd);
        FUZZ_CHECK(span.sourceEnd <= source.size());
        FUZZ_CHECK(previousOut <= span.outStart && span.outStart <= span.outEnd);
        FUZZ_CHECK(span.outEnd <= rendered.text.size());
        previousOut = span.outEnd;
    }
    for (qsizetype out = 0; out <= rendered.text.size(); ++out) {
        const qsizetype start = rendered.toSource(out);
        const qsizetype end = rendered.toSource(out, true);
        FUZZ_CHECK(0 <= start && start <= end && end <= source.size());
    }
    (void)placeholders::closestKnown(source.left(placeholders::MaxNameLength));
    return 0;
}
