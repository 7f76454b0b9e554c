#include "widgets/firstrun/welcomedialog.h"

#include "storage/calls/accountstore.h"
#include "storage/demo/demodata.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "widgets/directory/csvimportdialog.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace warroom {

WelcomeDialog::WelcomeDialog(Workspace &workspace, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_author(author)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to War Room"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("This database is empty. During an incident War Room assigns the playbook roles to "
           "people from the people directory and proposes the key accounts to call, so bring "
           "both in first: each is a CSV file that a spreadsheet can save."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    const auto addChoice = [&](int row, const QString &text, const QString &explanation) {
        auto *button = new QPushButton(text, this);
        auto *label = new QLabel(explanation, this);
        label->setWordWrap(true);
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(label, row, 1);
        return button;
    };
    m_importPeople = addChoice(0, tr("Import &people from CSV…"),
                               tr("Names, how to reach each person, and the roles they can hold."));
    m_importPeople->setObjectName(QStringLiteral("welcomeImportPeople"));
    m_importAccounts = addChoice(
        1, tr("Import &key accounts from CSV…"),
        tr("Customers to call in an incident, with their contacts; each names its customer "
           "success manager from the people directory, so import the people first."));
    m_importAccounts->setObjectName(QStringLiteral("welcomeImportAccounts"));
    m_demo = addChoice(
        2, tr("Open a &demo incident"),
        tr("A behaviour-anomaly incident 40 minutes in, with its own people and key accounts: "
           "roles filled, some steps done, calls made, an announcement drafted. Marked DEMO; "
           "Directory → Remove demo data takes it all away again."));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_start = addChoice(3, tr("&Start"),
                        tr("Go to the incident list; both imports stay in the Directory menu, "
                           "and people can also be added one by one there."));
    m_start->setObjectName(QStringLiteral("welcomeStart"));
    m_start->setDefault(true);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    const auto openImport = [this](csvimport::Kind kind) {
        CsvImportDialog dialog(m_workspace, kind, m_author, this);
        dialog.exec();
        updateStatus();
    };
    connect(m_importPeople, &QPushButton::clicked, this,
            [openImport] { openImport(csvimport::Kind::People); });
    connect(m_importAccounts, &QPushButton::clicked, this,
            [openImport] { openImport(csvimport::Kind::Accounts); });
    connect(m_demo, &QPushButton::clicked, this, &WelcomeDialog::openDemo);
    connect(m_start, &QPushButton::clicked, this, &QDialog::accept);
    updateStatus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

void WelcomeDialog::openDemo()
{
    const Result<qint64> made = demo::create(m_workspace);
    if (!made) {
        m_status->setText(made.error().message);
        return;
    }
    m_demoIncident = made.value();
    accept();
}

QString WelcomeDialog::statusText() const
{
    return m_status->text();
}

void WelcomeDialog::updateStatus()
{
    const Result<QList<Person>> people = m_workspace.people().people();
    const Result<QList<KeyAccount>> accounts = m_workspace.accounts().accounts();
    if (!people || !accounts) {
        m_status->setText((!people ? people.error() : accounts.error()).message);
        return;
    }
    const int peopleCount = int(people->size());
    const int accountCount = int(accounts->size());
    m_status->setText(tr("Now: %1, %2.")
                          .arg(peopleCount == 0
                                   ? tr("nobody in the people directory")
                                   : tr("%n people in the directory", nullptr, peopleCount),
                               accountCount == 0 ? tr("no key accounts")
                                                 : tr("%n key accounts", nullptr, accountCount)));
    m_start->setText(peopleCount + accountCount == 0 ? tr("&Start empty") : tr("&Start"));
}

} // namespace warroom
