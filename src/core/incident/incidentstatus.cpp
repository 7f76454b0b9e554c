#include "core/incident/incidentstatus.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom::incidentstatus {
namespace {

// The lifecycle's steps in order (transitionError compares their numbers).
constexpr EnumTable<EnumRow<IncidentStatus>, 5> kStatuses{{{
    {IncidentStatus::Investigating, "investigating",
     QT_TRANSLATE_NOOP("warroom::Status", "Investigating")},
    {IncidentStatus::Identified, "identified", QT_TRANSLATE_NOOP("warroom::Status", "Identified")},
    {IncidentStatus::Monitoring, "monitoring", QT_TRANSLATE_NOOP("warroom::Status", "Monitoring")},
    {IncidentStatus::Restored, "restored", QT_TRANSLATE_NOOP("warroom::Status", "Restored")},
    {IncidentStatus::Closed, "closed", QT_TRANSLATE_NOOP("warroom::Status", "Closed")},
}}};

} // namespace

WARROOM_ENUM_FUNCTIONS(IncidentStatus, kStatuses, "warroom::Status")

bool isActive(IncidentStatus s)
{
    return s != IncidentStatus::Restored && s != IncidentStatus::Closed;
}

bool isOpen(IncidentStatus s)
{
    return s != IncidentStatus::Closed;
}

bool isFinal(IncidentStatus s)
{
    return s == IncidentStatus::Closed;
}

namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Status)
};

} // namespace

QString transitionError(IncidentStatus from, IncidentStatus to)
{
    if (from == to)
        return Text::tr("the incident is already in this status");
    if (from == IncidentStatus::Closed)
        return Text::tr("a closed incident cannot change status; declare a new incident instead");
    if (to == IncidentStatus::Closed && from != IncidentStatus::Restored)
        return Text::tr("only a restored incident can be closed");
    if (static_cast<int>(to) < static_cast<int>(from) && to != IncidentStatus::Investigating)
        return Text::tr("moving back is only allowed to \"investigating\" (a relapse)");
    return QString();
}

bool canTransition(IncidentStatus from, IncidentStatus to)
{
    return transitionError(from, to).isEmpty();
}

QList<IncidentStatus> allowedTransitions(IncidentStatus from)
{
    QList<IncidentStatus> result;
    for (IncidentStatus s : all()) {
        if (canTransition(from, s))
            result.append(s);
    }
    return result;
}

} // namespace warroom::incidentstatus
