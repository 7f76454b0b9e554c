#pragma once

#include "storage/comms/commsrecords.h"

#include <QJsonObject>
#include <QList>

namespace warroom::commsjson {

// The machine-readable shape of drafts and publications, for `warroomctl show --json` (the
// "drafts" and "publications" keys, documented in docs/cli.md). Add keys rather than rename.

// {"id" (the database's), "number" (within the incident: "Draft #2"), "channel", "audience",
// "kind", "template", "template_version", "state", "needs_legal",
//  "version", "title", "body" (rendered, as saved), "sha256", "saved_at",
//  "saved_by", "lint_override", "approvals": [{"kind", "person", "at", "sha256", "version"}]}
QJsonObject draft(const Draft &draft, bool legalRequired, const QList<Approval> &approvals,
                  const QList<DraftVersion> &versions);
// {"id", "draft_id", "draft_number", "version", "channel", "audience", "kind", "template", "title",
// "body",
//  "sha256", "published_at", "published_by"}
QJsonObject publication(const Publication &publication, int version);

} // namespace warroom::commsjson
