#pragma once

#include "core/base/result.h"
#include "core/calls/callstatus.h"
#include "core/calls/outreach.h"
#include "core/roles/roles.h"

#include <QString>

namespace warroom::cli {

Result<Role> parseRole(const QString &text);
Result<CallStatus> parseCallStatus(const QString &text);
// An account of the incident's selection, by id or by name (case-insensitive, spaces collapsed).
Result<AccountOutreach> findSelectedAccount(const QList<AccountOutreach> &selected,
                                            const QString &text, qint64 incidentId);
// An import refusal as one line: "FILE: Nothing was imported; ...: line 2, ...; line 5, ...".
QString oneLine(const QString &path, const QString &message);

} // namespace warroom::cli
