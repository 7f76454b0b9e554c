#pragma once

#include "core/base/result.h"
#include "storage/comms/commsrecords.h"

#include <QString>

namespace warroom {
class DraftStore;
}

namespace warroom::cli {

// warroomctl names a draft as INCIDENT/NUMBER: the incident's id and the draft's number within
// it, the number the GUI and the board show ("Draft #2" of incident 3 is 3/2). The database id
// is in the JSON only (docs/cli.md).

// "3/2".
QString draftAddress(const Draft &draft);

// The draft "3/2" (or "3/#2") names. Anything else is refused with what to type instead; a bare
// number, the database id earlier versions printed, is refused too, naming the draft's address
// when there is a draft with that id.
Result<Draft> findDraft(const DraftStore &drafts, const QString &text);

} // namespace warroom::cli
