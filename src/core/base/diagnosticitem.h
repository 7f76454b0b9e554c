#pragma once

#include <QList>
#include <QString>

namespace warroom {

// One line of Help → Diagnostics…: what it is and its value, both as the user reads them.
struct DiagnosticItem
{
    QString label;
    QString value;
};

// The items as plain text for a bug report, one "label: value" line each.
QString diagnosticsText(const QList<DiagnosticItem> &items);

} // namespace warroom
