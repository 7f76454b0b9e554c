#include "widgets/firstrun/usernamedialog.h"

#include "core/base/inputlimits.h"
#include "widgets/common/errorline.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warroom {

UserNameDialog::UserNameDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userNameDialog"));
    setWindowTitle(tr("Who are you?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("War Room records your name on everything you do here: declarations, notes, roles, "
           "calls, drafts and sign-offs, for the incident's timeline and the postmortem."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *local = new QLabel(tr("This database is a file on this computer (local mode): nobody "
                                "checks the name, you declare it yourself. Use the name your "
                                "colleagues know you by, as in the people directory."),
                             this);
    local->setWordWrap(true);
    layout->addWidget(local);
    auto *label = new QLabel(tr("Your &name:"), this);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setPlaceholderText(tr("e.g. Dana Reyes"));
    m_name->setMaxLength(120);
    label->setBuddy(m_name);
    layout->addWidget(label);
    layout->addWidget(m_name);
    m_problem = new ErrorLine(QStringLiteral("userNameProblem"), this);
    layout->addWidget(m_problem);
    auto *later = new QLabel(tr("You can change it later with Window → Set your name…"), this);
    later->setWordWrap(true);
    layout->addWidget(later);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    // OK stays disabled while the name is blank or one the timeline refuses; the reason shows
    // under the field (blank needs no words: the field is empty).
    const auto update = [this] {
        const QString problem =
            this->name().isEmpty() ? QString() : inputlimits::authorProblem(this->name());
        m_problem->showMessage(problem);
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!this->name().isEmpty() && problem.isEmpty());
    };
    update();
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!this->name().isEmpty() && inputlimits::authorProblem(this->name()).isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString UserNameDialog::name() const
{
    return m_name->text().simplified();
}

QString UserNameDialog::nameForLogin(const QList<Person> &people, const QString &login)
{
    const QString wanted = login.trimmed().toCaseFolded();
    if (wanted.isEmpty())
        return {};
    QString found;
    for (const Person &p : people) {
        const QString email = p.email.trimmed().toCaseFolded();
        const QString slack = p.slack.trimmed().toCaseFolded();
        const bool matches = email == wanted || email.section(u'@', 0, 0) == wanted ||
                             slack == wanted || slack == u'@' + wanted;
        if (!matches)
            continue;
        if (!found.isEmpty())
            return {}; // ambiguous: better an empty field than someone else's name
        found = p.name;
    }
    return found;
}

} // namespace warroom
