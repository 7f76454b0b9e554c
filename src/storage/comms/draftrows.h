#pragma once

#include "core/base/result.h"
#include "storage/comms/commsrecords.h"

#include <QList>

namespace warroom {

class Database;

// The reads of drafts, versions, approvals and publications: rows into records. DraftStore
// and SignOffGate go through DraftStore, which delegates here.
namespace draftrows {

Result<QList<Draft>> drafts(const Database &database,
                            qint64 incidentId); // with their latest version
Result<Draft> draft(const Database &database, qint64 draftId);
// The incident's draft with that number ("Draft #2": its second draft); an InvalidInput error
// naming the numbers there are when it has no such draft.
Result<Draft> draftByNumber(const Database &database, qint64 incidentId, int number);
Result<QList<DraftVersion>> versions(const Database &database, qint64 draftId); // oldest first
Result<QList<Approval>> approvals(const Database &database, qint64 draftId);    // oldest first
Result<QList<Publication>> publications(const Database &database, qint64 incidentId);

} // namespace draftrows
} // namespace warroom
