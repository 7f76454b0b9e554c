#include "core/incident/incidentstatus.h"

#include <QCoreApplication>
#include <QStringList>

namespace warroom::incidentstatus {

QList<IncidentStatus> all()
{
    return {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
            IncidentStatus::Restored, IncidentStatus::Closed};
}

QString id(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::Investigating:
        return QStringLiteral("investigating");
    case IncidentStatus::Identified:
        return QStringLiteral("identified");
    case IncidentStatus::Monitoring:
        return QStringLiteral("monitoring");
    case IncidentStatus::Restored:
        return QStringLiteral("restored");
    case IncidentStatus::Closed:
        return QStringLiteral("closed");
    }
    Q_UNREACHABLE();
}

std::optional<IncidentStatus> fromId(const QString &text)
{
    for (IncidentStatus s : all()) {
        if (text == id(s))
            return s;
    }
    return std::nullopt;
}

QString displayName(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::Investigating:
        return QCoreApplication::translate("warroom::Status", "Investigating");
    case IncidentStatus::Identified:
        return QCoreApplication::translate("warroom::Status", "Identified");
    case IncidentStatus::Monitoring:
        return QCoreApplication::translate("warroom::Status", "Monitoring");
    case IncidentStatus::Restored:
        return QCoreApplication::translate("warroom::Status", "Restored");
    case IncidentStatus::Closed:
        return QCoreApplication::translate("warroom::Status", "Closed");
    }
    Q_UNREACHABLE();
}

QString validIds()
{
    QStringList ids;
    for (IncidentStatus s : all())
        ids.append(id(s));
    return ids.join(QStringLiteral(", "));
}

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

QString transitionError(IncidentStatus from, IncidentStatus to)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("warroom::Status", text);
    };
    if (from == to)
        return tr("the incident is already in this status");
    if (from == IncidentStatus::Closed)
        return tr("a closed incident cannot change status; declare a new incident instead");
    if (to == IncidentStatus::Closed && from != IncidentStatus::Restored)
        return tr("only a restored incident can be closed");
    if (static_cast<int>(to) < static_cast<int>(from) && to != IncidentStatus::Investigating)
        return tr("moving back is only allowed to \"investigating\" (a relapse)");
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
