#pragma once

#include "core/base/result.h"

#include <QString>

class QWidget;

namespace warroom {

class Workspace;

namespace csvimport {

enum class Kind { People, Accounts };

// Reads the file and imports it (all or nothing). Returns the outcome in words ("10 added,
// 2 updated"), or the error listing every problem of the file with its line.
Result<QString> importFile(Workspace &workspace, Kind kind, const QString &path,
                           const QString &author);

// Opens the import dialog (CsvImportDialog): the expected columns, the file to choose, and the
// outcome or every problem of the file, by line, in the dialog itself.
void chooseAndImport(QWidget *parent, Workspace &workspace, Kind kind, const QString &author);

} // namespace csvimport
} // namespace warroom
