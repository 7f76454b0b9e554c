#include "widgets/directory/csvimportdialog.h"

#include "core/calls/accounttier.h"
#include "core/calls/keyaccount.h"
#include "core/roles/roles.h"
#include "storage/calls/accountstore.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace warroom {

CsvImportDialog::CsvImportDialog(Workspace &workspace, csvimport::Kind kind, const QString &author,
                                 QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_author(author)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(kind == csvimport::Kind::People ? tr("Import people")
                                                   : tr("Import key accounts"));
    auto *layout = new QVBoxLayout(this);

    auto *help = new QLabel(columnsHelp(kind), this);
    help->setObjectName(QStringLiteral("csvColumnsHelp"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);
    layout->addWidget(help);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("csvPath"));
    m_path->setPlaceholderText(tr("Choose a .csv file"));
    fileLabel->setBuddy(m_path);
    auto *chooseButton = new QPushButton(tr("&Choose…"), this);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("csvImportButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(chooseButton);
    fileRow->addWidget(m_import);
    layout->addLayout(fileRow);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("csvOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("csvProblems"));
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->hide();
    layout->addWidget(m_problems, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(chooseButton, &QPushButton::clicked, this, &CsvImportDialog::choose);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::importNow);
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_import->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);
}

QString CsvImportDialog::columnsHelp(csvimport::Kind kind)
{
    if (kind == csvimport::Kind::People)
        return tr("<p>A CSV file (comma-separated, UTF-8, as spreadsheets save it) with the column "
                  "names on its first line, in any order:</p><ul>"
                  "<li><b>name</b> (required): the person's full name</li>"
                  "<li><b>phone</b>, <b>slack</b>, <b>email</b>: at least one, so the person can "
                  "be reached</li>"
                  "<li><b>roles</b> (optional): the roles the person can hold, separated by "
                  "\";\": %1</li></ul>"
                  "<p>People already in the directory are updated by name; nobody is removed.</p>")
            .arg(role::validIds().toHtmlEscaped());
    return tr("<p>A CSV file (comma-separated, UTF-8, as spreadsheets save it) with the column "
              "names on its first line, in any order:</p><ul>"
              "<li><b>name</b> (required): the customer</li>"
              "<li><b>tier</b> (required): %1</li>"
              "<li><b>arr</b> and <b>rank</b>: at least one; ARR in whole currency units, digits "
              "only; rank from 1 (called first) to %2</li>"
              "<li><b>csm</b> (required): the owning customer success manager, as named in the "
              "people directory (import the people first)</li>"
              "<li><b>contact1_name</b> (required) with <b>contact1_phone</b> or "
              "<b>contact1_slack</b>, and <b>contact1_email</b>; contact2_… and contact3_… "
              "the same way, optional</li></ul>"
              "<p>The file becomes the key-account list: accounts it no longer lists are kept for "
              "history but no longer proposed.</p>")
        .arg(accounttier::validIds().toHtmlEscaped())
        .arg(keyaccount::MaxRank);
}

QString CsvImportDialog::plainLine(const CsvProblem &problem)
{
    if (problem.line <= 0)
        return problem.message;
    if (problem.line == 1 && problem.column.isEmpty())
        return tr("Line 1 (the column names): %1").arg(problem.message);
    if (problem.line == 1)
        return tr("Line 1 (the column names), %1: %2").arg(problem.column, problem.message);
    if (problem.column.isEmpty())
        return tr("Line %1: %2").arg(problem.line).arg(problem.message);
    return tr("Line %1, column %2: %3").arg(problem.line).arg(problem.column, problem.message);
}

void CsvImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString CsvImportDialog::path() const
{
    return m_path->text().trimmed();
}

QStringList CsvImportDialog::problemLines() const
{
    QStringList lines;
    for (int i = 0; i < m_problems->count(); ++i)
        lines.append(m_problems->item(i)->text());
    return lines;
}

QString CsvImportDialog::outcome() const
{
    return m_outcome->text();
}

void CsvImportDialog::choose()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, windowTitle(), QFileInfo(path()).absolutePath(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    importNow();
}

bool CsvImportDialog::importNow()
{
    const QString file = path();
    if (file.isEmpty())
        return false;
    const QString fileName = QFileInfo(file).fileName();
    const Result<QByteArray> read = csv::readFile(file);
    if (!read) {
        showProblems({}, read.error().message);
        return false;
    }
    QList<CsvProblem> problems;
    Result<CsvImportSummary> done =
        m_kind == csvimport::Kind::People
            ? m_workspace.people().importCsv(read.value(), m_author, &problems)
            : m_workspace.accounts().importCsv(read.value(), m_author, &problems);
    if (!done) {
        showProblems(problems, done.error().message);
        return false;
    }
    m_problems->clear();
    m_problems->hide();
    m_imported = true;
    m_outcome->setText(m_kind == csvimport::Kind::People
                           ? tr("People imported from %1: %2 added, %3 updated.")
                                 .arg(fileName)
                                 .arg(done->added)
                                 .arg(done->updated)
                           : tr("Key accounts imported from %1: %2 added, %3 updated, %4 no "
                                "longer listed.")
                                 .arg(fileName)
                                 .arg(done->added)
                                 .arg(done->updated)
                                 .arg(done->unlisted));
    return true;
}

// Problems of the file, one per line; any other refusal (an unreadable file, no author) in words.
void CsvImportDialog::showProblems(const QList<CsvProblem> &problems, const QString &fallback)
{
    m_problems->clear();
    const QString fileName = QFileInfo(path()).fileName();
    if (problems.isEmpty()) {
        m_outcome->setText(tr("Nothing was imported from %1: %2").arg(fileName, fallback));
        m_problems->hide();
        return;
    }
    m_outcome->setText(tr("Nothing was imported: %1 has %n problem(s). Fix them in the file, save "
                          "it and press Import again.",
                          nullptr, int(problems.size()))
                           .arg(fileName));
    for (const CsvProblem &problem : problems)
        m_problems->addItem(plainLine(problem));
    m_problems->show();
}

} // namespace warroom
