#pragma once

#include "core/base/result.h"
#include "core/roles/roles.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace warroom {

class ErrorLine;

class PeopleStore;

// Assigns (or reassigns) a role: people listed for the role come first; anyone else needs the
// override box ticked, which the timeline records. A refusal keeps the dialog open with the reason.
class AssignRoleDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(Role role, const QString &person, bool override)>;

    AssignRoleDialog(PeopleStore &people, Role role, Submit submit, QWidget *parent = nullptr);

    QComboBox *roleBox() const { return m_role; }
    QComboBox *personBox() const { return m_person; }
    QCheckBox *overrideBox() const { return m_override; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    void fillPeople();

    PeopleStore &m_people;
    Submit m_submit;
    QComboBox *m_role = nullptr;
    QComboBox *m_person = nullptr;
    QCheckBox *m_override = nullptr;
    ErrorLine *m_error = nullptr;
};

} // namespace warroom
