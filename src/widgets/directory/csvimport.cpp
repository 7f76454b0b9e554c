#include "widgets/directory/csvimport.h"

#include "core/io/csv.h"
#include "storage/calls/accountstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "widgets/directory/csvimportdialog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace warroom::csvimport {
namespace {

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::CsvImport)
};

} // namespace

Result<QString> importFile(Workspace &workspace, Kind kind, const QString &path,
                           const QString &author)
{
    const Result<QByteArray> read = csv::readFile(path);
    if (!read)
        return read.error();
    const QByteArray &bytes = read.value();
    if (kind == Kind::People) {
        const Result<CsvImportSummary> done = workspace.people().importCsv(bytes, author);
        if (!done)
            return done.error();
        return Text::tr("People imported from %1: %2 added, %3 updated.")
            .arg(QFileInfo(path).fileName())
            .arg(done->added)
            .arg(done->updated);
    }
    const Result<CsvImportSummary> done = workspace.accounts().importCsv(bytes, author);
    if (!done)
        return done.error();
    return Text::tr("Key accounts imported from %1: %2 added, %3 updated, %4 no longer listed.")
        .arg(QFileInfo(path).fileName())
        .arg(done->added)
        .arg(done->updated)
        .arg(done->unlisted);
}

void chooseAndImport(QWidget *parent, Workspace &workspace, Kind kind, const QString &author)
{
    CsvImportDialog dialog(workspace, kind, author, parent);
    dialog.exec();
}

} // namespace warroom::csvimport
