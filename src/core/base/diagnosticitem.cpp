#include "core/base/diagnosticitem.h"

#include <QStringList>

namespace warroom {

QString diagnosticsText(const QList<DiagnosticItem> &items)
{
    QStringList lines;
    for (const DiagnosticItem &item : items)
        lines.append(item.label + QStringLiteral(": ") + item.value);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace warroom
