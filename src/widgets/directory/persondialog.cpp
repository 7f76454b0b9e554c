#include "widgets/directory/persondialog.h"

#include "widgets/common/errorline.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace warroom {

PersonDialog::PersonDialog(const Person &person, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_id(person.id)
{
    setWindowTitle(person.id ? tr("Edit %1").arg(person.name) : tr("Add a person"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto edit = [this, form](const QString &label, const QString &value, const char *name) {
        auto *line = new QLineEdit(value, this);
        line->setObjectName(QLatin1String(name));
        form->addRow(label, line);
        return line;
    };
    m_name = edit(tr("&Name:"), person.name, "personName");
    m_name->setMaxLength(person::MaxNameLength);
    m_phone = edit(tr("&Phone:"), person.phone, "personPhone");
    m_slack = edit(tr("&Slack:"), person.slack, "personSlack");
    m_email = edit(tr("&Email:"), person.email, "personEmail");
    m_phone->setPlaceholderText(tr("+1 415 555 0101"));
    m_slack->setPlaceholderText(tr("@handle"));
    layout->addLayout(form);

    auto *rolesBox = new QGroupBox(tr("Roles they can hold"), this);
    auto *grid = new QGridLayout(rolesBox);
    for (Role r : role::all()) {
        auto *box = new QCheckBox(role::displayName(r), rolesBox);
        box->setObjectName(QStringLiteral("role-") + role::id(r));
        box->setChecked(person.canHold(r));
        grid->addWidget(box, int(m_roles.size()) / 2, int(m_roles.size()) % 2);
        m_roles.append(box);
    }
    layout->addWidget(rolesBox);

    m_error = new ErrorLine(QStringLiteral("personError"), this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
}

Person PersonDialog::person() const
{
    Person p;
    p.id = m_id;
    p.name = m_name->text();
    p.phone = m_phone->text();
    p.slack = m_slack->text();
    p.email = m_email->text();
    for (Role r : role::all()) {
        if (m_roles.at(int(r))->isChecked())
            p.roles.append(r);
    }
    return p;
}

QString PersonDialog::errorText() const
{
    return m_error->text();
}

void PersonDialog::accept()
{
    const Person p = person();
    if (const QList<Error> errors = person::validate(p); !errors.isEmpty()) {
        QStringList lines;
        for (const Error &e : errors)
            lines.append(e.message);
        m_error->showMessage(lines.join(u'\n'));
        return;
    }
    const Result<void> done = m_submit(p);
    if (!done) {
        m_error->showMessage(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace warroom
