#pragma once

#include "core/roles/person.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace warroom {

class ErrorLine;

// Adds or edits one person of the directory: name, phone, Slack, email and the roles they can
// hold. A refusal keeps the dialog open with the reason.
class PersonDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const Person &person)>;

    PersonDialog(const Person &person, Submit submit, QWidget *parent = nullptr);

    Person person() const;
    QString errorText() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *slackEdit() const { return m_slack; }
    QCheckBox *roleBox(Role role) const { return m_roles.at(int(role)); }

public slots:
    void accept() override;

private:
    Submit m_submit;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_slack = nullptr;
    QLineEdit *m_email = nullptr;
    QList<QCheckBox *> m_roles; // indexed by Role
    ErrorLine *m_error = nullptr;
};

} // namespace warroom
