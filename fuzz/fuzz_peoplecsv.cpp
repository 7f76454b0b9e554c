// The people directory importer (core/io/peoplecsv): a file a person picks in the GUI or passes to
// warroomctl, checked as a whole before anything is imported.
#include "core/io/peoplecsv.h"
#include "fuzzsupport.h"

#include <QSet>

using namespace warroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PeopleCsv result = peoplecsv::parse(fuzz::bytes(data, size));
    QSet<QString> names;
    for (const CsvPerson &entry : result.people) {
        FUZZ_CHECK(entry.line >= 2);
        FUZZ_CHECK(!entry.person.name.isEmpty());
        // Duplicate names are refused, so an import without problems names each person once.
        if (result.problems.isEmpty()) {
            const QString key = csv::nameKey(entry.person.name);
            FUZZ_CHECK(!names.contains(key));
            names.insert(key);
        }
    }
    for (const CsvProblem &problem : result.problems)
        FUZZ_CHECK(problem.line >= 0 && !problem.message.isEmpty());
    return 0;
}
