#include "widgets/login/passworddialog.h"

#include "widgets/common/errorline.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warroom {

PasswordDialog::PasswordDialog(const QString &user, const QString &server, const QString &problem,
                               bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Shared war room login"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Password for %1 on %2:").arg(user, server), this);
    label->setObjectName(QStringLiteral("passwordPrompt"));
    label->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_password);
    layout->addWidget(label);
    layout->addWidget(m_password);
    auto *refused = new ErrorLine(QStringLiteral("passwordProblem"), this);
    refused->showMessage(problem);
    layout->addWidget(refused);
    m_remember = new QCheckBox(tr("&Remember in the desktop keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setEnabled(keychainAvailable);
    layout->addWidget(m_remember);
    auto *note = new QLabel(
        keychainAvailable
            ? tr("The password is never saved in War Room's settings. Instead of typing it, you "
                 "can also keep it in ~/.pgpass or PGPASSWORD.")
            : tr("No desktop keychain answers here, so the password cannot be remembered: keep it "
                 "in ~/.pgpass or PGPASSWORD instead of typing it at every start."),
        this);
    note->setObjectName(QStringLiteral("passwordNote"));
    note->setWordWrap(true);
    note->setEnabled(false); // the palette's quieter text
    layout->addWidget(note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    layout->addWidget(m_buttons);
    // Nothing to try with an empty password: the server refused none already.
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_password->text().isEmpty());
    };
    update();
    connect(m_password, &QLineEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_password->text().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace warroom
