#pragma once

#include <QCoreApplication>
#include <QString>

namespace warroom::cli {

// Every user-facing text of warroomctl goes through this one translation context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("warroomctl", text);
}

} // namespace warroom::cli
