#include "core/incident/severity.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom::severity {
namespace {

// The one list of severities; the name column holds what each level means.
constexpr EnumTable<EnumRow<Severity>, 3> kSeverities{
    {{
        {Severity::Sev1, "SEV1",
         QT_TRANSLATE_NOOP(
             "warroom::Severity",
             "Critical: the product is down or untrustworthy for many customers, money "
             "is wrongly charged, customer data leaked, or an agent caused customer "
             "loss.")},
        {Severity::Sev2, "SEV2",
         QT_TRANSLATE_NOOP("warroom::Severity",
                           "Major: a task type or customer segment is badly degraded; no safe "
                           "workaround.")},
        {Severity::Sev3, "SEV3",
         QT_TRANSLATE_NOOP(
             "warroom::Severity",
             "Minor: limited impact, a workaround exists, no money or data involved.")},
    }},
    Qt::CaseInsensitive};

} // namespace

WARROOM_ENUM_ID_FUNCTIONS(Severity, kSeverities)

QString description(Severity s)
{
    return QCoreApplication::translate("warroom::Severity", kSeverities.name(s));
}

} // namespace warroom::severity
