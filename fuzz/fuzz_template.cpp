// The template file format (comms/templates): "field: value" lines, "---", the body. Templates
// are imported from files a person picks; a refusal names the field, a crash is a bug.
#include "comms/templates/commstemplate.h"
#include "fuzzsupport.h"

using namespace warroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<CommsTemplate> parsed =
        commstemplate::parse(fuzz::text(data, size), QStringLiteral("fuzz.txt"));
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    for (const Error &error : commstemplate::validate(*parsed))
        FUZZ_CHECK(!error.message.isEmpty());
    (void)commstemplate::categoriesToText(parsed->categories);
    return 0;
}
