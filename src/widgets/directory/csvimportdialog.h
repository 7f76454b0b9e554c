#pragma once

#include "core/io/csv.h"
#include "widgets/directory/csvimport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace warroom {

class Workspace;

// Imports a CSV file of people or key accounts and says, in the dialog itself, what happened:
// the columns it expects, and when the file has problems every one of them on a line of its own
// with its line number, in words that say what to fix. Nothing is imported while there are
// problems; the user fixes the file and presses Import again without leaving the dialog.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(Workspace &workspace, csvimport::Kind kind, const QString &author,
                    QWidget *parent = nullptr);

    // Picks the file without the file dialog (tests, and a file dropped on the program).
    void setPath(const QString &path);
    QString path() const;
    // Imports the chosen file; true when it was imported.
    bool importNow();
    bool imported() const { return m_imported; }
    // The problems shown, one line each.
    QStringList problemLines() const;
    QString outcome() const;

    // One problem in plain words: "Line 7, column email: ..." ("Line 1 (the header)" for the
    // header, no line for the file as a whole).
    static QString plainLine(const CsvProblem &problem);
    // The columns of the kind of file, as a short list for the dialog.
    static QString columnsHelp(csvimport::Kind kind);

private:
    void choose();
    void showProblems(const QList<CsvProblem> &problems, const QString &fallback);

    Workspace &m_workspace;
    const csvimport::Kind m_kind;
    const QString m_author;
    QLineEdit *m_path = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_outcome = nullptr;
    QListWidget *m_problems = nullptr;
    bool m_imported = false;
};

} // namespace warroom
