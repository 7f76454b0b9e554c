#include "widgets/roles/assignroledialog.h"

#include "core/base/inputlimits.h"
#include "widgets/common/errorline.h"

#include "storage/roles/peoplestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace warroom {

AssignRoleDialog::AssignRoleDialog(PeopleStore &people, Role role, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_people(people)
    , m_submit(std::move(submit))
{
    setWindowTitle(tr("Assign a role"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("assignRole"));
    for (Role r : role::all())
        m_role->addItem(role::displayName(r), role::id(r));
    m_role->setCurrentIndex(m_role->findData(role::id(role)));
    form->addRow(tr("&Role:"), m_role);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("assignPerson"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->lineEdit()->setMaxLength(inputlimits::MaxPersonNameLength);
    form->addRow(tr("&Person:"), m_person);
    layout->addLayout(form);
    m_override = new QCheckBox(
        tr("Assign &although the directory does not list them for this role (recorded)"), this);
    m_override->setObjectName(QStringLiteral("assignOverride"));
    layout->addWidget(m_override);
    m_error = new ErrorLine(QStringLiteral("assignError"), this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignRoleDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AssignRoleDialog::fillPeople);
    fillPeople();
    m_person->setFocus();
}

void AssignRoleDialog::fillPeople()
{
    const auto r = role::fromId(m_role->currentData().toString());
    const QString typed = m_person->currentText();
    m_person->clear();
    const Result<QList<Person>> all = m_people.people();
    if (!all) {
        m_error->showMessage(all.error().message);
        return;
    }
    // Listed people first: they are the ones the playbook expects.
    for (bool listed : {true, false}) {
        for (const Person &p : all.value()) {
            if (r && p.canHold(*r) == listed)
                m_person->addItem(listed ? p.name : tr("%1 (not listed for this role)").arg(p.name),
                                  p.name);
        }
    }
    m_person->setCurrentIndex(typed.isEmpty() ? 0 : -1);
    if (!typed.isEmpty())
        m_person->setEditText(typed);
}

QString AssignRoleDialog::errorText() const
{
    return m_error->text();
}

void AssignRoleDialog::accept()
{
    const auto r = role::fromId(m_role->currentData().toString());
    // A picked entry carries the plain name; typed text is taken as written.
    const int picked = m_person->findText(m_person->currentText());
    const QString person =
        picked >= 0 ? m_person->itemData(picked).toString() : m_person->currentText();
    const Result<void> done = m_submit(*r, person, m_override->isChecked());
    if (!done) {
        m_error->showMessage(done.error().message);
        if (done.error().field == QLatin1String("override"))
            m_override->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace warroom
