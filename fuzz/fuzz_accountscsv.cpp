// The key-account importer (core/io/accountscsv): the file replaces the whole list, so it is
// checked as a whole before anything is imported.
#include "core/io/accountscsv.h"
#include "fuzzsupport.h"

#include <QSet>

using namespace warroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const AccountsCsv result = accountscsv::parse(fuzz::bytes(data, size));
    QSet<QString> names;
    QSet<int> ranks;
    for (const CsvAccount &entry : result.accounts) {
        FUZZ_CHECK(entry.line >= 2);
        FUZZ_CHECK(!entry.account.name.isEmpty());
        FUZZ_CHECK(!entry.account.contacts.isEmpty());
        if (result.problems.isEmpty()) {
            const QString key = csv::nameKey(entry.account.name);
            FUZZ_CHECK(!names.contains(key));
            names.insert(key);
            if (entry.account.rank) {
                FUZZ_CHECK(!ranks.contains(*entry.account.rank));
                ranks.insert(*entry.account.rank);
            }
        }
    }
    for (const CsvProblem &problem : result.problems)
        FUZZ_CHECK(problem.line >= 0 && !problem.message.isEmpty());
    return 0;
}
