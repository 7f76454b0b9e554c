#pragma once

#include <QCoreApplication>
#include <QString>

namespace warroom::cli {

// Every user-facing text of warroomctl goes through this one translation context: Text::tr("...").
// (A free tr() function would not do: lupdate files its strings under the caller's namespace.)
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroomctl)
};

} // namespace warroom::cli
