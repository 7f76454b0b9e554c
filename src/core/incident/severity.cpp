#include "core/incident/severity.h"

#include <QCoreApplication>

namespace warroom::severity {

QList<Severity> all()
{
    return {Severity::Sev1, Severity::Sev2, Severity::Sev3};
}

QString id(Severity s)
{
    switch (s) {
    case Severity::Sev1: return QStringLiteral("SEV1");
    case Severity::Sev2: return QStringLiteral("SEV2");
    case Severity::Sev3: return QStringLiteral("SEV3");
    }
    Q_UNREACHABLE();
}

std::optional<Severity> fromId(const QString &text)
{
    for (Severity s : all()) {
        if (text.compare(id(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString description(Severity s)
{
    switch (s) {
    case Severity::Sev1:
        return QCoreApplication::translate(
            "warroom::Severity",
            "Critical: the product is down or untrustworthy for many customers, money is "
            "wrongly charged, customer data leaked, or an agent caused customer loss.");
    case Severity::Sev2:
        return QCoreApplication::translate(
            "warroom::Severity",
            "Major: a task type or customer segment is badly degraded; no safe workaround.");
    case Severity::Sev3:
        return QCoreApplication::translate(
            "warroom::Severity",
            "Minor: limited impact, a workaround exists, no money or data involved.");
    }
    Q_UNREACHABLE();
}

} // namespace warroom::severity
