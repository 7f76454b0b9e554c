// The RFC 4180 reader every CSV import starts with (core/io/csv).
#include "core/io/csv.h"
#include "fuzzsupport.h"

using namespace warroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const csv::ReadResult result = csv::read(fuzz::bytes(data, size));
    const qsizetype columns = result.table.header.size();
    int previousLine = result.table.headerLine;
    for (const CsvRecord &record : result.table.records) {
        FUZZ_CHECK(record.fields.size() == columns);
        FUZZ_CHECK(record.line > previousLine);
        previousLine = record.line;
    }
    for (const CsvProblem &problem : result.problems) {
        FUZZ_CHECK(problem.line >= 0);
        FUZZ_CHECK(!problem.message.isEmpty());
    }
    FUZZ_CHECK(result.problems.isEmpty() || !csv::describeAll(result.problems, 3).isEmpty());
    for (const QString &name : result.table.header)
        csv::nameKey(name);
    return 0;
}
