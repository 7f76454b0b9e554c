#include "widgets/directory/csvimport.h"

#include "core/io/csv.h"
#include "storage/calls/accountstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

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
    const QString title =
        kind == Kind::People ? Text::tr("Import people") : Text::tr("Import key accounts");
    const QString path = QFileDialog::getOpenFileName(parent, title, QString(),
                                                      Text::tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<QString> done = importFile(workspace, kind, path, author);
    if (done) {
        QMessageBox::information(parent, title, done.value());
        return;
    }
    QMessageBox box(QMessageBox::Warning, title,
                    Text::tr("%1 was not imported. Fix the file and import it again; see "
                             "docs/csv-formats.md for the "
                             "columns.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, parent);
    box.setDetailedText(done.error().message); // every problem, one per line
    box.exec();
}

} // namespace warroom::csvimport
