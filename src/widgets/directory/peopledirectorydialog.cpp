#include "widgets/directory/peopledirectorydialog.h"

#include "widgets/common/errorline.h"
#include "widgets/common/tablesetup.h"

#include "models/roles/peoplemodel.h"
#include "session/currentuser.h"
#include "storage/roles/peoplestore.h"
#include "storage/workspace.h"
#include "widgets/directory/csvimport.h"
#include "widgets/directory/persondialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace warroom {

PeopleDirectoryDialog::PeopleDirectoryDialog(Workspace &workspace, CurrentUser &user,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_user(user)
{
    setWindowTitle(tr("People directory"));
    auto *layout = new QVBoxLayout(this);
    m_model = new PeopleModel(workspace.people(), this);
    m_table = newTable(QStringLiteral("peopleTable"), m_model,
                       {TableFit::Rows::Wrapped, TableFit::Columns::SizedOnce}, this);
    m_table->setAccessibleName(tr("People"));
    layout->addWidget(m_table, 1);
    m_error = new ErrorLine(QStringLiteral("peopleError"), this);
    layout->addWidget(m_error);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    auto *import = new QPushButton(tr("&Import CSV…"), this);
    row->addWidget(add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addStretch();
    row->addWidget(import);
    layout->addLayout(row);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &PeopleDirectoryDialog::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeopleDirectoryDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &PeopleDirectoryDialog::removeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &PeopleDirectoryDialog::editSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        csvimport::chooseAndImport(this, m_workspace, csvimport::Kind::People, m_user.name());
    });
    connect(close, &QDialogButtonBox::rejected, this, &PeopleDirectoryDialog::reject);
    connect(m_model, &PeopleModel::loadFailed, this, &PeopleDirectoryDialog::showError);
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            [this] { m_table->resizeColumnsToContents(); });
    resize(860, 480);
}

QString PeopleDirectoryDialog::errorText() const
{
    return m_error->shownText();
}

void PeopleDirectoryDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void PeopleDirectoryDialog::addPerson()
{
    PersonDialog dialog(
        Person{},
        [this](const Person &p) -> Result<void> {
            const Result<qint64> id = m_workspace.people().add(p, m_user.name());
            return id ? Result<void>() : Result<void>(id.error());
        },
        this);
    dialog.exec();
}

void PeopleDirectoryDialog::editSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    PersonDialog dialog(
        m_model->personAt(current.row()),
        [this](const Person &p) { return m_workspace.people().update(p.id, p, m_user.name()); },
        this);
    dialog.exec();
}

void PeopleDirectoryDialog::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Person p = m_model->personAt(current.row());
    if (QMessageBox::question(
            this, tr("Remove %1").arg(p.name),
            tr("Remove %1 from the directory? Incidents keep their record of what %1 did.")
                .arg(p.name)) != QMessageBox::Yes)
        return;
    const Result<void> done = m_workspace.people().remove(p.id, m_user.name());
    showError(done ? QString() : done.error().message);
}

} // namespace warroom
