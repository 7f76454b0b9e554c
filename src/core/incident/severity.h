#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace warroom {

// SEV1 is the worst. What each level means is written in docs/domain.md.
enum class Severity { Sev1, Sev2, Sev3 };

namespace severity {

QList<Severity> all();
QString id(Severity s);                            // "SEV1"
std::optional<Severity> fromId(const QString &id); // case-insensitive
QString validIds();
QString description(Severity s);

} // namespace severity
} // namespace warroom
