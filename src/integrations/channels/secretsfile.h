#pragma once

#include "core/base/result.h"

#include <QHash>
#include <QString>

namespace warroom {

// The NAME=value lines of a secrets file (blank lines and lines starting with # are skipped).
// The file must be a regular file owned by the user running War Room, with no permission bits for
// group or others (chmod 600), and no larger than maxBytes; otherwise the error says which rule
// it breaks and how to fix it. Only names in allowedNames are accepted. Values never appear in
// errors.
Result<QHash<QString, QString>> readSecretsFile(const QString &path,
                                                const QStringList &allowedNames, qint64 maxBytes);

} // namespace warroom
